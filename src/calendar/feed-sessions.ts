import { PublishedProgram, PublishedSession, RemovedSession } from '../versions/published-program';
import { FeedSession } from './feed-entries';
import { FeedScope } from './feed-scope';

/**
 * The sessions a feed shows, from a published version: every scheduled one in scope, cancelled
 * ones included, and those removed since an earlier version, so subscribed calendars drop them.
 */
export function feedSessions(program: PublishedProgram, scope: FeedScope): FeedSession[] {
  const rooms = new Map(program.rooms.map((room) => [room.id, room.name]));
  const tracks = new Map(program.tracks.map((track) => [track.id, track.name]));
  const inScope = scopeFilter(scope);
  const common = (session: PublishedSession | RemovedSession) => ({
    id: session.id,
    title: session.title,
    type: session.type,
    start: Date.parse(session.startsAt!),
    end: Date.parse(session.endsAt!),
    sequence: session.sequence,
    updatedAt: Date.parse(session.lastPublishedChange),
    roomName: session.roomId ? rooms.get(session.roomId) : undefined,
    trackName: session.trackId ? tracks.get(session.trackId) : undefined,
    speakers: session.speakers.map(({ name, role }) => ({ name, role })),
  });
  const live = program.sessions.filter(inScope).map((session): FeedSession => ({
    ...common(session),
    subtitle: session.subtitle ?? null,
    abstract: session.abstract ?? null,
    ...(session.url && { externalUrl: session.url }),
    status: session.status,
    deleted: false,
    presentations: session.presentations.map((p) => ({
      title: p.title,
      start: p.startsAt.slice(11, 16),
      authors: p.authors.map((a) => a.name),
    })),
  }));
  const removed = program.removed.filter(inScope).map((session): FeedSession => ({
    ...common(session),
    subtitle: null,
    abstract: null,
    status: 'cancelled',
    deleted: true,
    presentations: [],
  }));
  return [...live, ...removed].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

function scopeFilter(scope: FeedScope): (session: PublishedSession | RemovedSession) => boolean {
  switch (scope.kind) {
    case 'event':
      return () => true;
    case 'track':
      return (session) => session.trackId === scope.id;
    case 'room':
      return (session) => session.roomId === scope.id;
    case 'session':
      return (session) => session.id === scope.id;
    case 'speaker':
      return (session) => session.speakers.some((speaker) => speaker.speakerId === scope.id);
    case 'agenda': {
      const starred = new Set(scope.sessionIds);
      return (session) => starred.has(session.id);
    }
  }
}

/** The feed's title part for a scope, or undefined when the scoped record is not in the published program. */
export function scopeTitle(program: PublishedProgram, scope: FeedScope): string | undefined | null {
  switch (scope.kind) {
    case 'event':
      return undefined;
    case 'agenda':
      return 'My agenda';
    case 'track':
      return nameOr(program.tracks.find((t) => t.id === scope.id)?.name, (n) => `Track ${n}`);
    case 'room':
      return nameOr(program.rooms.find((r) => r.id === scope.id)?.name, (n) => `Room ${n}`);
    case 'speaker':
      return nameOr(program.speakers.find((s) => s.id === scope.id)?.name, (n) => n);
    case 'session':
      return nameOr([...program.sessions, ...program.removed].find((s) => s.id === scope.id)?.title, (n) => n);
  }
}

const nameOr = (name: string | undefined, format: (name: string) => string) =>
  name === undefined ? null : format(name);
