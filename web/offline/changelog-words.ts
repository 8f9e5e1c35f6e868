import type { components } from '../generated/api';

type Changelog = components['schemas']['ChangelogDto'];
import type { OfflineTranslate } from './messages';

type Place = { startsAt?: string; endsAt?: string; room?: string };

/** How many changes a changelog holds, counted as the server counts a version's `changeCount`. */
export function changeCount(log: Changelog): number {
  return Object.values(log).reduce((sum: number, list: unknown[]) => sum + list.length, 0);
}

/**
 * A changelog as sentences an attendee reads ("Moved: Keynote, from Wed 09:00 Hall A to Wed 10:00
 * Room B"). Pure: the clock formatting and the words come in as arguments.
 */
export function changelogInWords(log: Changelog, tr: OfflineTranslate, clock: (instant: string) => string): string[] {
  const where = (place: Place) =>
    [place.startsAt ? clock(place.startsAt) : tr('changes.unscheduled'), place.room].filter(Boolean).join(', ');
  const end = (place: Place) => (place.endsAt ? clock(place.endsAt) : '?');
  return [
    ...log.added.map((item) => tr('changes.added', { title: item.title, where: where(item) })),
    ...log.moved.map((item) =>
      tr('changes.moved', { title: item.title, from: where(item.before), to: where(item.after) }),
    ),
    ...log.retimed.map((item) =>
      tr('changes.retimed', { title: item.title, from: end(item.before), to: end(item.after) }),
    ),
    ...log.renamed.map((item) => tr('changes.renamed', { from: item.before, to: item.after })),
    ...log.speakersChanged.map((item) =>
      tr('changes.speakers', { title: item.title, people: item.after.join(', ') || tr('changes.nobody') }),
    ),
    ...log.cancelled.map((item) => tr('changes.cancelled', { title: item.title })),
    ...log.removed.map((item) => tr('changes.removed', { title: item.title })),
    ...log.otherChanges.map((item) => tr('changes.other', { title: item.title })),
  ];
}
