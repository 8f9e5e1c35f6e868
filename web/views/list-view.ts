import { h } from '../dom';
import { TimedSession } from '../lib/program-index';
import { clockTime, timeRange } from '../lib/zoned-time';
import { locale, t } from '../locale';
import { ViewContext } from './context';
import { sessionCard } from './session-card';

/** A day as a list grouped by start time, breaks in between: the phone view. */
export function listView(ctx: ViewContext, day: string, sessions: TimedSession[]): HTMLElement {
  if (!sessions.length) return h('p', { class: 'empty' }, t('grid.empty'));
  const breaks = (ctx.index.slotsByDay.get(day) ?? []).filter((slot) => slot.kind === 'break');
  const first = sessions[0].start;
  const last = Math.max(...sessions.map((session) => session.end));
  const groups = new Map<number, TimedSession[]>();
  for (const session of sessions) groups.set(session.start, [...(groups.get(session.start) ?? []), session]);
  const entries: { at: number; element: HTMLElement }[] = [];
  for (const [start, group] of groups) {
    const heading = h('h3', { class: 'time-heading' }, clockTime(start, ctx.zone, locale));
    entries.push({
      at: start,
      element: h(
        'li',
        { class: 'time-group' },
        heading,
        h(
          'ul',
          { class: 'cards' },
          group.map((session) => h('li', null, sessionCard(ctx, session, { heading: 'h4' }))),
        ),
      ),
    });
  }
  for (const slot of breaks) {
    if (slot.end <= first || slot.start >= last) continue;
    entries.push({
      at: slot.start,
      element: h(
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
  return h(
    'ol',
    { class: 'session-list', 'data-testid': 'list' },
    entries.map((entry) => entry.element),
  );
}
