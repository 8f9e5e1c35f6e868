import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CallerAccessLookup, credentialOf, readsWorkingCopy } from '../auth/caller-access';
import { eventKeyOf } from '../auth/event-lookup';
import { Clock } from '../common/clock/clock';
import { sendPrepared } from '../common/http/prepared-json';
import { WorkingDocuments } from './working-documents.service';

/**
 * Organizers' repeated reads answered before Nest's guard, pipes and interceptors: a GET with a
 * token or login cookie, of a URL the full pipeline already answered from the working copy,
 * gets the prepared document of the event's current program_version once one query proves the
 * caller reads that event's working copy (see readsWorkingCopy). No proof, or no document for
 * that version yet (a write since), and the request goes to Nest unchanged, which decides,
 * records the credential's use and prepares the new document.
 *
 * Registered after the public fast path and helmet's hook, so the answer passes the same onSend
 * hooks as Nest's.
 */
export function registerOrganizerReadFastPath(
  server: FastifyInstance,
  documents: WorkingDocuments,
  lookup: CallerAccessLookup,
  clock: Clock,
  idleMinutes: number,
): void {
  server.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'GET') return;
    const credential = credentialOf(request);
    if (!credential) return;
    const answered = documents.answered(request.url);
    if (!answered) return;
    const key = eventKeyOf(String((request.params as { eventId?: string }).eventId ?? ''), true);
    const row = key && (await lookup.find(credential, key));
    if (!row || row.eventId !== answered.eventId || !readsWorkingCopy(row, +clock.now(), idleMinutes)) return;
    const document = documents.get(row.eventId, row.programVersion, answered.key);
    if (!document) return;
    return reply.send(sendPrepared(request, reply, document));
  });
}
