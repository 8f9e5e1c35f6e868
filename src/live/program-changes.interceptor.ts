import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { from, mergeMap, Observable } from 'rxjs';
import { AuthenticatedRequest } from '../auth/access.decorators';
import { ChangeLog } from './change-log.service';
import { describeChange } from './change-kinds';
import { ChangeScope, runInChangeScope } from './change-scope';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Logs every successful program write for the live stream, before the answer leaves. A write to
 * one event runs in its change scope: `writeForEvent` then logs the change in the write's own
 * transaction (see ChangeLog); what it could not log (writes outside it, a created record whose
 * id only the answer carries) is logged here from the answer.
 */
@Injectable()
export class ProgramChangesInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ProgramChanges');

  constructor(private readonly log: ChangeLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!WRITES.has(request.method)) return next.handle();
    const route = request.routeOptions?.url ?? request.url;
    if (!route.startsWith('/api/events')) return next.handle();
    const params = (request.params ?? {}) as Record<string, string>;
    const scope: ChangeScope | null =
      typeof params.eventId === 'string' && isUUID(params.eventId)
        ? {
            eventId: params.eventId.toLowerCase(),
            method: request.method,
            route,
            params,
            actorId: actorOf(request),
            logged: false,
          }
        : null;
    const handled = scope
      ? new Observable<unknown>((subscriber) => runInChangeScope(scope, () => next.handle().subscribe(subscriber)))
      : next.handle();
    return handled.pipe(
      mergeMap((body: unknown) =>
        scope?.logged ? [body] : from(this.record(request, route, params, body).then(() => body)),
      ),
    );
  }

  private async record(
    request: AuthenticatedRequest,
    route: string,
    params: Record<string, string>,
    body: unknown,
  ): Promise<void> {
    const change = describeChange(request.method, route, params, body);
    const answer = (typeof body === 'object' && body !== null ? body : {}) as { event?: { id?: unknown } };
    const eventId = params.eventId ?? (typeof answer.event?.id === 'string' ? answer.event.id : undefined);
    if (!change || !eventId || !isUUID(eventId)) return;
    try {
      await this.log.record(eventId.toLowerCase(), change, actorOf(request));
    } catch (error) {
      // the write itself succeeded; open editors catch up on their next change or reconnect
      this.logger.error(`program change not logged: ${(error as Error).message}`);
    }
  }
}

function actorOf(request: AuthenticatedRequest): string | null {
  const principal = request.principal;
  return principal?.kind === 'token' ? principal.tokenId : principal?.kind === 'user' ? principal.userId : null;
}
