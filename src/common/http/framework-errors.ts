import { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../errors';

/**
 * Fastify answers a few malformed URLs itself, before any route, hook or Nest filter runs: a
 * percent-escape that does not decode to UTF-8 (`%E2%82`, `%C0%AF`, a bare `%`) and a path
 * parameter longer than maxParamLength (100 characters, a 414 there). Its default body has
 * `message` as a string and an extra `code`; this gives them the one error body instead.
 */
export function frameworkErrorHandler(
  error: Error & { statusCode?: number; code?: string },
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  // 400 rather than fastify's 414 for an over-long parameter: like any other malformed id.
  const status = 400;
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a part of the path is longer than 100 characters (ids are UUIDs)'
      : error.code === 'FST_ERR_BAD_URL'
        ? 'the path holds a percent-escape that is not valid UTF-8'
        : 'the request URL is not valid';
  void reply.code(status).header('content-type', 'application/json; charset=utf-8').send(errorBody(status, message));
}
