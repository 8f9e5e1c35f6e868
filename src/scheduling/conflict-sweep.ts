import { Interval } from '../time/instants';
import { isActive, PlacedSession } from './placed-session';

export interface ConflictPair {
  kind: 'room' | 'speaker' | 'track';
  /** the room, speaker or track id shared */
  resourceId: string;
  first: PlacedSession;
  second: PlacedSession;
  overlap: Interval;
}

/**
 * Every pair of non-cancelled sessions that share a room, a speaker or a track at the same time.
 * Per resource, sessions are sorted by start and swept with the set of those still running:
 * O(n log n + k) for n bookings and k clashes, instead of comparing every pair.
 */
export function sweepConflicts(
  sessions: PlacedSession[],
  kinds: ConflictPair['kind'][] = ['room', 'speaker'],
): ConflictPair[] {
  const byResource = new Map<string, PlacedSession[]>();
  const book = (key: string, session: PlacedSession) => {
    const list = byResource.get(key);
    if (list) list.push(session);
    else byResource.set(key, [session]);
  };
  for (const session of sessions) {
    if (!isActive(session)) continue;
    if (kinds.includes('room') && session.roomId) book(`room:${session.roomId}`, session);
    if (kinds.includes('track') && session.trackId) book(`track:${session.trackId}`, session);
    if (kinds.includes('speaker'))
      for (const speakerId of new Set(session.speakerIds)) book(`speaker:${speakerId}`, session);
  }
  const pairs: ConflictPair[] = [];
  for (const [key, bookings] of byResource) {
    const [kind, resourceId] = splitKey(key);
    bookings.sort((a, b) => a.start - b.start || a.end - b.end);
    let running: PlacedSession[] = [];
    for (const session of bookings) {
      running = running.filter((other) => other.end > session.start);
      for (const other of running) {
        pairs.push({
          kind,
          resourceId,
          first: other,
          second: session,
          overlap: { start: session.start, end: Math.min(other.end, session.end) },
        });
      }
      running.push(session);
    }
  }
  return pairs;
}

function splitKey(key: string): [ConflictPair['kind'], string] {
  const index = key.indexOf(':');
  return [key.slice(0, index) as ConflictPair['kind'], key.slice(index + 1)];
}
