import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SESSION_TYPES, SessionType } from '../../sessions/session.entity';
import { AvailabilityWindowDto } from '../../speakers/dto/create-speaker.dto';

export const MAX_TIME_LIMIT_MS = 60_000;

export class PlannerWeightsDto {
  /** Per agenda and pair of its starred sessions running at once. @example 1 */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e6)
  attendeeClash?: number;

  /** Per room a track uses beyond its first. @example 10 */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e6)
  trackRoomSpread?: number;

  /** Per interruption of a track's back-to-back run in one room. @example 3 */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e6)
  trackBreak?: number;

  /** Per hour² of spread between the rooms' loads. @example 1 */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e6)
  roomBalance?: number;

  /** Per session placed outside its preferred times. @example 50 */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e6)
  preferenceMiss?: number;
}

export class PreferredTimesDto {
  @IsUUID()
  sessionId: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindowDto)
  windows: AvailabilityWindowDto[];
}

export class CreateProposalDto {
  /** unscheduled (default): place the backlog around the scheduled program; unpinned: re-plan every session that is not pinned. */
  @IsOptional()
  @IsIn(['unscheduled', 'unpinned'])
  scope?: 'unscheduled' | 'unpinned';

  /** Slots the planner may use; default every parallel and plenary slot. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  slotIds?: string[];

  /** Rooms the planner may use; default all. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  roomIds?: string[];

  /** The search stops here with the best valid schedule found. @example 10000 */
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(MAX_TIME_LIMIT_MS)
  timeLimitMs?: number;

  /** Same seed, same program, same options: same proposal (unless the time limit cuts the search short). @example 1 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed?: number;

  /** Search moves; default 200 per session to place. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  iterations?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => PlannerWeightsDto)
  weights?: PlannerWeightsDto;

  /** Preferred days/times of sessions. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PreferredTimesDto)
  preferences?: PreferredTimesDto[];

  /** Session types allowed in plenary slots; default ["keynote"]. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(SESSION_TYPES, { each: true })
  plenaryTypes?: SessionType[];
}
