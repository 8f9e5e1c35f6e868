import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../common/validation/validators';
import { SPEAKER_ROLES, SpeakerRole } from '../session-speaker.entity';
import { SESSION_STATUSES, SESSION_TYPES, SessionStatus, SessionType } from '../session.entity';

export class SessionSpeakerDto {
  @IsUUID()
  speakerId: string;

  /** Defaults to "speaker". */
  @IsOptional()
  @IsIn(SPEAKER_ROLES)
  role?: SpeakerRole;
}

export class SessionLinkDto {
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  href: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;
}

export class CreateSessionDto {
  /** @example "Opening keynote" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  subtitle?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(50000)
  abstract?: string | null;

  /** Longer text beside the abstract. */
  @IsOptional()
  @IsString()
  @MaxLength(100000)
  description?: string | null;

  @IsIn(SESSION_TYPES)
  type: SessionType;

  /** Defaults to "confirmed". */
  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  @IsOptional()
  @IsUUID()
  trackId?: string | null;

  @IsOptional()
  @IsUUID()
  roomId?: string | null;

  /** Placing a session into a slot sets its start to the slot's start unless startsAt is given. */
  @IsOptional()
  @IsUUID()
  slotId?: string | null;

  /** Omit (with endsAt) for an unscheduled backlog session. @example "2026-03-10T09:00:00+01:00" */
  @IsOptional()
  @IsInstant()
  startsAt?: string | null;

  /** @example "2026-03-10T10:00:00+01:00" */
  @IsOptional()
  @IsInstant()
  endsAt?: string | null;

  /** Length in minutes; used when endsAt is omitted, and kept for backlog sessions. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10080)
  durationMinutes?: number | null;

  /** BCP 47 language tag. @example "en" */
  @IsOptional()
  @Matches(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/, {
    message: 'language must be a language tag such as en or pt-BR',
  })
  language?: string | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  expectedAttendance?: number | null;

  /** Pinned sessions are never moved by the auto-scheduler. */
  @IsOptional()
  @IsBoolean()
  pinned?: boolean;

  /** Page of the session elsewhere (recording, pretalx page). */
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  url?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionLinkDto)
  links?: SessionLinkDto[] | null;

  /** In order of appearance. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SessionSpeakerDto)
  speakers?: SessionSpeakerDto[];
}
