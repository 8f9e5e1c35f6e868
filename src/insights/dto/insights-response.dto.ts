import { ApiProperty } from '@nestjs/swagger';
import { RoomSuggestion } from '../room-fit';
import { FeedKind } from '../feed-reach/feed-route';

export class SuggestionStepDto {
  sessionId: string;
  /** The version to send as If-Match. */
  ifMatch: number;
  roomId: string | null;
}

/** A move to a bigger free room (`kind: move`) or a swap with a smaller session's room (`kind: swap`). */
export class RoomSuggestionDto {
  kind: 'move' | 'swap';
  roomId: string;
  roomName: string;
  capacity: number;
  /** Swaps only. */
  withSessionId?: string;
  withTitle?: string;
  withProjectedAttendance?: number;
  steps: SuggestionStepDto[];
}

export class InsightTotalsDto {
  /** personal agendas of the event */
  agendas: number;
  /** agendas that star at least one session */
  agendasWithStars: number;
  /** stars on live sessions, all agendas together */
  stars: number;
  sessions: number;
}

export class SessionInsightDto {
  id: string;
  title: string;
  status: string;
  trackId?: string;
  roomId?: string;
  slotId?: string;
  startsAt?: string;
  endsAt?: string;
  /** local date in the event's zone */
  day?: string;
  /** agendas starring this session (an agenda stars a session at most once) */
  stars: number;
  /** stars / agendas of the event, 0..1 */
  share: number;
  expectedAttendance?: number;
  /** max(stars, expected attendance) less the no-show rate */
  projectedAttendance: number;
  capacity?: number;
}

export class GroupInsightDto {
  /** track id, room id, slot id or local date */
  @ApiProperty({
    anyOf: [
      { type: 'string', format: 'uuid' },
      { type: 'string', format: 'date' },
    ],
  })
  id: string;
  name: string;
  sessions: number;
  /** sum of the stars of its non-cancelled sessions */
  stars: number;
  peakSessionId?: string;
  peakStars: number;
}

export class RoomInsightDto extends GroupInsightDto {
  capacity?: number;
}

export class SlotInsightDto extends GroupInsightDto {
  startsAt: string;
  endsAt: string;
  kind: string;
}

export class DayWindowDto {
  date: string;
  /** the heat map's time axis for that day */
  startsAt: string;
  endsAt: string;
}

export class OverflowDto {
  sessionId: string;
  title: string;
  roomId: string;
  roomName: string;
  capacity: number;
  stars: number;
  expectedAttendance?: number;
  projectedAttendance: number;
  basis: 'interest' | 'expected';
  overflowBy: number;
  /** read-only proposals; `steps` are PATCHes of /sessions/:id ({roomId}, If-Match) to apply in order */
  @ApiProperty({ type: [RoomSuggestionDto] })
  suggestions: RoomSuggestion[];
}

export class ReachDayDto {
  /** UTC date */
  day: string;
  fetches: number;
  /** fetches answered 304 */
  notModified: number;
  /** distinct (feed, client) pairs of the day, summed over feeds */
  subscriptions: number;
}

export class FeedReachDto {
  kind: FeedKind;
  /** track/room/speaker/session id; absent for the whole-event feed and for personal feeds (all agendas together) */
  id?: string;
  name: string;
  fetches: number;
  notModified: number;
  /** the busiest day's distinct subscribers */
  peakSubscribers: number;
  days: { day: string; fetches: number; notModified: number; subscribers: number }[];
}

export class InsightsResponseDto {
  eventId: string;
  timezone: string;
  generatedAt: string;
  noShowRate: number;
  totals: InsightTotalsDto;
  sessions: SessionInsightDto[];
  tracks: GroupInsightDto[];
  rooms: RoomInsightDto[];
  days: GroupInsightDto[];
  slots: SlotInsightDto[];
  /** axes of the room × time heat map */
  grid: { days: DayWindowDto[] };
  roomFit: { overflows: OverflowDto[] };
  feedReach: { days: ReachDayDto[]; feeds: FeedReachDto[] };
}
