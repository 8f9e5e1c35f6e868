import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '../../common/validation/validators';

export class PresentationAuthorInputDto {
  /** Links the author to a speaker of the event. */
  @IsOptional()
  @IsUUID()
  speakerId?: string;

  /** Defaults to the linked speaker's name. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  /**
   * This author presents the paper and is busy for its time (a clash is refused like a speaker's).
   * When no author of a presentation carries this flag, the first author with a speakerId presents.
   */
  @IsOptional()
  @IsBoolean()
  presenting?: boolean;
}

export class CreatePresentationDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PresentationAuthorInputDto)
  authors?: PresentationAuthorInputDto[];

  /** Inside the session. Omit both times and give durationMinutes to append after the last presentation. */
  @IsOptional()
  @IsInstant()
  startsAt?: string;

  @IsOptional()
  @IsInstant()
  endsAt?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes?: number;

  @IsOptional()
  @IsString()
  @MaxLength(50000)
  abstract?: string | null;
}
