/** What a program change is about; the editor reloads one record, or everything for `program`. */
export type ChangeEntity = 'session' | 'presentation' | 'slot' | 'room' | 'track' | 'speaker' | 'event' | 'program';
export type ChangeAction = 'created' | 'updated' | 'deleted' | 'published' | 'replaced';

export interface ChangeDescription {
  entity: ChangeEntity;
  action: ChangeAction;
  /** the record written, when the route names one or the answer carries it */
  entityId?: string;
  /** a presentation's session */
  sessionId?: string;
}

const COLLECTIONS: Record<string, ChangeEntity> = {
  sessions: 'session',
  slots: 'slot',
  rooms: 'room',
  tracks: 'track',
  speakers: 'speaker',
};

/** Writes that replace many records at once: the stream says "reload the program". */
const BULK = new Set(['/api/events/:eventId/schedule/proposals/:id/apply', '/api/events/:eventId/sessions.csv']);

/**
 * The change a successful write made to an event's program, read from its route pattern
 * (`/api/events/:eventId/sessions/:id`), method, path parameters and answer; null for writes
 * that leave the program alone (agendas, proposals not yet applied, members, webhooks).
 */
export function describeChange(
  method: string,
  route: string,
  params: Record<string, string>,
  body: unknown,
): ChangeDescription | null {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const action: ChangeAction = method === 'POST' ? 'created' : method === 'DELETE' ? 'deleted' : 'updated';
  if (BULK.has(route) || route === '/api/events/import') return { entity: 'program', action: 'replaced' };
  if (route === '/api/events/:eventId/publish') return { entity: 'event', action: 'published' };
  if (route === '/api/events/:eventId') return method === 'DELETE' ? null : { entity: 'event', action: 'updated' };
  const presentation = /^\/api\/events\/:eventId\/sessions\/:sessionId\/presentations(\/:id)?$/.exec(route);
  if (presentation)
    return {
      entity: 'presentation',
      action,
      sessionId: params.sessionId,
      ...idOf(params.id ?? answer.id),
    };
  const item = /^\/api\/events\/:eventId\/([a-z]+)(\/:id)?$/.exec(route);
  const entity = item && COLLECTIONS[item[1]];
  if (!entity) return null;
  return { entity, action, ...idOf(params.id ?? answer.id) };
}

const idOf = (value: unknown) => (typeof value === 'string' ? { entityId: value.toLowerCase() } : {});
