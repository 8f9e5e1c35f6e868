import { h } from '../dom';
import { TimedSession } from '../lib/program-index';
import { clockTime, timeRange } from '../lib/zoned-time';
import { locale, t } from '../locale';
import { ViewContext } from './context';
import { Later } from './progressive';
import { sessionCard } from './session-card';

/** Cards built before the list first paints when the rest may come later: more than a phone screen holds. */
const FIRST_SCREEN_CARDS = 16;

/**
 * A day as a list grouped by start time, breaks in between: the phone view. With `later`, the
 * groups below the first screen are appended in later tasks (the list only grows downwards).
 */
export function listView(ctx: ViewContext, day: string, sessions: TimedSession[], later?: Later): HTMLElement {
  if (!sessions.length) return h('p', { class: 'empty' }, t('grid.empty'));
  const breaks = (ctx.index.slotsByDay.get(day) ?? []).filter((slot) => slot.kind === 'break');
  const first = sessions[0].start;
  let last = first;
  for (const session of sessions) last = Math.max(last, session.end);
  const groups = new Map<number, TimedSession[]>();
  for (const session of sessions) {
    const group = groups.get(session.start);
    if (group) group.push(session);
    else groups.set(session.start, [session]);
  }
  const entries: { at: number; cards: number; build: () => HTMLElement }[] = [];
  for (const [start, group] of groups)
    entries.push({
      at: start,
      cards: group.length,
      build: () =>
        h(
          'li',
          { class: 'time-group' },
          h('h3', { class: 'time-heading' }, clockTime(start, ctx.zone, locale)),
          h(
            'ul',
            { class: 'cards' },
            group.map((session) => h('li', null, sessionCard(ctx, session, { heading: 'h4' }))),
          ),
        ),
    });
  for (const slot of breaks) {
    if (slot.end <= first || slot.start >= last) continue;
    entries.push({
      at: slot.start,
      cards: 0,
      build: () =>
        h(
          'li',
          { class: 'list-break' },
          t('list.break', {
            label: slot.label ?? t('grid.break'),
            time: timeRange(slot.start, slot.end, ctx.zone, locale),
          }),
        ),
    });
  }
  entries.sort((a, b) => a.at - b.at);
  const list = h('ol', { class: 'session-list', 'data-testid': 'list' });
  const rest = document.createDocumentFragment();
  let built = 0;
  for (const entry of entries) {
    if (later && built >= FIRST_SCREEN_CARDS) later.build(() => rest.append(sized(entry.build(), entry.cards)));
    else list.append(sized(entry.build(), entry.cards));
    built += entry.cards;
  }
  later?.attach(() => list.append(rest));
  return list;
}

/** Cards side by side at this window's width (the list's cards are at least 17rem wide). */
const cardsPerRow = () => Math.max(1, Math.floor(Math.min(window.innerWidth, 1100) / 290));

/**
 * A time group's height before it is first shown: off-screen groups skip their rendering
 * (content-visibility), and this keeps the page about as long as it will be.
 */
function sized(entry: HTMLElement, cards: number): HTMLElement {
  if (cards) entry.style.setProperty('--group-h', `${3 + Math.ceil(cards / cardsPerRow()) * 7.5}rem`);
  return entry;
}
