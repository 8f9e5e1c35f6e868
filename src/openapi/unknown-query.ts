import { FastifyInstance } from 'fastify';
import { errorBody } from '../common/errors';

/* eslint-disable @typescript-eslint/no-explicit-any -- reads the plain-JSON document */

/**
 * One rule for query parameters: an operation takes the ones its document lists, and a request
 * with any other is refused with 400 naming them (a typo such as `?pgae=2` would otherwise be
 * silently ignored). The document is the single list, so code and contract cannot disagree.
 */
export function refuseUnknownQueryParameters(server: FastifyInstance, document: any): void {
  const known = new Map<string, Set<string>>();
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      const names = (operation.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name);
      known.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, new Set(names));
    }
  }
  server.addHook('preValidation', async (request, reply) => {
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const allowed = known.get(`${method} ${request.routeOptions.url}`);
    if (!allowed) return; // pages and the docs are not operations of the API
    const unknown = Object.keys((request.query ?? {}) as object).filter((name) => !allowed.has(name));
    if (!unknown.length) return;
    const accepted = allowed.size ? `; this operation takes ${[...allowed].join(', ')}` : '';
    await reply
      .code(400)
      .header('content-type', 'application/json; charset=utf-8')
      .send(errorBody(400, `unknown query parameter(s): ${unknown.join(', ')}${accepted}`));
  });
}
