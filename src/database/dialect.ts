import { DataSource } from 'typeorm';

export type DialectName = 'postgres' | 'sqlite';

/** One SQL statement with its parameters. */
export interface Statement {
  sql: string;
  parameters: unknown[];
}

/**
 * Every difference between the two databases the app runs on, in one place. The rest of the code
 * asks this object instead of checking `options.type`; SQL that both accept stays where it is
 * used (upserts are `INSERT ... ON CONFLICT` on both, for instance).
 */
export abstract class Dialect {
  abstract readonly name: DialectName;

  /**
   * TypeORM's driver has one connection for everything (SQLite): a transaction must keep other
   * requests' queries out of it (see sqlite-connection-guard.ts). PostgreSQL has a pool.
   */
  abstract readonly sharesOneConnection: boolean;

  /**
   * Row locks that a claim can pass over (`FOR UPDATE SKIP LOCKED`). SQLite has neither row locks
   * nor a second writer, so there the conditional UPDATE of a claim decides alone.
   */
  abstract readonly skipsLockedRows: boolean;

  /** The placeholder of the index-th parameter (from 1) of a raw query. */
  abstract param(index: number): string;

  /**
   * Taken first in a write transaction of one event, so that two writes to it run one after the
   * other while writes to other events go on; none where the connection guard serializes every
   * write anyway (SQLite).
   */
  abstract eventLock(eventId: string): Statement | undefined;

  /**
   * How a read transaction on the shared pool sees one snapshot and refuses writes: its isolation
   * level and the statements sent after BEGIN. None where reads run on a read-only connection of
   * their own (SQLite, see sqlite-connection-guard.ts).
   */
  abstract readonly snapshotRead: { isolation: 'REPEATABLE READ'; statements: string[] } | undefined;

  /** `count` placeholders numbered from `first`, comma-separated. */
  params(first: number, count: number): string {
    return Array.from({ length: count }, (_, i) => this.param(first + i)).join(', ');
  }
}

class PostgresDialect extends Dialect {
  readonly name = 'postgres';
  readonly sharesOneConnection = false;
  readonly skipsLockedRows = true;
  // READ ONLY: a write slipped into a read fails here as it does on SQLite's query_only readers
  readonly snapshotRead = { isolation: 'REPEATABLE READ' as const, statements: ['SET TRANSACTION READ ONLY'] };

  param(index: number): string {
    return `$${index}`;
  }

  /**
   * Transaction-scoped, so a commit, a rollback or a dropped connection frees it; it works across
   * app instances. One-bigint keys: migrations lock in the two-int key space (run-migrations.ts).
   */
  eventLock(eventId: string): Statement {
    return { sql: 'SELECT pg_advisory_xact_lock(hashtext($1))', parameters: [eventId] };
  }
}

class SqliteDialect extends Dialect {
  readonly name = 'sqlite';
  readonly sharesOneConnection = true;
  readonly skipsLockedRows = false;
  readonly snapshotRead = undefined;

  param(): string {
    return '?';
  }

  eventLock(): undefined {
    return undefined;
  }
}

const POSTGRES = new PostgresDialect();
const SQLITE = new SqliteDialect();

/** The dialect of a connection; Nest injects the same object as `Dialect`. */
export function dialectOf(dataSource: DataSource): Dialect {
  const type = dataSource.options.type;
  if (type === 'postgres') return POSTGRES;
  if (type === 'sqlite') return SQLITE;
  throw new Error(`unsupported database type ${type}`);
}
