import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EventLookup, eventKeyOf } from '../auth/event-lookup';
import { sendPrepared } from '../common/http/prepared-json';
import { PublishedDocuments } from './published-documents.service';

/** A request that carries no credentials at all: it reads the published version, whoever sends it. */
const anonymousGet = (request: FastifyRequest) =>
  request.method === 'GET' && request.headers.cookie === undefined && request.headers.authorization === undefined;

/**
 * Public reads answered before Nest's guard, pipes and interceptors: an anonymous GET of a URL
 * that the full pipeline already answered with a prepared document of the event's published
 * version gets that document again, once one query (the access guard's own) shows the event is
 * still published at that same version. Everything else (a new URL, a newer or withdrawn
 * version, credentials, HEAD) falls through to Nest unchanged.
 *
 * Registered as an onRequest hook after helmet's, so the answer passes the same onSend hooks as
 * Nest's (CORS, request id, ETag and 304, compression and Vary, the contract check in tests).
 */
export function registerPublicReadFastPath(
  server: FastifyInstance,
  documents: PublishedDocuments,
  lookup: EventLookup,
): void {
  server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!anonymousGet(request)) return;
    const answered = documents.answered(request.url);
    if (!answered) return;
    const key = eventKeyOf(String((request.params as { eventId?: string }).eventId ?? ''), true);
    const event = key && (await lookup.find(key.by, key.value));
    if (!event || event.id !== answered.eventId || event.status !== 'published') return;
    if (event.publishedVersion !== answered.version) return;
    void reply.headers(answered.headers);
    return reply.send(sendPrepared(request, reply, answered.document));
  });
}
