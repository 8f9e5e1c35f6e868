import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ReportKind } from '../../scheduling/conflict-report';

export class ConflictsQueryDto {
  /** Report attendee clashes of sessions starred together by at least this many agendas (default 2, or 1% of agendas if more). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minAgendas?: number;
}

export class ConflictSessionDto {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  roomId?: string;
}

export class ConflictDto {
  kind: ReportKind;
  /** room and speaker double bookings are hard; the rest are soft */
  hard: boolean;
  severity: 'error' | 'warning' | 'info';
  message: string;
  sessions: ConflictSessionDto[];
  overlapStart?: string;
  overlapEnd?: string;
  roomId?: string;
  speakerId?: string;
  trackId?: string;
  slotId?: string;
  /** attendees: how many agendas starred both sessions */
  agendas?: number;
}

export class ConflictReportDto {
  eventId: string;
  programVersion: number;
  /** Agendas of the event; attendee clashes are counted over them. */
  agendaCount: number;
  /** The minimum number of shared agendas an attendee clash needs to be listed. */
  agendaThreshold: number;
  counts: { hard: number; soft: number; byKind: Record<string, number> };
  conflicts: ConflictDto[];
}
