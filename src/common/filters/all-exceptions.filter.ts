import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { methodsAllowed } from '../http/http-semantics';
import { QueryFailedError } from 'typeorm';
import { errorBody, ErrorBody } from '../errors';

/** Turns every error into the one error body. Client mistakes are 4xx; only our own bugs are 500. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    let body = this.toBody(exception);
    if (body.statusCode === 404 && request.is404) {
      // No route for this method: 405 with the methods the path has, if it has any.
      const allowed = methodsAllowed(request.server, request.url);
      if (allowed.length) {
        body = errorBody(405, `${request.method} is not allowed here; use ${allowed.join(', ')}`);
        void reply.header('Allow', allowed.join(', '));
      }
    }
    if (body.statusCode === 401) void reply.header('WWW-Authenticate', 'Bearer realm="agenda"');
    // A throttled request (429) says when to come back in the standard header too, not only in the body.
    if (typeof body.retryAfter === 'number') void reply.header('Retry-After', String(body.retryAfter));
    reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) return fromHttpException(exception);
    const clientError = fromFrameworkError(exception);
    if (clientError) return clientError;
    if (exception instanceof QueryFailedError && /unique|duplicate/i.test(exception.message)) {
      return errorBody(409, 'a record with the same unique value already exists', { code: 'duplicate' });
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return errorBody(500, 'internal error');
  }
}

function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string') return errorBody(status, response);
  const { message, statusCode: _s, error: _e, ...extra } = response as Record<string, unknown>;
  const messages = Array.isArray(message)
    ? message.map(String)
    : [typeof message === 'string' ? message : exception.message];
  return errorBody(status, messages, extra);
}

/** Errors raised by fastify before a handler runs (body too large, bad JSON, wrong media type). */
function fromFrameworkError(exception: unknown): ErrorBody | undefined {
  if (!(exception instanceof Error)) return undefined;
  const status = (exception as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message =
      exception instanceof SyntaxError ? `body is not valid JSON: ${exception.message}` : exception.message;
    return errorBody(status, message);
  }
  return undefined;
}
