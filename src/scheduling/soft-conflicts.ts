import { Interval } from '../time/instants';
import { describePersonClash, personClashes } from './author-bookings';
import { contains, overlapOf } from './intervals';
import { isActive, PlacedSession } from './placed-session';

export type WarningKind = 'availability' | 'capacity' | 'track' | 'break' | 'author';

export interface SoftConflict {
  kind: WarningKind;
  message: string;
  sessionId?: string;
  speakerId?: string;
  slotId?: string;
}

export interface SoftConflictContext {
  others: PlacedSession[];
  speakers: { id: string; name: string; availability: Interval[] | null }[];
  room?: { name: string; capacity: number | null } | null;
  breaks: (Interval & { id: string; label: string | null })[];
}

/** Problems an organizer should see but may accept: the write goes through with these as warnings. */
export function findSoftConflicts(candidate: PlacedSession, context: SoftConflictContext): SoftConflict[] {
  if (!isActive(candidate)) return [];
  return [
    ...availabilityWarnings(candidate, context.speakers),
    ...capacityWarnings(candidate, context.room),
    ...trackWarnings(candidate, context.others),
    ...breakWarnings(candidate, context.breaks),
    ...authorWarnings(candidate, context),
  ];
}

/** A co-author (not presenting) held elsewhere while their paper is presented, or the reverse. */
function authorWarnings(candidate: PlacedSession, context: SoftConflictContext): SoftConflict[] {
  const names = new Map(context.speakers.map((speaker) => [speaker.id, speaker.name]));
  return context.others
    .filter((other) => other.id !== candidate.id && isActive(other))
    .flatMap((other) =>
      personClashes(candidate, other)
        .filter((clash) => !clash.hard)
        .map((clash) => ({
          kind: 'author' as const,
          sessionId: other.id,
          speakerId: clash.speakerId,
          message: describePersonClash(clash, names.get(clash.speakerId) ?? 'a co-author', other.title),
        })),
    );
}

function availabilityWarnings(candidate: PlacedSession, speakers: SoftConflictContext['speakers']): SoftConflict[] {
  return speakers
    .filter((speaker) => candidate.speakerIds.includes(speaker.id))
    .filter(
      (speaker) =>
        speaker.availability && !mergeTouching(speaker.availability).some((window) => contains(window, candidate)),
    )
    .map((speaker) => ({
      kind: 'availability' as const,
      speakerId: speaker.id,
      message: `speaker ${speaker.name} is not available for the whole session`,
    }));
}

function capacityWarnings(candidate: PlacedSession, room: SoftConflictContext['room']): SoftConflict[] {
  const expected = candidate.expectedAttendance;
  if (!room || room.capacity == null || expected == null || expected <= room.capacity) return [];
  return [
    {
      kind: 'capacity',
      message: `expected attendance ${expected} exceeds ${room.name}'s capacity of ${room.capacity}`,
    },
  ];
}

function trackWarnings(candidate: PlacedSession, others: PlacedSession[]): SoftConflict[] {
  if (!candidate.trackId) return [];
  return others
    .filter((other) => other.id !== candidate.id && isActive(other) && other.trackId === candidate.trackId)
    .filter((other) => overlapOf(candidate, other))
    .map((other) => ({
      kind: 'track' as const,
      sessionId: other.id,
      message: `its track also runs "${other.title}" at the same time`,
    }));
}

function breakWarnings(candidate: PlacedSession, breaks: SoftConflictContext['breaks']): SoftConflict[] {
  return breaks
    .filter((slot) => overlapOf(candidate, slot))
    .map((slot) => ({
      kind: 'break' as const,
      slotId: slot.id,
      message: `it runs into the break${slot.label ? ` "${slot.label}"` : ''}`,
    }));
}

/** Windows that touch or overlap form one: 08:00-09:30 and 09:30-12:00 cover 09:00-10:00. */
export function mergeTouching(windows: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}
