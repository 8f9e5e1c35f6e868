import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class ChangesSinceQueryDto {
  /** The version the client has; 0 for "from the beginning". */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  since: number;
}
