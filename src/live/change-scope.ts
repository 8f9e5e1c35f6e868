import { AsyncLocalStorage } from 'node:async_hooks';

/** The program write a request makes, as the live stream describes it once the write commits. */
export interface ChangeScope {
  eventId: string;
  method: string;
  /** The route with placeholders, e.g. /api/events/:eventId/sessions/:id */
  route: string;
  params: Record<string, string>;
  actorId: string | null;
  /** Set once the change is in the log, written by the write's own transaction. */
  logged: boolean;
}

const scopes = new AsyncLocalStorage<ChangeScope>();

/** Runs a program write's handler with its scope; the unit of work finds it through `currentChangeScope`. */
export function runInChangeScope<T>(scope: ChangeScope, work: () => T): T {
  return scopes.run(scope, work);
}

export function currentChangeScope(): ChangeScope | undefined {
  return scopes.getStore();
}
