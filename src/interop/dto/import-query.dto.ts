import { IsOptional, IsUUID } from 'class-validator';
import { IsTimeZone } from '../../common/validation/validators';

export class ImportQueryDto {
  /** Update this event instead of matching on the conference acronym. */
  @IsOptional()
  @IsUUID()
  eventId?: string;

  /** IANA zone for files that name none (frab files often do not). */
  @IsOptional()
  @IsTimeZone()
  timezone?: string;
}
