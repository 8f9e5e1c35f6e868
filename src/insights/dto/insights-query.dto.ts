import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';

export class InsightsQueryDto {
  /** Share of interested people expected not to come, 0 to 0.95 (default from NO_SHOW_PERCENT). @example 0.2 */
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(0.95)
  noShowRate?: number;
}
