import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { from, mergeMap, Observable } from 'rxjs';
import { AuthenticatedRequest } from '../auth/access.decorators';
import { ChangeLog } from './change-log.service';
import { describeChange } from './change-kinds';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Logs every successful program write for the live stream, before the answer leaves. */
@Injectable()
export class ProgramChangesInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ProgramChanges');

  constructor(private readonly log: ChangeLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!WRITES.has(request.method)) return next.handle();
    const route = request.routeOptions?.url ?? request.url;
    if (!route.startsWith('/api/events')) return next.handle();
    return next.handle().pipe(mergeMap((body: unknown) => from(this.record(request, route, body).then(() => body))));
  }

  private async record(request: AuthenticatedRequest, route: string, body: unknown): Promise<void> {
    const params = (request.params ?? {}) as Record<string, string>;
    const change = describeChange(request.method, route, params, body);
    const answer = (typeof body === 'object' && body !== null ? body : {}) as { event?: { id?: unknown } };
    const eventId = params.eventId ?? (typeof answer.event?.id === 'string' ? answer.event.id : undefined);
    if (!change || !eventId || !isUUID(eventId)) return;
    const principal = request.principal;
    const actorId =
      principal?.kind === 'token' ? principal.tokenId : principal?.kind === 'user' ? principal.userId : null;
    try {
      await this.log.record(eventId.toLowerCase(), change, actorId ?? null);
    } catch (error) {
      // the write itself succeeded; open editors catch up on their next change or reconnect
      this.logger.error(`program change not logged: ${(error as Error).message}`);
    }
  }
}
