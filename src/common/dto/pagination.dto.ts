import { Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PaginationQueryDto {
  /** Page number, from 1. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number = 1;

  /** Page size: default 50, at most 500. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number = 50;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

/**
 * The documented page envelope of a list of `item`: `export class EventPageDto extends PageOf(EventResponseDto) {}`.
 * Decorated by hand because the Swagger plugin cannot see through a generic.
 */
export function PageOf<T>(item: ClassType<T>): ClassType<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ type: 'integer', minimum: 0, description: 'Rows matching the query, over all pages.' })
    total: number;

    @ApiProperty({ type: 'integer', minimum: 1, description: 'This page, from 1.' })
    page: number;

    @ApiProperty({ type: 'integer', minimum: 1, maximum: 500, description: 'Page size asked for (default 50).' })
    limit: number;
  }
  return PageOfItems;
}

/** Pages a list held in memory (published programs are read from a snapshot). */
export function pageOf<T>(items: T[], query: PaginationQueryDto): Page<T> {
  const page = query.page ?? 1;
  const limit = query.limit ?? 50;
  return { items: items.slice((page - 1) * limit, page * limit), total: items.length, page, limit };
}
