import { sweepConflicts } from '../../src/scheduling/conflict-sweep';
import { TimedSession } from './program-index';

/**
 * Starred sessions an attendee cannot attend together: the server's own sweep (half-open
 * intervals, cancelled sessions never clash) with the attendee as the one shared resource.
 * Returns, for each clashing session, the ids of the others it overlaps.
 */
export function clashesAmong(
  sessions: Pick<TimedSession, 'id' | 'title' | 'status' | 'start' | 'end'>[],
): Map<string, string[]> {
  const attendee = sessions.map((session) => ({
    id: session.id,
    title: session.title,
    status: session.status,
    start: session.start,
    end: session.end,
    roomId: null,
    trackId: null,
    speakerIds: ['attendee'],
  }));
  const clashes = new Map<string, string[]>();
  const add = (id: string, other: string) => clashes.set(id, [...(clashes.get(id) ?? []), other]);
  for (const pair of sweepConflicts(attendee, ['speaker'])) {
    add(pair.first.id, pair.second.id);
    add(pair.second.id, pair.first.id);
  }
  return clashes;
}
