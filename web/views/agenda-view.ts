import { h } from '../dom';
import { clashesAmong } from '../lib/clashes';
import { TimedSession } from '../lib/program-index';
import { longDayLabel } from '../lib/zoned-time';
import { locale, plural, t } from '../locale';
import { ViewContext } from './context';
import { personalFeed } from './feeds-view';
import { sessionCard } from './session-card';

/** The starred sessions by day, clashes marked, with the personal feed on top. */
export function agendaView(ctx: ViewContext): HTMLElement {
  const starred = ctx.index.sessions.filter((session) => ctx.stars.has(session.id));
  const clashes = clashesAmong(starred);
  const clashing = starred.filter((session) => clashes.has(session.id)).length;
  const byDay = new Map<string, TimedSession[]>();
  for (const session of starred) byDay.set(session.day, [...(byDay.get(session.day) ?? []), session]);
  const titleOf = (id: string) => ctx.index.sessionById.get(id)?.title ?? id;
  return h(
    'div',
    { class: 'agenda-view', 'data-testid': 'my-agenda' },
    h('h2', null, t('view.agenda')),
    h(
      'p',
      { class: 'agenda-summary' },
      starred.length
        ? t(clashing ? 'agenda.clashes' : 'agenda.noClashes', {
            count: plural('agenda.count', starred.length),
            clashing: clashing.toLocaleString(locale),
          })
        : t('agenda.none'),
    ),
    personalFeed(ctx),
    [...byDay].map(([day, sessions]) =>
      h(
        'section',
        { class: 'agenda-day', 'aria-label': longDayLabel(day, locale) },
        h('h3', null, longDayLabel(day, locale)),
        h(
          'ul',
          { class: 'cards' },
          sessions.map((session) =>
            h(
              'li',
              null,
              sessionCard(ctx, session, { heading: 'h4', clashesWith: (clashes.get(session.id) ?? []).map(titleOf) }),
            ),
          ),
        ),
      ),
    ),
  );
}
