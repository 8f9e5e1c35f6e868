import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Dialect } from '../database/dialect';
import { UnitOfWork } from '../database/unit-of-work';
import { CHANGE_CHANNEL, ChangeBus } from './change-bus';
import { ChangeDescription, describeChange } from './change-kinds';
import { currentChangeScope } from './change-scope';
import { ProgramChangeEntity } from './program-change.entity';
import { Clock } from '../common/clock/clock';

/** How many recent changes each event keeps for `Last-Event-ID` resume; older ones are pruned. */
export const CHANGES_KEPT = 1000;

const PRUNE_EVERY = 20;

export interface ProgramChange {
  id: number;
  kind: string;
  entityId?: string;
  sessionId?: string;
  actorId?: string;
  at: string;
}

@Injectable()
export class ChangeLog implements OnModuleInit {
  constructor(
    @InjectRepository(ProgramChangeEntity) private readonly changes: Repository<ProgramChangeEntity>,
    private readonly bus: ChangeBus,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    private readonly dialect: Dialect,
  ) {}

  onModuleInit(): void {
    this.unitOfWork.onEventWrite((manager, eventId, result) => this.logInTransaction(manager, eventId, result));
  }

  /**
   * Stores a change in its own transaction, now and then trims the event's log to CHANGES_KEPT,
   * and wakes every instance's streams. For writes outside `writeForEvent` (and tests).
   */
  async record(eventId: string, change: ChangeDescription, actorId: string | null): Promise<void> {
    const manager = this.changes.manager;
    await this.insert(manager, eventId, change, actorId, false);
    await this.bus.publish(eventId);
  }

  /**
   * The request's program change, written by the write's own transaction (`writeForEvent`), so
   * a committed write always has its entry and entries of one event are numbered in commit order.
   * A record's change needs the record's id: when the work's result does not carry it (the
   * answer is built after the transaction), the interceptor logs it from the answer instead.
   */
  private async logInTransaction(
    manager: EntityManager,
    eventId: string,
    result: unknown,
  ): Promise<(() => void) | void> {
    const scope = currentChangeScope();
    if (!scope || scope.logged || scope.eventId !== eventId.toLowerCase()) return;
    const change = describeChange(scope.method, scope.route, scope.params, result);
    if (!change || (!change.entityId && change.entity !== 'program' && change.entity !== 'event')) return;
    // PostgreSQL delivers a NOTIFY sent inside a transaction at its commit, and never after a rollback
    const notified = this.bus.distributed;
    await this.insert(manager, scope.eventId, change, scope.actorId, notified);
    scope.logged = true;
    return () => {
      if (!notified) void this.bus.publish(scope.eventId);
    };
  }

  /** One statement (with the NOTIFY on PostgreSQL when `notify`); every PRUNE_EVERY-th id trims the event's log. */
  private async insert(
    manager: EntityManager,
    eventId: string,
    change: ChangeDescription,
    actorId: string | null,
    notify: boolean,
  ): Promise<void> {
    const values = [
      eventId,
      `${change.entity}.${change.action}`,
      change.entityId ?? null,
      change.sessionId ?? null,
      actorId,
      this.clock.now().getTime(),
    ];
    const insert = `INSERT INTO program_changes (event_id, kind, entity_id, session_id, actor_id, created_at) VALUES (${this.dialect.params(1, 6)})`;
    let id: number;
    if (this.dialect.name === 'postgres') {
      const sql = notify
        ? `WITH c AS (${insert} RETURNING id) SELECT c.id, pg_notify($7, $8) FROM c`
        : `${insert} RETURNING id`;
      const rows: { id: string | number }[] = await manager.query(
        sql,
        notify ? [...values, CHANGE_CHANNEL, eventId] : values,
      );
      id = Number(rows[0].id);
    } else {
      id = Number(await manager.query(insert, values)); // the SQLite driver answers an INSERT with its rowid
    }
    // trimming at every PRUNE_EVERY-th id (ids are shared by all events) keeps each log near CHANGES_KEPT
    if (id % PRUNE_EVERY === 0) await this.prune(manager, eventId);
  }

  private async prune(manager: EntityManager, eventId: string): Promise<void> {
    const cutoff = await manager
      .getRepository(ProgramChangeEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.event_id = :eventId', { eventId })
      .orderBy('c.id', 'DESC')
      .offset(CHANGES_KEPT)
      .limit(1)
      .getRawOne<{ id: number }>();
    if (!cutoff) return;
    await manager
      .getRepository(ProgramChangeEntity)
      .createQueryBuilder()
      .delete()
      .where('event_id = :eventId AND id <= :id', { eventId, id: cutoff.id })
      .execute();
  }

  /** Changes after `afterId`, oldest first. */
  async since(eventId: string, afterId: number, limit = 500): Promise<ProgramChange[]> {
    const rows = await this.changes
      .createQueryBuilder('c')
      .where('c.event_id = :eventId AND c.id > :afterId', { eventId, afterId })
      .orderBy('c.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((row) => ({
      id: Number(row.id),
      kind: row.kind,
      ...(row.entityId && { entityId: row.entityId }),
      ...(row.sessionId && { sessionId: row.sessionId }),
      ...(row.actorId && { actorId: row.actorId }),
      at: row.createdAt.toISOString(),
    }));
  }

  /** The newest change id of the event and the oldest it still keeps (0 when none). */
  async bounds(eventId: string): Promise<{ newest: number; oldest: number; count: number }> {
    const row = await this.changes
      .createQueryBuilder('c')
      .select('MAX(c.id)', 'newest')
      .addSelect('MIN(c.id)', 'oldest')
      .addSelect('COUNT(*)', 'count')
      .where('c.event_id = :eventId', { eventId })
      .getRawOne<{ newest: unknown; oldest: unknown; count: unknown }>();
    return { newest: Number(row?.newest ?? 0), oldest: Number(row?.oldest ?? 0), count: Number(row?.count ?? 0) };
  }
}
