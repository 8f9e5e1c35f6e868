import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { hotLookup } from '../database/hot-lookup';
import { EventEntity } from '../events/event.entity';
import { ScheduleVersionEntity } from '../versions/schedule-version.entity';

export interface EventAccessRow {
  id: string;
  status: string;
  /** Number of the latest published version, null before the first publish. */
  publishedVersion: number | null;
  /** Bumped in every write transaction of the program: names the working copy's state. */
  programVersion: number;
}

const EVENT_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$/;

/** How an `:eventId` path parameter names its event: by id, or (reads only) by slug; null when it names none. */
export function eventKeyOf(given: string, read: boolean): { by: 'id' | 'slug'; value: string } | null {
  if (isUUID(given)) return { by: 'id', value: given.toLowerCase() };
  return read && EVENT_SLUG.test(given) ? { by: 'slug', value: given } : null;
}

/**
 * What the access check needs of an event, with its latest published version number, in one
 * round trip: public reads then find their prepared document without asking the database again.
 * The SQL is built once per column (id or slug) by the query builder, so it suits either driver.
 */
export class EventLookup {
  private readonly statements = new Map<'id' | 'slug', string>();

  constructor(private readonly dataSource: DataSource) {}

  async find(by: 'id' | 'slug', value: string): Promise<EventAccessRow | undefined> {
    const rows = await hotLookup<{
      id: string;
      status: string;
      program: number | string;
      head: number | string | null;
    }>(this.dataSource, `event-access:${by}`, this.statement(by), [value]);
    const row = rows[0];
    return (
      row && {
        id: row.id,
        status: row.status,
        programVersion: Number(row.program),
        publishedVersion: row.head === null ? null : Number(row.head),
      }
    );
  }

  private statement(by: 'id' | 'slug'): string {
    let sql = this.statements.get(by);
    if (!sql) {
      [sql] = this.dataSource
        .createQueryBuilder(EventEntity, 'e')
        .select('e.id', 'id')
        .addSelect('e.status', 'status')
        .addSelect('e.programVersion', 'program')
        .addSelect(
          (head) => head.select('MAX(v.number)').from(ScheduleVersionEntity, 'v').where('v.eventId = e.id'),
          'head',
        )
        .where(`e.${by} = :value`, { value: '' })
        .getQueryAndParameters();
      this.statements.set(by, sql);
    }
    return sql;
  }
}
