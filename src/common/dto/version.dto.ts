import { IsInt, IsOptional, Min } from 'class-validator';

/** Optional optimistic-concurrency field every update accepts (alternative to If-Match). */
export class VersionedDto {
  /** The version the client last read; a stale one gets 412. */
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
