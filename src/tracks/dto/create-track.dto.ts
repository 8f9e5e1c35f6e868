import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsColor } from '../../common/validation/validators';

export class CreateTrackDto {
  /** @example "Security" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  /** @example "#3366ff" */
  @IsOptional()
  @IsColor()
  color?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}
