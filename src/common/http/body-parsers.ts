import { FastifyInstance, FastifyRequest } from 'fastify';

/** Routes that take whole programs (imports, restores) may send more than the normal limit. */
const LARGE_BODY_ROUTES = [/^\/api\/events\/import(\?|$)/, /^\/api\/events\/restore(\?|$)/, /\/sessions\.csv(\?|$)/];

export const TEXT_CONTENT_TYPES = [
  'text/csv', 'text/plain', 'application/xml', 'text/xml',
  'application/vnd.c3voc.schedule+xml', 'application/vnd.c3voc.schedule+json',
];

function payloadTooLarge(): Error {
  return Object.assign(new Error('request body is too large'), { statusCode: 413 });
}

/**
 * JSON keeps the normal limit everywhere but on import routes; XML and CSV arrive as strings
 * for the importers to parse. Bodies are read with the larger limit and checked per route.
 */
export function registerBodyParsers(instance: FastifyInstance, limits: { normal: number; import: number }): void {
  const limitFor = (request: FastifyRequest) =>
    LARGE_BODY_ROUTES.some((route) => route.test(request.url)) ? limits.import : limits.normal;
  const defaultJson = instance.getDefaultJsonParser('error', 'error');
  instance.removeContentTypeParser('application/json');
  instance.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: limits.import }, (request, body, done) => {
    if (Buffer.byteLength(body as string) > limitFor(request)) return done(payloadTooLarge(), undefined);
    return defaultJson(request, body as string, done);
  });
  instance.addContentTypeParser(TEXT_CONTENT_TYPES, { parseAs: 'string', bodyLimit: limits.import }, (request, body, done) => {
    if (Buffer.byteLength(body as string) > limitFor(request)) return done(payloadTooLarge(), undefined);
    return done(null, body);
  });
}
