import { ApiProperty } from '@nestjs/swagger';
import { PlannerWeightsDto } from './create-proposal.dto';

export class ProposedPlacementDto {
  sessionId: string;
  title: string;
  slotId: string;
  roomId: string;
  roomName: string;
  startsAt: string;
  endsAt: string;
  /** Where the session is now, when it is scheduled. */
  current?: { roomId?: string; startsAt: string; endsAt: string };
  /** false when the proposal leaves the session where it is */
  moves: boolean;
  /** Why it goes there: room fit, track, speakers' availability, attendee clashes, preferences. */
  reasons: string[];
}

export class ScoreDto {
  /** The weighted sum the planner minimized; lower is better. */
  @ApiProperty({ type: 'number', format: 'double' })
  total: number;
  /** Pairs of starred sessions of one agenda that run at once, summed over agendas. */
  attendeeClashes: number;
  trackRoomSpread: number;
  trackBreaks: number;
  roomLoadSpreadMinutes: number;
  preferenceMisses: number;
  /** The weights used (the defaults filled in). */
  weights: PlannerWeightsDto;
}

export class ProposalStatsDto {
  seed: number;
  sessionsToPlace: number;
  fixedSessions: number;
  iterations: number;
  iterationBudget: number;
  firstValidMs: number;
  elapsedMs: number;
  stoppedBy: 'iterations' | 'time-limit';
  /** The score of the greedy construction, before the search improved it. */
  constructionScore?: ScoreDto;
}

export class ProposalResponseDto {
  id: string;
  eventId: string;
  /** The program version it was computed from; apply refuses it once the program changed. */
  programVersion: number;
  /** open: can be applied; applied; stale: the program changed since. */
  status: 'open' | 'applied' | 'stale';
  createdAt: string;
  options: Record<string, unknown>;
  placements: ProposedPlacementDto[];
  score: ScoreDto;
  stats: ProposalStatsDto;
}

export class AppliedSessionDto {
  id: string;
  title: string;
  roomId: string;
  slotId: string;
  startsAt: string;
  endsAt: string;
}

export class ApplyResultDto {
  proposalId: string;
  /** Sessions whose time or room changed. */
  moved: AppliedSessionDto[];
  programVersion: number;
}
