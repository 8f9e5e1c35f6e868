import { findHardConflicts, HardConflict } from '../../src/scheduling/hard-conflicts';
import { overlapOf } from '../../src/scheduling/intervals';
import type { PlacedSession } from '../../src/scheduling/placed-session';
import { mergeTouching } from '../../src/scheduling/soft-conflicts';

export type { HardConflict };

export interface Interval {
  start: number;
  end: number;
}

/**
 * What the server would refuse for a session dropped at `candidate`: the engine's own hard
 * conflict rule (rooms, speakers, presenting authors) against the sessions the editor holds.
 */
export function hardConflictsAt(candidate: PlacedSession, sessions: PlacedSession[]): HardConflict[] {
  const near = sessions.filter((other) => other.id !== candidate.id && overlapOf(other, candidate));
  return findHardConflicts(candidate, near);
}

/** The parts of a window in which a person with these availability windows is not available (null = always). */
export function unavailableIn(window: Interval, availability: Interval[] | null): Interval[] {
  if (!availability) return [];
  const gaps: Interval[] = [];
  let cursor = window.start;
  for (const free of mergeTouching(availability)) {
    if (free.end <= cursor) continue;
    if (free.start >= window.end) break;
    if (free.start > cursor) gaps.push({ start: cursor, end: free.start });
    cursor = Math.max(cursor, free.end);
  }
  if (cursor < window.end) gaps.push({ start: cursor, end: window.end });
  return gaps;
}

/** Rooms too small for the expected attendance (rooms without a capacity are never too small). */
export function roomsTooSmall(
  rooms: { id: string; capacity?: number | null }[],
  expected: number | null | undefined,
): Set<string> {
  if (expected == null) return new Set();
  return new Set(rooms.filter((room) => room.capacity != null && room.capacity < expected).map((room) => room.id));
}

/** A refusal in words: "Room A already has “Keynote” then", "Ada Lovelace speaks in “Opening” then". */
export function clashWords(
  conflict: Pick<HardConflict, 'kind' | 'title' | 'roomId' | 'speakerId'>,
  names: { room: (id: string) => string; speaker: (id: string) => string },
  templates: { room: string; speaker: string },
): string {
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  return conflict.kind === 'room'
    ? fill(templates.room, { room: names.room(conflict.roomId ?? ''), title: conflict.title })
    : fill(templates.speaker, { speaker: names.speaker(conflict.speakerId ?? ''), title: conflict.title });
}
