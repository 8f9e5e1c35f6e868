import { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeUtf8, jsonBodyProblem, textBodyProblem } from './body-guard';
import { bodyLimitOf, hasImportLimit, isLargeBodyRoute, payloadTooLarge } from './body-limits';
import { StreamedBody } from './streamed-body';

export const TEXT_CONTENT_TYPES = [
  'text/csv',
  'text/plain',
  'application/xml',
  'text/xml',
  'application/vnd.c3voc.schedule+xml',
  'application/vnd.c3voc.schedule+json',
];

/** Large-body routes that take a JSON document (the CSV route refuses JSON with its own message). */
const JSON_DOCUMENT_ROUTES = [/^\/api\/events\/import(\?|$)/, /^\/api\/events\/restore(\?|$)/];

/**
 * The whole body in one buffer of the declared size, filled as its chunks arrive. Fastify's
 * `parseAs: 'buffer'` kept every chunk and then concatenated them, so a 25 MB import held 50 MB
 * for a moment (and the process kept that memory). Without a Content-Length the buffer grows.
 */
async function readBody(request: FastifyRequest, payload: AsyncIterable<Buffer>): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  let body = Buffer.allocUnsafeSlow(Number.isSafeInteger(declared) && declared > 0 ? declared : 64 * 1024);
  let length = 0;
  for await (const chunk of payload) {
    if (length + chunk.length > body.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(body.length * 2, length + chunk.length));
      body.copy(bigger, 0, 0, length);
      body = bigger;
    }
    chunk.copy(body, length);
    length += chunk.length;
  }
  return length === body.length ? body : body.subarray(0, length);
}

function badRequest(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400 });
}

/**
 * JSON keeps the normal limit everywhere but on authenticated import routes; XML and CSV arrive
 * as strings for the importers to parse. Bodies of the routes that take whole programs (imports,
 * restores, CSV) are not read here: given the import limit, they reach the route still streaming
 * (StreamedBody) and the parse worker reads them as they arrive; otherwise (at most the normal
 * limit) they stay bytes. Either way a worker thread decodes, checks and parses them
 * (src/common/workers), so a 25 MB body never stops the event loop nor exists whole in memory.
 */
export function registerBodyParsers(instance: FastifyInstance, limits: { normal: number; import: number }): void {
  // registerBodyLimits decided each request's limit before reading; this is the last check.
  const limitFor = (request: FastifyRequest) => bodyLimitOf(request, limits.normal);
  // Bytes, not strings: decoding to a string would replace invalid UTF-8 with U+FFFD without a word.
  const readText = (request: FastifyRequest, bytes: Buffer): string | Error => {
    if (bytes.length > limitFor(request)) return payloadTooLarge();
    return decodeUtf8(bytes) ?? badRequest('body is not valid UTF-8');
  };
  const keepBytes = (request: FastifyRequest, bytes: Buffer, done: (error: Error | null, body?: unknown) => void) =>
    bytes.length > limitFor(request) ? done(payloadTooLarge(), undefined) : done(null, bytes);
  const defaultJson = instance.getDefaultJsonParser('error', 'error');
  instance.removeContentTypeParser('application/json');
  instance.addContentTypeParser('application/json', { bodyLimit: limits.import }, (request, payload, done) => {
    const document = JSON_DOCUMENT_ROUTES.some((route) => route.test(request.url));
    if (document && hasImportLimit(request)) return done(null, new StreamedBody(payload));
    void readBody(request, payload).then(
      (body) => {
        if (document) return keepBytes(request, body, done);
        const text = readText(request, body);
        if (text instanceof Error) return done(text, undefined);
        return defaultJson(request, text, (error, value) => {
          if (error) return done(error, undefined);
          const problem = jsonBodyProblem(value);
          return problem ? done(badRequest(problem), undefined) : done(null, value);
        });
      },
      (error: Error) => done(error, undefined),
    );
  });
  instance.addContentTypeParser(TEXT_CONTENT_TYPES, { bodyLimit: limits.import }, (request, payload, done) => {
    if (hasImportLimit(request)) return done(null, new StreamedBody(payload));
    void readBody(request, payload).then(
      (body) => {
        if (isLargeBodyRoute(request.url)) return keepBytes(request, body, done);
        const text = readText(request, body);
        if (text instanceof Error) return done(text, undefined);
        const problem = textBodyProblem(text);
        return problem ? done(badRequest(problem), undefined) : done(null, text);
      },
      (error: Error) => done(error, undefined),
    );
  });
}
