import { isUUID } from 'class-validator';
import { changedFields, FieldChanges } from './audit-diff';
import type { AuditEntryEntity } from './audit-entry.entity';
import type { AuditScope } from './audit-scope';

export type AuditRecord = Omit<AuditEntryEntity, 'id' | 'at'>;

/** What one write did to one record, as the API renders the record (its response DTO). */
export interface AuditFact {
  entityId: string | null | undefined;
  /** Null for a deleted event: its entry outlives the event (the foreign key would refuse it). */
  eventId: string | null | undefined;
  /** Undefined for a creation. */
  before?: unknown;
  /** Undefined for a deletion. */
  after?: unknown;
}

/** The audit entry of a write: who and through which route (the scope), what changed (the fact). */
export function auditEntryOf(scope: AuditScope, fact: AuditFact, status = scope.status): AuditRecord {
  return {
    eventId: uuidOrNull(fact.eventId),
    actorType: scope.actorType,
    actorId: scope.actorId,
    actorName: scope.actorName,
    method: scope.method,
    route: scope.route.slice(0, 200),
    entity: entityOf(scope.route),
    entityId: uuidOrNull(fact.entityId),
    status,
    changes: scope.withContent ? changesOf(scope.method, fact.before, fact.after) : null,
    requestId: scope.requestId,
  };
}

/**
 * The fact of a write whose service reported none (creations, imports, sign-ins...): the record
 * and event named by the route or the response, and the response as "after".
 */
export function factFromResponse(scope: AuditScope, body: unknown): AuditFact {
  const { params, route } = scope;
  const result = (typeof body === 'object' && body !== null ? body : {}) as { id?: unknown; event?: { id?: unknown } };
  const resultId = typeof result.id === 'string' ? result.id : undefined;
  const resultEventId = typeof result.event?.id === 'string' ? result.event.id : undefined;
  const eventGone = scope.method === 'DELETE' && route === '/api/events/:eventId';
  return {
    eventId: eventGone ? null : (params.eventId ?? resultEventId ?? (route === '/api/events' ? resultId : undefined)),
    entityId: params.id ?? params.userId ?? (route.endsWith('/:eventId') ? params.eventId : undefined) ?? resultId,
    after: scope.method === 'DELETE' ? undefined : body,
  };
}

/** Lower case: routes accept upper-case UUIDs, and the foreign key would refuse the entry. */
function uuidOrNull(id: string | null | undefined): string | null {
  return id && isUUID(id) ? id.toLowerCase() : null;
}

/** The record kind a route writes: `/api/events/:eventId/sessions/:id` -> sessions. */
function entityOf(route: string): string {
  const segments = route.split('/').filter((segment) => segment && !segment.startsWith(':') && segment !== 'api');
  return (segments[segments.length - 1] ?? 'events').slice(0, 40);
}

function changesOf(method: string, before: unknown, after: unknown): FieldChanges | null {
  if (method === 'DELETE') return before === undefined ? null : changedFields(before, {});
  const changes = changedFields(before ?? {}, after);
  return Object.keys(changes).length ? changes : null;
}
