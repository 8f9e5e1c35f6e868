import { h } from '../dom';
import { TimedSession, TimedSlot } from '../lib/program-index';
import { clockTime, timeRange } from '../lib/zoned-time';
import { locale, t } from '../locale';
import { ViewContext } from './context';
import { Later } from './progressive';
import { sessionCard } from './session-card';

/** A card's height in the list, about: to tell how many fill the first screen. */
const CARD_PX = 112;

type Entry = { at: number; sessions: TimedSession[]; slot?: undefined } | { at: number; slot: TimedSlot };

/**
 * A day as a list grouped by start time, breaks in between: the phone view. With `later`, only
 * the cards of the first screen are built at once; the others are built and appended a few per
 * task after it (off screen they cost no style or layout, and the list only grows downwards).
 */
export function listView(ctx: ViewContext, day: string, sessions: TimedSession[], later?: Later): HTMLElement {
  if (!sessions.length) return h('p', { class: 'empty' }, t('grid.empty'));
  const list = h('ol', { class: 'session-list', 'data-testid': 'list' });
  const perRow = cardsPerRow(); // read once: the window's width may cost a layout each time
  // what fills the first screen, and a row more, is built at once
  const firstScreen = (Math.ceil(window.innerHeight / CARD_PX) + 1) * perRow;
  let built = 0;
  const run = (step: () => void) => (later && built >= firstScreen ? later.build(step) : step());
  for (const entry of entries(ctx, day, sessions)) {
    if (entry.slot) {
      const slot = entry.slot;
      run(() => list.append(breakItem(ctx, slot)));
      continue;
    }
    let cards: HTMLElement;
    run(() => {
      cards = h('ul', { class: 'cards' });
      list.append(timeGroup(ctx, entry.at, cards, Math.ceil(entry.sessions.length / perRow)));
    });
    for (const session of entry.sessions) {
      run(() => cards.append(h('li', null, sessionCard(ctx, session, { heading: 'h4' }))));
      built++;
    }
  }
  return list;
}

/** Sessions grouped by start time, and the breaks inside the day's span, in time order. */
function entries(ctx: ViewContext, day: string, sessions: TimedSession[]): Entry[] {
  const first = sessions[0].start;
  let last = first;
  for (const session of sessions) last = Math.max(last, session.end);
  const groups = new Map<number, TimedSession[]>();
  for (const session of sessions) {
    const group = groups.get(session.start);
    if (group) group.push(session);
    else groups.set(session.start, [session]);
  }
  const out: Entry[] = [...groups].map(([at, group]) => ({ at, sessions: group }));
  for (const slot of ctx.index.slotsByDay.get(day) ?? [])
    if (slot.kind === 'break' && slot.end > first && slot.start < last) out.push({ at: slot.start, slot });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * A time group, its cards added into `cards`. Its height before it is first shown is about what
 * its rows will take: off-screen groups skip their rendering (content-visibility), and this keeps
 * the page about as long as it will be.
 */
function timeGroup(ctx: ViewContext, start: number, cards: HTMLElement, rows: number): HTMLElement {
  const group = h(
    'li',
    { class: 'time-group' },
    h('h3', { class: 'time-heading' }, clockTime(start, ctx.zone, locale)),
    cards,
  );
  group.style.setProperty('--group-h', `${3 + rows * 7.5}rem`);
  return group;
}

function breakItem(ctx: ViewContext, slot: TimedSlot): HTMLElement {
  return h(
    'li',
    { class: 'list-break' },
    t('list.break', {
      label: slot.label ?? t('grid.break'),
      time: timeRange(slot.start, slot.end, ctx.zone, locale),
    }),
  );
}

/** Cards side by side at this window's width (the list's cards are at least 17rem wide). */
const cardsPerRow = () => Math.max(1, Math.floor(Math.min(window.innerWidth, 1100) / 290));
