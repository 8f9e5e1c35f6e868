import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class CsvImportQueryDto {
  /** Check every row inside the transaction, report, then roll back. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}
