import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EventLookup } from '../auth/event-lookup';
import { sendDocument } from '../common/http/rendered-document';
import { CalendarService } from './calendar.service';

/**
 * Public calendar feeds answered before Nest's guard, pipes and interceptors: a GET without
 * credentials of a feed URL that the full pipeline already answered (whole event, track, room,
 * speaker or session) gets the same cached feed again, 304 included, once one query shows the
 * event is still published at that same version. Everything else (a new URL, a newer or withdrawn
 * version, credentials, personal agenda feeds, a feed evicted from the cache) goes through Nest.
 *
 * Registered as an onRequest hook after helmet's, so the answer passes the same onSend and
 * onResponse hooks as Nest's (request id, security headers, feed reach counting).
 */
export function registerFeedFastPath(server: FastifyInstance, calendar: CalendarService, lookup: EventLookup): void {
  server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET' || request.headers.cookie !== undefined) return;
    if (request.headers.authorization !== undefined) return;
    const answered = calendar.answered(request.url);
    if (!answered) return;
    const event = await lookup.find('id', answered.eventId);
    if (event?.status !== 'published' || event.publishedVersion !== answered.version) return;
    sendDocument(request, reply, answered.feed);
    return reply;
  });
}
