import { FastifyInstance } from 'fastify';
import { errorBody } from '../common/errors';
import { DocumentJson, operationsOf } from './openapi-json';

/**
 * One rule for query parameters: an operation takes the ones its document lists, and a request
 * with any other is refused with 400 naming them (a typo such as `?pgae=2` would otherwise be
 * silently ignored). The document is the single list, so code and contract cannot disagree.
 */
export function refuseUnknownQueryParameters(server: FastifyInstance, document: DocumentJson): void {
  const known = new Map<string, Set<string>>();
  for (const [path, method, operation] of operationsOf(document)) {
    const names = (operation.parameters ?? []).flatMap((p) => (p.in === 'query' && p.name ? [p.name] : []));
    known.set(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, new Set(names));
  }
  server.addHook('preValidation', async (request, reply) => {
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const allowed = known.get(`${method} ${request.routeOptions.url}`);
    if (!allowed) return; // pages and the docs are not operations of the API
    const unknown = Object.keys(request.query ?? {}).filter((name) => !allowed.has(name));
    if (!unknown.length) return;
    const accepted = allowed.size ? `; this operation takes ${[...allowed].join(', ')}` : '';
    await reply
      .code(400)
      .header('content-type', 'application/json; charset=utf-8')
      .send(errorBody(400, `unknown query parameter(s): ${unknown.join(', ')}${accepted}`));
  });
}
