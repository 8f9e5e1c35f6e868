import { PublishedProgram, PublishedSession } from './published-program';

export interface SessionRef {
  id: string;
  title: string;
}

export interface Change<T> {
  before: T;
  after: T;
}

export interface Changelog {
  added: (SessionRef & { startsAt?: string; endsAt?: string; room?: string })[];
  removed: (SessionRef & { startsAt?: string; room?: string })[];
  cancelled: SessionRef[];
  moved: (SessionRef & Change<{ startsAt?: string; endsAt?: string; room?: string }>)[];
  retimed: (SessionRef & Change<{ startsAt?: string; endsAt?: string }>)[];
  renamed: (SessionRef & Change<string>)[];
  speakersChanged: (SessionRef & Change<string[]>)[];
  otherChanges: (SessionRef & { fields: string[] })[];
}

const roomName = (program: PublishedProgram | null, id?: string) => program?.rooms.find((room) => room.id === id)?.name;
const people = (session: PublishedSession) =>
  session.speakers.map((s) => (s.role === 'speaker' ? s.name : `${s.name} (${s.role})`));

/**
 * What changed for the public between two versions: added, removed, cancelled, moved (new start or
 * room), retimed (same start, new length), renamed, speakers changed, and any other field.
 */
export function changelog(previous: PublishedProgram | null, next: PublishedProgram): Changelog {
  const log: Changelog = {
    added: [],
    removed: [],
    cancelled: [],
    moved: [],
    retimed: [],
    renamed: [],
    speakersChanged: [],
    otherChanges: [],
  };
  const before = new Map((previous?.sessions ?? []).map((session) => [session.id, session]));
  for (const session of next.sessions) {
    const old = before.get(session.id);
    const ref = { id: session.id, title: session.title };
    if (!old) {
      log.added.push({
        ...ref,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        room: roomName(next, session.roomId),
      });
      continue;
    }
    before.delete(session.id);
    if (session.status === 'cancelled' && old.status !== 'cancelled') log.cancelled.push(ref);
    if (old.startsAt !== session.startsAt || old.roomId !== session.roomId) {
      log.moved.push({
        ...ref,
        before: { startsAt: old.startsAt, endsAt: old.endsAt, room: roomName(previous, old.roomId) },
        after: { startsAt: session.startsAt, endsAt: session.endsAt, room: roomName(next, session.roomId) },
      });
    } else if (old.endsAt !== session.endsAt) {
      log.retimed.push({
        ...ref,
        before: { startsAt: old.startsAt, endsAt: old.endsAt },
        after: { startsAt: session.startsAt, endsAt: session.endsAt },
      });
    }
    if (old.title !== session.title) log.renamed.push({ ...ref, before: old.title, after: session.title });
    if (JSON.stringify(people(old)) !== JSON.stringify(people(session)))
      log.speakersChanged.push({ ...ref, before: people(old), after: people(session) });
    const other = (
      ['subtitle', 'abstract', 'description', 'type', 'trackId', 'language', 'url', 'presentations'] as const
    ).filter((field) => JSON.stringify(old[field]) !== JSON.stringify(session[field]));
    if (other.length) log.otherChanges.push({ ...ref, fields: other });
  }
  for (const old of before.values())
    log.removed.push({ id: old.id, title: old.title, startsAt: old.startsAt, room: roomName(previous, old.roomId) });
  return log;
}

export function changeCount(log: Changelog): number {
  return (Object.values(log) as Changelog[keyof Changelog][]).reduce((sum, list) => sum + list.length, 0);
}
