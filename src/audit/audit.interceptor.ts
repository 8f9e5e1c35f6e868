import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { FastifyReply } from 'fastify';
import { concatMap, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuthenticatedRequest } from '../auth/access.decorators';
import { auditEntryOf, factFromResponse } from './audit-entries';
import { AuditScope, runInAuditScope } from './audit-scope';
import { AuditTrail } from './audit-trail.service';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes whose bodies carry secrets (passwords, tokens): recorded without any content. */
const CONTENT_FREE = /^\/api\/(auth|tokens|users)\b/;
/** Anonymous attendees' agendas: their path is the secret token, and they hold no program data. */
const NOT_AUDITED = /^\/api\/(agendas|events\/:eventId\/agendas)\b/;

/**
 * Opens the audit scope of every write by an organizer or token: who, which route, the request
 * id. The services that own the write report what it changed to `AuditTrail`, inside the write's
 * transaction (see audit-trail.service.ts). A write whose service reports nothing (creations,
 * imports, sign-ins) is recorded here from its response, before the response is sent.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly trail: AuditTrail,
    private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = request.routeOptions?.url ?? request.url;
    const principal = request.principal;
    if (!WRITES.has(request.method) || !principal || principal.kind === 'anonymous' || NOT_AUDITED.test(route))
      return next.handle();
    const declared = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined;
    const scope: AuditScope = {
      actorType: principal.kind,
      actorId: principal.kind === 'token' ? principal.tokenId : principal.userId,
      actorName: principal.kind === 'token' ? `token "${principal.name}"` : principal.email,
      method: request.method,
      route,
      params: request.params as Record<string, string>,
      requestId: String(request.id),
      status: declared ?? (request.method === 'POST' ? 201 : 200),
      withContent: !CONTENT_FREE.test(route),
      recorded: false,
    };
    // subscribed inside the scope, so the handler and every promise it starts carry it
    const handled = new Observable<unknown>((subscriber) =>
      runInAuditScope(scope, () => next.handle().subscribe(subscriber)),
    );
    return handled.pipe(
      concatMap(async (body: unknown) => {
        if (!scope.recorded)
          await this.trail.recordOutside(
            this.dataSource.manager,
            scope,
            auditEntryOf(scope, factFromResponse(scope, body), statusOf(context, scope)),
          );
        return body;
      }),
    );
  }
}

/** The status the handler answers with: one it set itself, else the scope's (@HttpCode or Nest's default). */
function statusOf(context: ExecutionContext, scope: AuditScope): number {
  const set = context.switchToHttp().getResponse<FastifyReply>().statusCode;
  return set !== 200 ? set : scope.status;
}
