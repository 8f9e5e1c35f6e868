import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AuditEntryEntity } from './audit-entry.entity';
import { auditEntryOf, AuditFact, AuditRecord } from './audit-entries';
import { AuditScope, currentAuditScope } from './audit-scope';

/**
 * Where services report what an audited write did. The entry is inserted with the write's own
 * EntityManager, so it commits with the write or rolls back with it; outside an audited request
 * (reads, anonymous callers, start-up seeding, background work) reporting does nothing.
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly clock: Clock) {}

  /** Whether the current write wants before/after: services skip reading "before" otherwise. */
  get wantsContent(): boolean {
    const scope = currentAuditScope();
    return !!scope && scope.withContent && !scope.recorded;
  }

  async record(manager: EntityManager, fact: AuditFact): Promise<void> {
    const scope = currentAuditScope();
    // One entry per request: a write that reuses an audited service method records only its own fact.
    if (!scope || scope.recorded) return;
    await insertEntry(manager, auditEntryOf(scope, fact), this.clock.now());
    scope.recorded = true;
  }

  /** The entry of a write whose service reported no fact, built from its response (see `factFromResponse`). */
  async recordOutside(manager: EntityManager, scope: AuditScope, entry: AuditRecord): Promise<void> {
    await insertEntry(manager, entry, this.clock.now());
    scope.recorded = true;
  }
}

async function insertEntry(manager: EntityManager, entry: AuditRecord, at: Date): Promise<void> {
  await manager.insert(AuditEntryEntity, { id: randomUUID(), at, ...entry });
}
