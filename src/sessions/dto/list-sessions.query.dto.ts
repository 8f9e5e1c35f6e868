import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/dto/pagination.dto';
import { IsLocalDate } from '../../common/validation/validators';
import { SESSION_STATUSES, SESSION_TYPES, SessionStatus, SessionType } from '../session.entity';

export class ListSessionsQueryDto extends PaginationQueryDto {
  /** Local date in the event's time zone: sessions starting that day. @example "2026-03-10" */
  @IsOptional()
  @IsLocalDate()
  day?: string;

  @IsOptional()
  @IsUUID()
  track?: string;

  @IsOptional()
  @IsUUID()
  room?: string;

  @IsOptional()
  @IsUUID()
  speaker?: string;

  @IsOptional()
  @IsIn(SESSION_TYPES)
  type?: SessionType;

  @IsOptional()
  @IsIn(SESSION_STATUSES)
  status?: SessionStatus;

  /** Text search in title, subtitle and abstract (case-insensitive). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
