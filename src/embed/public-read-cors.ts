import { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The reads an embed on another site makes: an event (by id or slug), its program document, rooms, tracks, slots,
 * speakers and sessions. Nothing else of the API is opened to other origins.
 */
const PUBLIC_READS = /^\/api\/events\/[^/?]+(\/(rooms|tracks|slots|speakers|sessions|program))?\/?(\?|$)/;

/** A request that carries no credentials at all: what it reads, anybody may read. */
const anonymous = (request: FastifyRequest) => !request.headers.cookie && !request.headers.authorization;

/**
 * CORS for public reads from any origin, never with credentials: `Access-Control-Allow-Origin: *`
 * (which browsers refuse to combine with cookies) and no `Access-Control-Allow-Credentials`, only
 * on GET/HEAD of the paths above and only for requests that came without cookies or a token. The
 * embed's requests are simple GETs, so no preflight is needed. Origins configured in CORS_ORIGINS
 * keep their own, credentialed CORS (set earlier; left untouched here).
 */
export function registerPublicReadCors(server: FastifyInstance): void {
  server.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (!request.headers.origin || reply.hasHeader('access-control-allow-origin')) return payload;
    if (!PUBLIC_READS.test(request.url) || !anonymous(request)) return payload;
    void reply
      .header('Access-Control-Allow-Origin', '*')
      .header('Cross-Origin-Resource-Policy', 'cross-origin')
      .header('Access-Control-Expose-Headers', 'ETag');
    return payload;
  });
}
