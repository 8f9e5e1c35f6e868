import { Clock } from '../common/clock/clock';
import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
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
export class ProgramWriter {
  private sqliteQueue: Promise<unknown> = Promise.resolve();
  private open: OpenTransaction | null = null;

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
        while (this.open && insideTransaction.getStore() !== this.open) await this.open.done.catch(() => undefined);
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
