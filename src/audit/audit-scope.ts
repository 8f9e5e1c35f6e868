import { AsyncLocalStorage } from 'node:async_hooks';

/** Who writes, through which route: what every audit entry of one request shares. */
export interface AuditScope {
  actorType: 'user' | 'token';
  actorId: string;
  actorName: string;
  method: string;
  /** The route with placeholders, e.g. /api/events/:eventId/sessions/:id */
  route: string;
  params: Record<string, string>;
  requestId: string;
  /** The status the handler answers with when it succeeds (@HttpCode, or Nest's default). */
  status: number;
  /** False for routes whose bodies carry secrets (passwords, tokens): their entries hold no content. */
  withContent: boolean;
  /** Set once the request's entry is written: one entry per request, as one request is one write. */
  recorded: boolean;
}

const scopes = new AsyncLocalStorage<AuditScope>();

/** Runs the handler of an audited write with its scope; services find it through `currentAuditScope`. */
export function runInAuditScope<T>(scope: AuditScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The audited write this code runs for, if any (none for reads, anonymous callers, start-up work). */
export function currentAuditScope(): AuditScope | undefined {
  return scopes.getStore();
}
