import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateRoomDto {
  /** @example "Hall A" */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  /** Seats. @example 300 */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  capacity?: number | null;

  /** Column order in grids; lower first. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  position?: number;
}
