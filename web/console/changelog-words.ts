import type { Translate } from '../lib/i18n';
import type { en } from './messages/en';
import type { Changelog } from './types';

type Placement = { startsAt?: string; endsAt?: string; room?: string };

/**
 * A changelog as sentences an organizer reads ("moved Keynote from 09:00 Hall A to 10:00 Room B7").
 * Pure: the clock formatting and the message catalog come in as arguments.
 */
export function changelogInWords(
  log: Changelog,
  tr: Translate<typeof en>,
  clock: (instant: string) => string,
): string[] {
  const where = (place: Placement) =>
    [place.startsAt ? clock(place.startsAt) : tr('changes.unscheduled'), place.room].filter(Boolean).join(' ');
  return [
    ...log.added.map((item) => tr('changes.added', { title: item.title, where: where(item) })),
    ...log.moved.map((item) =>
      tr('changes.moved', { title: item.title, from: where(item.before), to: where(item.after) }),
    ),
    ...log.retimed.map((item) =>
      tr('changes.retimed', {
        title: item.title,
        from: item.before.endsAt ? clock(item.before.endsAt) : '?',
        to: item.after.endsAt ? clock(item.after.endsAt) : '?',
      }),
    ),
    ...log.renamed.map((item) => tr('changes.renamed', { from: item.before, to: item.after })),
    ...log.speakersChanged.map((item) =>
      tr('changes.speakers', { title: item.title, people: item.after.join(', ') || tr('changes.nobody') }),
    ),
    ...log.cancelled.map((item) => tr('changes.cancelled', { title: item.title })),
    ...log.removed.map((item) => tr('changes.removed', { title: item.title })),
    ...log.otherChanges.map((item) => tr('changes.other', { title: item.title, fields: item.fields.join(', ') })),
  ];
}
