import { XMLBuilder } from 'fast-xml-parser';
import { Changelog } from './changelog';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  processEntities: true,
});

export interface AtomVersion {
  number: number;
  name?: string;
  publishedAt: string;
  changes: Changelog;
}

/** One line per change, the way a reader skims it. */
export function describeChanges(changes: Changelog): string[] {
  const where = (at: { startsAt?: string; room?: string }) => [at.startsAt, at.room].filter(Boolean).join(', ');
  return [
    ...changes.added.map((s) => `Added: ${s.title} (${where(s)})`),
    ...changes.removed.map((s) => `Removed: ${s.title}`),
    ...changes.cancelled.map((s) => `Cancelled: ${s.title}`),
    ...changes.moved.map((s) => `Moved: ${s.title}: ${where(s.before)} → ${where(s.after)}`),
    ...changes.retimed.map(
      (s) => `Retimed: ${s.title}: ${s.before.startsAt}–${s.before.endsAt} → ${s.after.startsAt}–${s.after.endsAt}`,
    ),
    ...changes.renamed.map((s) => `Renamed: "${s.before}" → "${s.after}"`),
    ...changes.speakersChanged.map(
      (s) => `Speakers of ${s.title}: ${s.before.join(', ') || '—'} → ${s.after.join(', ') || '—'}`,
    ),
    ...changes.otherChanges.map((s) => `Updated: ${s.title} (${s.fields.join(', ')})`),
  ];
}

/** Atom 1.0 (RFC 4287): one entry per published version, newest first. */
export function writeChangesAtom(feed: {
  id: string;
  title: string;
  selfUrl: string;
  eventUrl: string;
  versions: AtomVersion[];
}): string {
  const updated = feed.versions[0]?.publishedAt ?? new Date(0).toISOString();
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      id: feed.id,
      title: feed.title,
      updated,
      link: [
        { '@rel': 'self', '@href': feed.selfUrl },
        { '@rel': 'alternate', '@href': feed.eventUrl },
      ],
      author: { name: 'agenda-planner' },
      entry: feed.versions.map((version) => ({
        id: `${feed.id}:v${version.number}`,
        title: `Version ${version.number}${version.name ? ` "${version.name}"` : ''}`,
        updated: version.publishedAt,
        content: {
          '@type': 'text',
          '#text': describeChanges(version.changes).join('\n') || 'No changes to the public program.',
        },
      })),
    },
  });
}
