import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PublishDto {
  /** Optional label, e.g. "Final". */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;
}
