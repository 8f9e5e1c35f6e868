import { Interval } from '../../time/instants';
import type { AuthorBooking } from '../author-bookings';

export type PlannerSlotKind = 'parallel' | 'plenary' | 'break';

export interface PlannerSlot extends Interval {
  id: string;
  kind: PlannerSlotKind;
  label: string | null;
}

export interface PlannerRoom {
  id: string;
  name: string;
  capacity: number | null;
}

export interface PlannerSpeaker {
  id: string;
  name: string;
  /** null = always available */
  availability: Interval[] | null;
}

/** A live (not deleted) session of the event, scheduled or in the backlog. */
export interface PlannerSession {
  id: string;
  title: string;
  type: string;
  status: string;
  trackId: string | null;
  roomId: string | null;
  start: number | null;
  end: number | null;
  durationMinutes: number | null;
  expectedAttendance: number | null;
  pinned: boolean;
  speakerIds: string[];
  /** linked authors of its presentations (a presenting author is busy: the planner keeps them apart for the whole session) */
  authorBookings?: AuthorBooking[];
}

/** The program as the planner sees it. */
export interface PlannerInput {
  /** [first day's local midnight, the midnight after the last day) */
  event: Interval;
  timezone: string;
  slots: PlannerSlot[];
  rooms: PlannerRoom[];
  speakers: PlannerSpeaker[];
  sessions: PlannerSession[];
  /** Each attendee agenda's starred session ids. */
  agendas: string[][];
}

/**
 * Soft objectives, in units of one attendee clash (one agenda with two of its starred sessions
 * running at once). The planner minimizes the weighted sum:
 * - attendeeClash: per agenda and pair of its starred sessions that overlap;
 * - trackRoomSpread: per room a track uses beyond its first;
 * - trackBreak: per interruption of a track's run (a track back to back in one room has none);
 * - roomBalance: per hour² of the rooms' load spread, Σ (load - mean)²; a tie-breaker;
 * - preferenceMiss: per session placed outside the preferred times it was given.
 */
export interface PlannerWeights {
  attendeeClash: number;
  trackRoomSpread: number;
  trackBreak: number;
  roomBalance: number;
  preferenceMiss: number;
}

export const DEFAULT_WEIGHTS: PlannerWeights = {
  attendeeClash: 1,
  trackRoomSpread: 10,
  trackBreak: 3,
  roomBalance: 1,
  preferenceMiss: 50,
};

export const DEFAULT_PLENARY_TYPES = ['keynote'];

export interface PlannerOptions {
  /** unscheduled: place the backlog around the scheduled program; unpinned: re-plan everything not pinned. */
  scope: 'unscheduled' | 'unpinned';
  /** Slots the planner may use (default: every parallel and plenary slot). */
  slotIds?: string[];
  /** Rooms the planner may use (default: all). */
  roomIds?: string[];
  seed?: number;
  /** Wall-clock cap; the search stops there with the best valid schedule found. */
  timeLimitMs?: number;
  /** Search length; with the same seed and program, the same proposal (unless the time limit cuts it short). */
  iterations?: number;
  weights?: Partial<PlannerWeights>;
  /** Preferred days/times per session: placing it outside all of its windows costs preferenceMiss. */
  preferences?: { sessionId: string; windows: Interval[] }[];
  /** Session types that may go into plenary slots (default: keynote). */
  plenaryTypes?: string[];
}

export interface ProposedPlacement {
  sessionId: string;
  slotId: string;
  roomId: string;
  start: number;
  end: number;
  /** Why it went there, in words an organizer reads. */
  reasons: string[];
}

export interface ScoreBreakdown {
  /** Weighted sum the planner minimized (lower is better). */
  total: number;
  /** Pairs of starred sessions in one agenda that run at once, summed over agendas. */
  attendeeClashes: number;
  trackRoomSpread: number;
  trackBreaks: number;
  /** Standard deviation of the rooms' scheduled minutes. */
  roomLoadSpreadMinutes: number;
  preferenceMisses: number;
  weights: PlannerWeights;
}

export interface PlannerStats {
  seed: number;
  sessionsToPlace: number;
  fixedSessions: number;
  iterations: number;
  iterationBudget: number;
  /** Time until every session had a valid place (construction and repair). */
  firstValidMs: number;
  elapsedMs: number;
  stoppedBy: 'iterations' | 'time-limit';
  constructionScore?: ScoreBreakdown;
}

export interface Unplaceable {
  sessionId: string;
  title: string;
  /** The constraints that keep it out, each a sentence. */
  constraints: string[];
}

export type PlannerResult =
  | { feasible: true; placements: ProposedPlacement[]; score: ScoreBreakdown; stats: PlannerStats }
  | {
      feasible: false;
      /** The smallest set of sessions found that cannot all be placed, with what blocks them. */
      unplaceable: Unplaceable[];
      /** true when the explanation proves infeasibility; false when the search merely gave up. */
      proven: boolean;
      stats: PlannerStats;
    };
