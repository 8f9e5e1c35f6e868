import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../common/validation/validators';

export class AvailabilityWindowDto {
  /** @example "2026-03-10T09:00:00+01:00" */
  @IsInstant()
  startsAt: string;

  /** @example "2026-03-10T13:00:00+01:00" */
  @IsInstant()
  endsAt: string;
}

export class CreateSpeakerDto {
  /** @example "Ada Lovelace" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  affiliation?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(20000)
  bio?: string | null;

  /** Private: never shown in public feeds or exports. */
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  /** When the speaker can be scheduled; omit or null for "any time". */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindowDto)
  availability?: AvailabilityWindowDto[] | null;
}
