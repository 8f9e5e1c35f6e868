import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { EventEntity } from '../events/event.entity';
import { Dialect } from './dialect';
import { EventWriteQueue } from './event-write-queue';
import { SqliteConnectionGuard } from './sqlite-connection-guard';

/**
 * The one way into the database for work that needs a transaction. Three entry points:
 * - `read`: a consistent read (one snapshot, no writes); it never waits for a write, on SQLite
 *   neither (it runs on a read-only connection beside an open write);
 * - `writeForEvent`: a write to one event's program, serialized per event so that a conflict check
 *   and the write it guards cannot interleave with another write to that event; the event's
 *   program_version is bumped in the same transaction (feeds and caches key on it);
 * - `transaction`: a serialized write transaction not bound to one event (creating or deleting
 *   an event, accounts, the webhook outbox).
 * The work gets the transaction's EntityManager and should query through it. On PostgreSQL each
 * entry point is a pooled transaction (writes to one event wait on its advisory lock, across app
 * instances too); on SQLite, where TypeORM has one shared connection, a private guard keeps
 * transactions and other requests apart (sqlite-connection-guard.ts). Nested calls do not join
 * the caller's transaction: pass the manager down instead.
 */
/**
 * Work another module adds to every event write, inside its transaction (the live stream logs the
 * change there, so a committed write always has its entry). What it returns runs after the commit.
 */
export type EventWriteHook = (manager: EntityManager, eventId: string, result: unknown) => Promise<(() => void) | void>;

@Injectable()
export class UnitOfWork implements OnApplicationShutdown {
  private readonly guard?: SqliteConnectionGuard;
  private readonly hooks: EventWriteHook[] = [];
  private readonly eventWrites = new EventWriteQueue();

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
    private readonly clock: Clock,
  ) {
    if (dialect.sharesOneConnection) this.guard = new SqliteConnectionGuard(dataSource);
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.guard) return this.guard.read(work);
    const { isolation, statements } = this.dialect.snapshotRead!;
    return this.dataSource.transaction(isolation, async (manager) => {
      for (const statement of statements) await manager.query(statement);
      return work(manager);
    });
  }

  writeForEvent<T>(eventId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    // SQLite's guard queues every write already; on PostgreSQL, queue before taking a connection
    if (!this.guard) return this.eventWrites.run(eventId, () => this.writeLocked(eventId, work));
    return this.writeLocked(eventId, work);
  }

  private async writeLocked<T>(eventId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const committed: (() => void)[] = [];
    const result = await this.transaction(async (manager) => {
      const lock = this.dialect.eventLock(eventId);
      if (lock) await manager.query(lock.sql, lock.parameters);
      const result = await work(manager);
      await bumpProgramVersion(manager, eventId, this.clock.now());
      for (const hook of this.hooks) {
        const after = await hook(manager, eventId, result);
        if (after) committed.push(after);
      }
      return result;
    });
    for (const after of committed) after();
    return result;
  }

  /** Adds work to every later `writeForEvent` (modules register theirs at start-up). */
  onEventWrite(hook: EventWriteHook): void {
    this.hooks.push(hook);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.guard ? this.guard.write(work) : this.dataSource.transaction(work);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.guard?.close();
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
