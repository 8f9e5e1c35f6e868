import { Interval } from '../time/instants';
import { personClashes } from './author-bookings';
import { overlapOf } from './intervals';
import { isActive, PlacedSession } from './placed-session';

export interface HardConflict {
  kind: 'room' | 'speaker';
  sessionId: string;
  title: string;
  overlap: Interval;
  roomId?: string;
  speakerId?: string;
}

/**
 * Clashes that make a schedule impossible: the candidate shares a room, or a speaker, with
 * another non-cancelled session at the same time. A presenting author counts as a speaker for
 * the time of their presentation. Cancelled sessions never clash.
 */
export function findHardConflicts(candidate: PlacedSession, others: PlacedSession[]): HardConflict[] {
  if (!isActive(candidate)) return [];
  const conflicts: HardConflict[] = [];
  for (const other of others) {
    if (other.id === candidate.id || !isActive(other)) continue;
    const overlap = overlapOf(candidate, other);
    if (!overlap) continue;
    if (candidate.roomId && candidate.roomId === other.roomId) {
      conflicts.push({ kind: 'room', sessionId: other.id, title: other.title, overlap, roomId: other.roomId });
    }
    const seen = new Set<string>();
    for (const clash of personClashes(candidate, other)) {
      if (!clash.hard || seen.has(clash.speakerId)) continue;
      seen.add(clash.speakerId);
      conflicts.push({
        kind: 'speaker',
        sessionId: other.id,
        title: other.title,
        overlap: clash.overlap,
        speakerId: clash.speakerId,
      });
    }
  }
  return conflicts;
}
