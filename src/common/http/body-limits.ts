import { FastifyInstance, FastifyRequest } from 'fastify';
import { finished, Transform } from 'node:stream';

/** Routes that take whole programs (imports, restores, CSV) may send more than the normal limit. */
const LARGE_BODY_ROUTES = [/^\/api\/events\/import(\?|$)/, /^\/api\/events\/restore(\?|$)/, /\/sessions\.csv(\?|$)/];

export const isLargeBodyRoute = (url: string) => LARGE_BODY_ROUTES.some((route) => route.test(url));

/** The limit decided for this request before its body was read (see registerBodyLimits). */
const LIMIT = Symbol('bodyLimit');
const LARGE = Symbol('largeBody');
const BODY = Symbol('bodyStream');
type LimitedRequest = FastifyRequest & { [LIMIT]?: number; [LARGE]?: boolean; [BODY]?: Transform };

export const bodyLimitOf = (request: FastifyRequest, fallback: number) =>
  (request as LimitedRequest)[LIMIT] ?? fallback;

/** Whether this request was given the import limit (a large-body route, a caller with valid credentials). */
export const hasImportLimit = (request: FastifyRequest) => (request as LimitedRequest)[LARGE] === true;

/** RFC 9112 6.3: a request has a body when it declares a length above 0 or a transfer coding. */
const hasBody = (request: FastifyRequest) =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

export function payloadTooLarge(): Error {
  return Object.assign(new Error('request body is too large'), { statusCode: 413 });
}

/**
 * Decides each request's body limit before a byte of the body is read: the normal limit, except
 * on import routes for a caller with a valid token or session. A Content-Length over the limit is
 * answered 413 at once; a body without one (chunked) is counted as it streams in and cut off at
 * the limit. So an anonymous client can make the server hold at most the normal limit per request.
 */
export function registerBodyLimits(
  instance: FastifyInstance,
  limits: { normal: number; import: number },
  hasValidCredentials: (request: FastifyRequest) => Promise<boolean>,
): void {
  instance.addHook('preParsing', async (request, _reply, payload) => {
    const large = isLargeBodyRoute(request.url) && (await hasValidCredentials(request));
    const limit = large ? limits.import : limits.normal;
    (request as LimitedRequest)[LIMIT] = limit;
    (request as LimitedRequest)[LARGE] = large;
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) throw payloadTooLarge();
    let received = 0;
    const limited = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        callback(received > limit ? payloadTooLarge() : null, chunk);
      },
    });
    // pipe() does not pass on a client gone mid-upload: the reader would wait for the rest forever
    finished(payload, (error) => error && limited.destroy(error));
    if (hasBody(request)) (request as LimitedRequest)[BODY] = limited;
    return payload.pipe(limited);
  });
  // A body not read to its end (cut off at the limit, a parse error answered while it still
  // arrives, a streamed import refused before it was read) leaves the connection paused
  // mid-request: the answer closes it, else it would stay open until keepAliveTimeout.
  instance.addHook('onSend', async (request, reply) => {
    const body = (request as LimitedRequest)[BODY];
    if (body && !body.readableEnded) void reply.header('Connection', 'close');
  });
}
