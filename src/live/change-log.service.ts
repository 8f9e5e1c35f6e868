import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ChangeBus } from './change-bus';
import { ChangeDescription } from './change-kinds';
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
export class ChangeLog {
  constructor(
    @InjectRepository(ProgramChangeEntity) private readonly changes: Repository<ProgramChangeEntity>,
    private readonly bus: ChangeBus,
    private readonly clock: Clock,
  ) {}

  /** Stores a change, now and then trims the event's log to CHANGES_KEPT, and wakes every instance's streams. */
  async record(eventId: string, change: ChangeDescription, actorId: string | null): Promise<void> {
    const inserted = await this.changes.insert({
      eventId,
      kind: `${change.entity}.${change.action}`,
      entityId: change.entityId ?? null,
      sessionId: change.sessionId ?? null,
      actorId,
      createdAt: this.clock.now(),
    });
    // trimming at every PRUNE_EVERY-th id (ids are shared by all events) keeps each log near CHANGES_KEPT
    if (Number(inserted.identifiers[0]?.id) % PRUNE_EVERY === 0) await this.prune(eventId);
    await this.bus.publish(eventId);
  }

  private async prune(eventId: string): Promise<void> {
    const cutoff = await this.changes
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.event_id = :eventId', { eventId })
      .orderBy('c.id', 'DESC')
      .offset(CHANGES_KEPT)
      .limit(1)
      .getRawOne<{ id: number }>();
    if (!cutoff) return;
    await this.changes
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
