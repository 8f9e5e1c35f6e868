import { Interval, parseInstant } from '../time/instants';

export interface Placement {
  start: number | null;
  end: number | null;
  durationMinutes: number | null;
}

/** Fields of a write that decide when a session happens; undefined = not sent, null = clear. */
export interface PlacementInput {
  startsAt?: string | null;
  endsAt?: string | null;
  durationMinutes?: number | null;
  /** The slot the write places the session in, when it sends a slotId. */
  slot?: Interval | null;
}

const MINUTE = 60_000;

/**
 * Works out a session's times from what a write sends and what the session had:
 * - startsAt + endsAt are taken as given;
 * - startsAt alone keeps the length (durationMinutes, or the previous length);
 * - a new slot without startsAt starts the session at the slot's start, for its duration or the whole slot;
 * - startsAt: null unschedules (back to the backlog), keeping the duration.
 * Returns the placement or the problems with the input.
 */
export function resolvePlacement(current: Placement, input: PlacementInput): Placement | string[] {
  const length =
    input.durationMinutes !== undefined
      ? input.durationMinutes
      : current.start !== null && current.end !== null
        ? Math.round((current.end - current.start) / MINUTE)
        : current.durationMinutes;

  if (input.startsAt === null) {
    if (input.endsAt) return ['endsAt cannot be set when startsAt is null'];
    return { start: null, end: null, durationMinutes: length };
  }

  let start = input.startsAt !== undefined ? parseInstant(input.startsAt).getTime() : current.start;
  let end = input.endsAt ? parseInstant(input.endsAt).getTime() : input.endsAt === null ? null : current.end;

  if (input.slot && input.startsAt === undefined) {
    start = input.slot.start;
    end = input.endsAt ? end : start + (length ?? (input.slot.end - input.slot.start) / MINUTE) * MINUTE;
  } else if (
    start !== null &&
    !input.endsAt &&
    (input.startsAt !== undefined || input.durationMinutes !== undefined || end === null)
  ) {
    if (length == null) return ['endsAt or durationMinutes is required to schedule a session'];
    end = start + length * MINUTE;
  }

  if (start === null && end === null) return { start, end, durationMinutes: length };
  if (start === null || end === null) return ['startsAt and endsAt must be given together'];
  if (end <= start) return ['endsAt must be after startsAt'];
  if (input.slot && !(input.slot.start <= start && start < input.slot.end)) {
    return ['startsAt must lie within the chosen slot'];
  }
  return { start, end, durationMinutes: Math.round((end - start) / MINUTE) };
}
