import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { codedEtag, noneMatch } from './coded-etag';
import { answerCoding } from './json-compression';

/**
 * HTTP rules every JSON route follows, applied once at the server instead of in each handler:
 * a strong ETag on each JSON answer to a read, 304 for a matching If-None-Match, Location on 201,
 * and 405 with Allow for a method a known path does not have (see methodsAllowed).
 */
export function registerHttpSemantics(server: FastifyInstance): void {
  recordRoutes(server);
  server.addHook('onSend', async (request, reply, payload) => {
    // A prepared document (see prepared-json.ts) is sent as bytes with its ETag already computed.
    const prepared = Buffer.isBuffer(payload) && reply.hasHeader('etag');
    if ((typeof payload !== 'string' && !prepared) || !isJson(reply)) return payload;
    if (typeof payload === 'string' && request.method === 'POST' && reply.statusCode === 201)
      setLocation(request, reply, payload);
    if ((request.method === 'GET' || request.method === 'HEAD') && reply.statusCode === 200) {
      const etag = typeof payload === 'string' ? jsonEtag(payload) : String(reply.getHeader('etag'));
      // The ETag of the bytes this request gets (a 304 carries what the 200 would have).
      void reply.header('ETag', codedEtag(etag, answerCoding(request, payload)));
      if (noneMatch(request.headers['if-none-match'], etag)) {
        void reply.status(304).removeHeader('content-type').removeHeader('content-length');
        return '';
      }
    }
    return payload;
  });
}

const isJson = (reply: FastifyReply) => String(reply.getHeader('content-type') ?? '').startsWith('application/json');

/** Parsing bigger bodies to find a version costs more than hashing them. */
const VERSION_PARSE_LIMIT = 256 * 1024;

/**
 * A record's ETag is its quoted `version` (what If-Match takes back); any other JSON answer's is a
 * hash of its bytes. Both are strong: the same bytes, the same tag.
 */
export function jsonEtag(payload: string): string {
  if (payload.length <= VERSION_PARSE_LIMIT && payload.startsWith('{')) {
    const version = (JSON.parse(payload) as { version?: unknown }).version;
    if (Number.isInteger(version)) return `"${version as number}"`;
  }
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
}

/** The created record's URL: the collection's path plus its id (imports and restores create an event). */
function setLocation(request: FastifyRequest, reply: FastifyReply, payload: string): void {
  const path = request.url.split('?')[0].replace(/\/$/, '');
  const body = JSON.parse(payload) as { id?: unknown; token?: unknown; event?: { id?: unknown } };
  let location: string | undefined;
  if (/\/events\/(import|restore)$/.test(path) && typeof body.event?.id === 'string')
    location = `/api/events/${body.event.id}`;
  else if (/\/agendas$/.test(path) && typeof body.token === 'string') location = `/api/agendas/${body.token}`;
  else if (/^\/api\/(events|tokens)(\/|$)/.test(path) && typeof body.id === 'string') location = `${path}/${body.id}`;
  if (location) void reply.header('Location', location);
}

/** Route patterns by method, to tell "no such path" (404) from "no such method here" (405). */
const routeTables = new WeakMap<FastifyInstance, { method: string; pattern: RegExp }[]>();

function recordRoutes(server: FastifyInstance): void {
  const routes: { method: string; pattern: RegExp }[] = [];
  routeTables.set(server, routes);
  server.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(
      '^' +
        route.url
          .split('/')
          .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/') +
        '/?$',
    );
    for (const method of methods) routes.push({ method: String(method), pattern });
  });
}

/** The methods a path answers to (empty when the path is unknown). */
export function methodsAllowed(server: FastifyInstance, url: string): string[] {
  const path = url.split('?')[0];
  const routes = routeTables.get(server) ?? [];
  return [...new Set(routes.filter((route) => route.pattern.test(path)).map((route) => route.method))].sort();
}
