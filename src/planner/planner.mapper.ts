import { ReportedConflict } from '../scheduling/conflict-report';
import { PlacedSession } from '../scheduling/placed-session';
import { PlannerInput, PlannerSession, ProposedPlacement, ScoreBreakdown } from '../scheduling/planner/planner-types';
import { formatInstant } from '../time/instants';
import { ConflictDto } from './dto/conflict-report.dto';
import { ProposedPlacementDto, ScoreDto } from './dto/proposal-response.dto';

export function toPlacedSession(session: PlannerSession): PlacedSession | null {
  if (session.start === null || session.end === null) return null;
  return {
    id: session.id,
    title: session.title,
    status: session.status,
    start: session.start,
    end: session.end,
    roomId: session.roomId,
    trackId: session.trackId,
    speakerIds: session.speakerIds,
    expectedAttendance: session.expectedAttendance,
    authorBookings: session.authorBookings,
  };
}

/**
 * formatInstant for one report: programs use few distinct instants (slot boundaries), and Luxon
 * formatting is the dominant cost of a report with tens of thousands of conflicts.
 */
export function cachedFormatter(timezone: string): (instant: number) => string {
  const cache = new Map<number, string>();
  return (instant) => cache.get(instant) ?? cache.set(instant, formatInstant(instant, timezone)).get(instant)!;
}

export function mapConflict(
  conflict: ReportedConflict,
  sessions: Map<string, PlacedSession>,
  format: (instant: number) => string,
): ConflictDto {
  const { overlap, sessionIds, ...rest } = conflict;
  return {
    ...rest,
    sessions: sessionIds
      .map((id) => sessions.get(id)!)
      .map((s) => ({
        id: s.id,
        title: s.title,
        startsAt: format(s.start),
        endsAt: format(s.end),
        ...(s.roomId && { roomId: s.roomId }),
      })),
    ...(overlap && { overlapStart: format(overlap.start), overlapEnd: format(overlap.end) }),
  };
}

export function mapPlacement(
  placement: ProposedPlacement,
  input: PlannerInput,
  sessions: Map<string, PlannerSession>,
): ProposedPlacementDto {
  const session = sessions.get(placement.sessionId)!;
  const zone = input.timezone;
  const moves =
    session.start !== placement.start || session.end !== placement.end || session.roomId !== placement.roomId;
  return {
    sessionId: session.id,
    title: session.title,
    slotId: placement.slotId,
    roomId: placement.roomId,
    roomName: input.rooms.find((room) => room.id === placement.roomId)?.name ?? '',
    startsAt: formatInstant(placement.start, zone),
    endsAt: formatInstant(placement.end, zone),
    ...(session.start !== null &&
      session.end !== null && {
        current: {
          ...(session.roomId && { roomId: session.roomId }),
          startsAt: formatInstant(session.start, zone),
          endsAt: formatInstant(session.end, zone),
        },
      }),
    moves,
    reasons: placement.reasons,
  };
}

export const mapScore = (score: ScoreBreakdown): ScoreDto => ({ ...score, weights: { ...score.weights } });
