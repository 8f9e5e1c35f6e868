import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Optional optimistic-concurrency field every update accepts (alternative to If-Match). */
export class VersionedDto {
  /** The version the client last read; a stale one gets 412. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647) // the column is a 32-bit integer: a larger number failed the query on PostgreSQL (a 500)
  version?: number;
}
