import { contains, overlapOf } from '../intervals';
import { sweepConflicts } from '../conflict-sweep';
import { PlacedSession } from '../placed-session';
import { mergeTouching } from '../soft-conflicts';
import { DEFAULT_PLENARY_TYPES, PlannerInput, PlannerOptions, PlannerSession } from './planner-types';
import { shiftBookings } from '../author-bookings';

export interface HardViolation {
  kind:
    | 'unplaced'
    | 'not-movable'
    | 'slot'
    | 'room-choice'
    | 'plenary'
    | 'break'
    | 'event'
    | 'capacity'
    | 'availability'
    | 'room'
    | 'speaker';
  sessionIds: string[];
  message: string;
}

/**
 * Checks a proposal against every hard constraint, independently of the planner's own bookkeeping
 * (room and speaker clashes go through the same sweep as the conflict report). Used by the tests,
 * the benchmark, and once more before a proposal is applied.
 */
export function verifyProposal(
  input: PlannerInput,
  options: PlannerOptions,
  placements: { sessionId: string; slotId: string; roomId: string; start: number; end: number }[],
): HardViolation[] {
  const violations: HardViolation[] = [];
  const add = (kind: HardViolation['kind'], sessionIds: string[], message: string) =>
    violations.push({ kind, sessionIds, message });
  const live = input.sessions.filter((s) => s.status !== 'cancelled');
  const movable = new Set(
    live.filter((s) => (options.scope === 'unscheduled' ? s.start === null : !s.pinned)).map((s) => s.id),
  );
  const sessions = new Map(live.map((s) => [s.id, s]));
  const slots = new Map(input.slots.map((slot) => [slot.id, slot]));
  const rooms = new Map(input.rooms.map((room) => [room.id, room]));
  const windows = new Map(input.speakers.map((s) => [s.id, s.availability && mergeTouching(s.availability)]));
  const plenaryTypes = new Set(options.plenaryTypes ?? DEFAULT_PLENARY_TYPES);
  const chosenSlot = (id: string) => !options.slotIds || options.slotIds.includes(id);
  const placedIds = new Set(placements.map((p) => p.sessionId));
  for (const id of movable) if (!placedIds.has(id)) add('unplaced', [id], `session ${id} has no place`);

  const placed: PlacedSession[] = [];
  for (const placement of placements) {
    const session = sessions.get(placement.sessionId);
    const slot = slots.get(placement.slotId);
    const room = rooms.get(placement.roomId);
    const id = placement.sessionId;
    if (!session || !movable.has(id)) {
      add('not-movable', [id], `session ${id} may not be moved`);
      continue;
    }
    if (
      !slot ||
      slot.kind === 'break' ||
      !chosenSlot(slot.id) ||
      slot.start !== placement.start ||
      !fitsRun(input, slot, placement.end, chosenSlot)
    ) {
      add('slot', [id], `${session.title} does not start a slot it may use, or does not fit the slot(s) from there`);
    } else if (slot.kind === 'plenary' && !plenaryTypes.has(session.type))
      add('plenary', [id], `${session.title} is not a plenary session`);
    if (placement.end - placement.start !== expectedLength(session, slot))
      add('slot', [id], `${session.title} changed length`);
    if (!room || (options.roomIds && !options.roomIds.includes(room.id)))
      add('room-choice', [id], `${session.title} is in a room it may not use`);
    else if (
      room.capacity != null &&
      session.expectedAttendance != null &&
      session.expectedAttendance > room.capacity
    ) {
      add(
        'capacity',
        [id],
        `${session.title} expects ${session.expectedAttendance} in ${room.name} (capacity ${room.capacity})`,
      );
    }
    if (input.slots.some((b) => b.kind === 'break' && overlapOf(b, placement)))
      add('break', [id], `${session.title} runs into a break`);
    if (!contains(input.event, placement)) add('event', [id], `${session.title} lies outside the event's days`);
    for (const speakerId of session.speakerIds) {
      const free = windows.get(speakerId);
      if (free && !free.some((w) => contains(w, placement)))
        add('availability', [id], `a speaker of ${session.title} is not available then`);
    }
    const moved = toPlaced(session);
    placed.push({
      ...moved,
      start: placement.start,
      end: placement.end,
      roomId: placement.roomId,
      authorBookings: moved.authorBookings && shiftBookings(moved.authorBookings, placement.start - moved.start),
    });
  }
  const staying = live.filter((s) => !movable.has(s.id) && s.start !== null && s.end !== null).map(toPlaced);
  for (const pair of sweepConflicts([...staying, ...placed], ['room', 'speaker'])) {
    if (!placedIds.has(pair.first.id) && !placedIds.has(pair.second.id)) continue;
    add(
      pair.kind as 'room' | 'speaker',
      [pair.first.id, pair.second.id],
      `${pair.first.title} and ${pair.second.title} share a ${pair.kind} at the same time`,
    );
  }
  const inPlenary = [...staying, ...placed].filter((s) =>
    input.slots.some((slot) => slot.kind === 'plenary' && overlapOf(slot, s)),
  );
  for (const pair of sweepConflicts(
    inPlenary.map((s) => ({ ...s, roomId: 'plenary' })),
    ['room'],
  )) {
    if (placedIds.has(pair.first.id) || placedIds.has(pair.second.id))
      add('plenary', [pair.first.id, pair.second.id], 'two sessions share a plenary slot');
  }
  return violations;
}

function toPlaced(session: PlannerSession): PlacedSession {
  return {
    id: session.id,
    title: session.title,
    status: session.status,
    start: session.start ?? 0,
    end: session.end ?? 0,
    roomId: session.roomId,
    trackId: session.trackId,
    speakerIds: session.speakerIds,
    expectedAttendance: session.expectedAttendance,
    authorBookings: session.authorBookings,
  };
}

function expectedLength(session: PlannerSession, slot: { start: number; end: number } | undefined): number {
  if (session.durationMinutes) return session.durationMinutes * 60_000;
  if (session.start !== null && session.end !== null) return session.end - session.start;
  return slot ? slot.end - slot.start : NaN;
}

/** The slot, and adjacent slots of its kind the proposal may use, reach at least `end`. */
function fitsRun(
  input: PlannerInput,
  first: { start: number; end: number; kind: string },
  end: number,
  chosen: (id: string) => boolean,
): boolean {
  let reach = first.end;
  while (reach < end) {
    const next = input.slots.find((slot) => slot.start === reach && slot.kind === first.kind && chosen(slot.id));
    if (!next) return false;
    reach = next.end;
  }
  return true;
}
