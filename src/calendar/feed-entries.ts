import { toPlainText } from '../rich-text/rich-text';
import { FeedEntry } from './ical.serializer';

export interface FeedSession {
  id: string;
  title: string;
  subtitle: string | null;
  abstract: string | null;
  type: string;
  status: string;
  start: number;
  end: number;
  sequence: number;
  updatedAt: number;
  deleted: boolean;
  roomName?: string;
  trackName?: string;
  /** The session's own page elsewhere (e.g. the conference site it was imported from). */
  externalUrl?: string;
  speakers: { name: string; role: string }[];
  presentations: { title: string; start: string; authors: string[] }[];
}

export interface FeedContext {
  uidDomain: string;
  venue?: string | null;
  sessionUrl: (sessionId: string) => string;
}

/** One VEVENT per session. The UID derives from the session id only, never from its time, room or title. */
export function toFeedEntry(session: FeedSession, context: FeedContext): FeedEntry {
  const cancelled = session.deleted || session.status === 'cancelled';
  const url = context.sessionUrl(session.id);
  return {
    uid: `${session.id}@${context.uidDomain}`,
    sequence: session.sequence,
    start: session.start,
    end: session.end,
    lastModified: session.updatedAt,
    summary: `${cancelled ? 'Cancelled: ' : ''}${session.title}`,
    description: describe(session, url),
    location: [session.roomName, context.venue].filter(Boolean).join(', ') || undefined,
    categories: [session.trackName, session.type].filter((c): c is string => Boolean(c)),
    url,
    status: cancelled ? 'CANCELLED' : session.status === 'tentative' ? 'TENTATIVE' : 'CONFIRMED',
  };
}

function describe(session: FeedSession, url: string): string {
  const people = session.speakers.map((s) => (s.role === 'speaker' ? s.name : `${s.name} (${s.role})`));
  const parts = [
    session.subtitle,
    people.length ? `With: ${people.join(', ')}` : null,
    session.trackName ? `Track: ${session.trackName}` : null,
    // stored as Markdown; calendar apps show DESCRIPTION as plain text
    session.abstract ? toPlainText(session.abstract) : null,
    session.presentations.length
      ? [
          'Presentations:',
          ...session.presentations.map(
            (p) => `${p.start} ${p.title}${p.authors.length ? ` (${p.authors.join(', ')})` : ''}`,
          ),
        ].join('\n')
      : null,
    session.externalUrl && session.externalUrl !== url ? `More: ${session.externalUrl}` : null,
    url,
  ];
  return parts.filter(Boolean).join('\n\n');
}
