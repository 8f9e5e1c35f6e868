import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance, FastifyReply } from 'fastify';
import { isUUID } from 'class-validator';
import { from, Observable, switchMap, tap } from 'rxjs';
import { AuthenticatedRequest } from '../auth/access.decorators';
import { changedFields, FieldChanges } from './audit-diff';
import { AuditService } from './audit.service';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Writes whose bodies carry secrets (passwords, tokens): recorded without any content. */
const CONTENT_FREE = /^\/api\/(auth|tokens|users)\b/;
/** Anonymous attendees' agendas: their path is the secret token, and they hold no program data. */
const NOT_AUDITED = /^\/api\/(agendas|events\/:eventId\/agendas)\b/;

/**
 * Records every successful write by an organizer or token: who, when, which route and record,
 * the request id, and before/after of the fields it changed. "Before" is read through the same
 * API (a GET of the record, with the caller's credentials) just before the write runs.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly audit: AuditService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = request.routeOptions?.url ?? request.url;
    const principal = request.principal;
    if (!WRITES.has(request.method) || !principal || principal.kind === 'anonymous' || NOT_AUDITED.test(route))
      return next.handle();
    const withContent = !CONTENT_FREE.test(route);
    const params = request.params as Record<string, string>;
    const itemRoute =
      /\/:(id|userId|eventId)$/.test(route) && (request.method === 'PATCH' || request.method === 'DELETE');
    return from(withContent && itemRoute ? this.readBefore(request) : Promise.resolve(undefined)).pipe(
      switchMap((before) =>
        next.handle().pipe(
          tap({
            next: (body) =>
              void this.write(
                request,
                route,
                params,
                withContent ? changesOf(request.method, before, body) : null,
                body,
                statusOf(context),
              ).catch((error: Error) => this.logger.error(`audit entry not written: ${error.message}`)),
          }),
        ),
      ),
    );
  }

  private async readBefore(request: AuthenticatedRequest): Promise<unknown> {
    const instance = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    const response = await instance.inject({
      method: 'GET',
      url: request.url.split('?')[0],
      headers: {
        ...(request.headers.authorization && { authorization: request.headers.authorization }),
        ...(request.headers.cookie && { cookie: request.headers.cookie }),
      },
    });
    return response.statusCode === 200 ? response.json() : undefined;
  }

  private async write(
    request: AuthenticatedRequest,
    route: string,
    params: Record<string, string>,
    changes: FieldChanges | null,
    body: unknown,
    status: number,
  ) {
    const principal = request.principal!;
    if (principal.kind === 'anonymous') return;
    const result = (typeof body === 'object' && body !== null ? body : {}) as {
      id?: unknown;
      event?: { id?: unknown };
    };
    const resultId = typeof result.id === 'string' ? result.id : undefined;
    const resultEventId = typeof result.event?.id === 'string' ? result.event.id : undefined;
    const eventId = params.eventId ?? resultEventId ?? (route === '/api/events' ? resultId : undefined);
    const entityId =
      params.id ?? params.userId ?? (route.endsWith('/:eventId') ? params.eventId : undefined) ?? resultId;
    // The entry of a deleted event outlives it: it names the event as its record, not as its owner
    // (the foreign key would refuse the entry, and the cascade would delete it with the event).
    const eventGone = request.method === 'DELETE' && route === '/api/events/:eventId';
    await this.audit.record({
      // Lower case: routes accept upper-case UUIDs, and the foreign key would refuse the entry.
      eventId: eventId && isUUID(eventId) && !eventGone ? eventId.toLowerCase() : null,
      actorType: principal.kind,
      actorId: principal.kind === 'token' ? principal.tokenId : principal.userId,
      actorName: principal.kind === 'token' ? `token "${principal.name}"` : principal.email,
      method: request.method,
      route: route.slice(0, 200),
      entity: entityOf(route),
      entityId: entityId && isUUID(entityId) ? entityId.toLowerCase() : null,
      status,
      changes,
      requestId: String(request.id),
    });
  }
}

/** The status the handler answers with: @HttpCode, a status the handler set itself, or Nest's default. */
function statusOf(context: ExecutionContext): number {
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined;
  const set = context.switchToHttp().getResponse<FastifyReply>().statusCode;
  return set !== 200
    ? set
    : (declared ?? (context.switchToHttp().getRequest<AuthenticatedRequest>().method === 'POST' ? 201 : 200));
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
