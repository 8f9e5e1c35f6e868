import { Clock } from '../common/clock/clock';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Database, OPEN_READWRITE } from 'sqlite3';
import { DataSource, EntityManager } from 'typeorm';
import { EventEntity } from '../events/event.entity';

/**
 * Runs every write to a program in one transaction, serialized per event, so that a conflict
 * check and the write it guards cannot interleave with another write:
 * - PostgreSQL: a transaction-scoped advisory lock on the event (works across app instances);
 * - SQLite: TypeORM shares one connection, so write transactions are queued in process
 *   (SQLite itself allows one writer; BEGIN IMMEDIATE and busy retries cover other processes).
 * The event's program_version is bumped in the same transaction; feeds and caches key on it.
 */
const immediateRunners = new WeakSet<object>();

/** The SQLite write transaction that is open, and the async context of the work inside it. */
interface OpenTransaction {
  done: Promise<unknown>;
}
const insideTransaction = new AsyncLocalStorage<OpenTransaction>();

@Injectable()
export class ProgramWriter implements OnApplicationShutdown {
  private sqliteQueue: Promise<unknown> = Promise.resolve();
  private open: OpenTransaction | null = null;
  private reader?: Promise<Database | null>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  write<T>(eventId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction(async (manager) => {
      if (this.isPostgres) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [eventId]);
      const result = await work(manager);
      await bumpProgramVersion(manager, eventId, this.clock.now());
      return result;
    });
  }

  /** A serialized transaction not bound to one event (creating or deleting an event). */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.isPostgres) return this.dataSource.transaction(work);
    const run = this.sqliteQueue.then(() => this.immediateTransaction(work));
    this.sqliteQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * TypeORM opens SQLite transactions with a deferred BEGIN: the write lock is taken at the first
   * write, after the reads. If another process sharing the file commits in between, SQLite must
   * refuse that write (SQLITE_BUSY on a stale snapshot, which no waiting cures) and TypeORM's busy
   * retry then loops forever. BEGIN IMMEDIATE takes the lock first; while another process holds
   * it, the BEGIN itself is busy and TypeORM retries it (busyErrorRetry).
   *
   * TypeORM's SQLite driver also has one connection for everything, so a query of another
   * request sent while a transaction is open would run inside it: it would read uncommitted
   * rows, and its own writes would be rolled back with a transaction that fails. Queries from
   * outside the open transaction's work therefore wait until it has ended.
   */
  private async immediateTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    // The SQLite driver hands out one shared runner: patch it once, not once per transaction
    // (stacked wrappers overflowed the call stack after ~10,000 transactions).
    if (!immediateRunners.has(runner)) {
      const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
      const send = (sql: string, rest: unknown[]) =>
        query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
      runner.query = (async (sql: string, ...rest: unknown[]) => {
        // checked and sent in the same tick, so no other BEGIN can come between
        while (this.open && insideTransaction.getStore() !== this.open) {
          const rows = await this.readBeside(sql, rest);
          if (rows) return rows;
          await this.open.done.catch(() => undefined);
        }
        return send(sql, rest);
      }) as typeof runner.query;
      immediateRunners.add(runner);
    }
    let finished!: () => void;
    const open: OpenTransaction = { done: new Promise<void>((resolve) => (finished = resolve)) };
    this.open = open;
    try {
      return await insideTransaction.run(open, () => runner.manager.transaction(work));
    } finally {
      this.open = null;
      finished();
      await runner.release();
    }
  }

  /**
   * A plain read from outside the open transaction runs on a second connection instead of
   * waiting for the transaction to end (a 25 MB import holds it for seconds). In WAL mode that
   * connection sees the last commit, as the read would have had it arrived a moment earlier.
   * Undefined when the read must wait: a write, a structured result, an in-memory database.
   */
  private async readBeside(sql: string, rest: unknown[]): Promise<unknown[] | undefined> {
    if (!/^\s*SELECT\b/i.test(sql) || rest[1] === true) return undefined;
    const reader = await (this.reader ??= this.openReader());
    if (!reader) return undefined;
    return new Promise((resolve, reject) =>
      reader.all(sql, (rest[0] as unknown[]) ?? [], (error, rows) => (error ? reject(error) : resolve(rows))),
    );
  }

  private async openReader(): Promise<Database | null> {
    const path = this.dataSource.options.database as string;
    if (!path || path === ':memory:') return null;
    // read-write open (a WAL reader needs the shared-memory file), but it only ever reads
    const reader = await new Promise<Database>((resolve, reject) => {
      const db: Database = new Database(path, OPEN_READWRITE, (error) => (error ? reject(error) : resolve(db)));
    });
    reader.configure('busyTimeout', 5000);
    await new Promise<void>((resolve, reject) =>
      reader.run('PRAGMA query_only = 1', (e) => (e ? reject(e) : resolve())),
    );
    return reader;
  }

  async onApplicationShutdown(): Promise<void> {
    const reader = await this.reader?.catch(() => null);
    this.reader = undefined;
    await new Promise<void>((resolve) => (reader ? reader.close(() => resolve()) : resolve()));
  }

  private get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }
}

export async function bumpProgramVersion(manager: EntityManager, eventId: string, now: Date): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(EventEntity)
    .set({ programVersion: () => 'program_version + 1', updatedAt: now })
    .where('id = :eventId', { eventId })
    .execute();
}
