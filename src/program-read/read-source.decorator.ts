import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuthenticatedRequest } from '../auth/access.decorators';

/**
 * Which copy of an event's program a request reads: its organizers (members, or admins) read the
 * working copy, everyone else the latest published version. The access guard decides who may see
 * private data once per request; this only names the outcome.
 */
export type ReadSource = 'working-copy' | 'published';

export const readSourceFor = (canSeePrivate: boolean): ReadSource => (canSeePrivate ? 'working-copy' : 'published');

/** The read source of this request (routes under `@EventAccess`, after the guard ran). */
export const ReadFrom = createParamDecorator((_: unknown, context: ExecutionContext): ReadSource =>
  readSourceFor(context.switchToHttp().getRequest<AuthenticatedRequest>().canSeePrivate ?? false),
);

/** The request and reply of a read, so a published answer can be sent as prepared bytes. */
export interface HttpExchange {
  request: FastifyRequest;
  reply: FastifyReply;
}

export const Exchange = createParamDecorator((_: unknown, context: ExecutionContext): HttpExchange => {
  const http = context.switchToHttp();
  return { request: http.getRequest<FastifyRequest>(), reply: http.getResponse<FastifyReply>() };
});
