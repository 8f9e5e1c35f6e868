import { Interval } from '../time/instants';
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
 * another non-cancelled session at the same time. Cancelled sessions never clash.
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
    for (const speakerId of candidate.speakerIds) {
      if (other.speakerIds.includes(speakerId)) {
        conflicts.push({ kind: 'speaker', sessionId: other.id, title: other.title, overlap, speakerId });
      }
    }
  }
  return conflicts;
}
