import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyRequest } from 'fastify';
import helmet from 'helmet';

/** Every page of ours loads only its own script and stylesheet (no inline script). */
const STRICT_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"], // no inline event handlers
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  // helmet's default would make browsers fetch a plain-http site's assets over https: a page that never loads
  upgradeInsecureRequests: null,
};

/** Swagger UI bootstraps itself with an inline script: allowed on its own pages only. */
const SWAGGER_CSP = Object.entries({ ...STRICT_DIRECTIVES, scriptSrc: ["'self'", "'unsafe-inline'"] })
  .filter(([, value]) => value !== null)
  .map(([name, value]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${value!.join(' ')}`)
  .join(';');

const SWAGGER_PATH = /^\/api\/docs(\/|$|\?)(?!openapi\.json)/;
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers (helmet) with a strict CSP for every route, Swagger's relaxation on /api/docs
 * only, and HSTS only for a site served over https: PUBLIC_BASE_URL says so, or the request
 * arrived over TLS (directly or, with TRUST_PROXY, as X-Forwarded-Proto says). A plain-http
 * deployment on a LAN host name would otherwise be pinned to an https that does not exist.
 */
export function registerSecurityHeaders(app: NestFastifyApplication, publicBaseUrl: string): void {
  // helmet's middleware built once: @fastify/helmet builds it again on every request (a third of a cached read's CPU)
  const setHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: STRICT_DIRECTIVES },
    strictTransportSecurity: false,
  });
  const httpsSite = publicBaseUrl.startsWith('https://');
  const server = app.getHttpAdapter().getInstance();
  server.addHook('onRequest', (request, reply, done) =>
    setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  server.addHook('onSend', async (request: FastifyRequest, reply) => {
    if (SWAGGER_PATH.test(request.url)) void reply.header('Content-Security-Policy', SWAGGER_CSP);
    if (httpsSite || request.protocol === 'https') void reply.header('Strict-Transport-Security', HSTS);
  });
}
