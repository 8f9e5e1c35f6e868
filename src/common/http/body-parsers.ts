import { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeUtf8, jsonBodyProblem, textBodyProblem } from './body-guard';
import { bodyLimitOf, payloadTooLarge } from './body-limits';

export const TEXT_CONTENT_TYPES = [
  'text/csv',
  'text/plain',
  'application/xml',
  'text/xml',
  'application/vnd.c3voc.schedule+xml',
  'application/vnd.c3voc.schedule+json',
];

function badRequest(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400 });
}

/**
 * JSON keeps the normal limit everywhere but on authenticated import routes; XML and CSV arrive
 * as strings for the importers to parse.
 */
export function registerBodyParsers(instance: FastifyInstance, limits: { normal: number; import: number }): void {
  // registerBodyLimits decided each request's limit before reading; this is the last check.
  const limitFor = (request: FastifyRequest) => bodyLimitOf(request, limits.normal);
  // Bytes, not strings: decoding to a string would replace invalid UTF-8 with U+FFFD without a word.
  const readText = (request: FastifyRequest, bytes: Buffer): string | Error => {
    if (bytes.length > limitFor(request)) return payloadTooLarge();
    return decodeUtf8(bytes) ?? badRequest('body is not valid UTF-8');
  };
  const defaultJson = instance.getDefaultJsonParser('error', 'error');
  instance.removeContentTypeParser('application/json');
  instance.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: limits.import },
    (request, body, done) => {
      const text = readText(request, body as Buffer);
      if (text instanceof Error) return done(text, undefined);
      return defaultJson(request, text, (error, value) => {
        if (error) return done(error, undefined);
        const problem = jsonBodyProblem(value);
        return problem ? done(badRequest(problem), undefined) : done(null, value);
      });
    },
  );
  instance.addContentTypeParser(
    TEXT_CONTENT_TYPES,
    { parseAs: 'buffer', bodyLimit: limits.import },
    (request, body, done) => {
      const text = readText(request, body as Buffer);
      if (text instanceof Error) return done(text, undefined);
      const problem = textBodyProblem(text);
      return problem ? done(badRequest(problem), undefined) : done(null, text);
    },
  );
}
