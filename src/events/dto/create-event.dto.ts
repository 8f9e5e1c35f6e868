import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsLocalDate, IsTimeZone } from '../../common/validation/validators';
import { EventStatus } from '../event.entity';

export class CreateEventDto {
  /** @example "DevConf 2026" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  /** URL name; derived from the name when omitted. @example "devconf-2026" */
  @IsOptional()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/, { message: 'slug must be lower-case letters, digits and dashes' })
  slug?: string;

  /** IANA time zone of the venue. @example "Europe/Berlin" */
  @IsTimeZone()
  timezone: string;

  /** First day, local date. @example "2026-03-10" */
  @IsLocalDate()
  startDate: string;

  /** Last day, local date (inclusive). @example "2026-03-11" */
  @IsLocalDate()
  endDate: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  venue?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  /** Only "draft" (to unpublish): publishing goes through POST /api/events/:eventId/publish, which freezes a version. */
  @IsOptional()
  @IsIn(['draft'])
  status?: EventStatus;
}
