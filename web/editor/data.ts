import { api } from '../lib/api-client';
import type { Conflict, EditorEvent, Proposal, Room, SessionItem, Slot, Speaker, Track, Where } from './types';

/**
 * Every server call of the editor. Lists that can grow are read page by page
 * (`{items,total,page,limit}`); small lists (rooms, tracks, slots) are arrays without paging.
 */
type Answer = { data?: unknown; error?: unknown; response: Response };
const loose = api as unknown as Record<'GET' | 'POST' | 'PATCH', (path: string, init?: object) => Promise<Answer>>;

export interface Outcome<T> {
  ok: boolean;
  status: number;
  data?: T;
  error?: {
    message?: string[] | string;
    conflicts?: { kind: 'room' | 'speaker'; sessionId: string; title: string; roomId?: string; speakerId?: string }[];
  };
}

async function call<T>(pending: Promise<Answer>): Promise<Outcome<T>> {
  try {
    const answer = await pending;
    return {
      ok: answer.response.ok,
      status: answer.response.status,
      data: answer.data as T,
      error: answer.error as Outcome<T>['error'],
    };
  } catch (error) {
    return { ok: false, status: 0, error: { message: [String(error)] } };
  }
}

const path = (eventId: string, id?: string) => ({ params: { path: { eventId, ...(id && { id }) } } });

/** Every item of a paged list: the first two pages at once (most programs fit), then the rest at once. */
async function all<T>(url: string, eventId: string): Promise<T[]> {
  const page = async (n: number) => {
    const answer = await call<{ items: T[]; total: number }>(
      loose.GET(url, { params: { path: { eventId }, query: { page: n, limit: 500 } } }),
    );
    if (!answer.ok || !answer.data) throw new Error(`GET ${url}: HTTP ${answer.status}`);
    return answer.data;
  };
  const [first, second] = await Promise.all([page(1), page(2)]);
  const pages = Math.ceil(first.total / 500);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 2) }, (_, i) => page(i + 3)));
  return [first, second, ...rest].flatMap((p) => p.items);
}

/** A list the API answers whole (an array). */
async function whole<T>(url: string, eventId: string): Promise<T[]> {
  const answer = await call<T[]>(loose.GET(url, path(eventId)));
  if (!answer.ok || !answer.data) throw new Error(`GET ${url}: HTTP ${answer.status}`);
  return answer.data;
}

export interface ProgramData {
  event: EditorEvent;
  rooms: Room[];
  tracks: Track[];
  slots: Slot[];
  speakers: Speaker[];
  sessions: SessionItem[];
}

export async function loadProgram(eventId: string): Promise<ProgramData> {
  const event = await call<EditorEvent>(loose.GET('/api/events/{eventId}', path(eventId)));
  if (!event.ok || !event.data) throw new Error(`HTTP ${event.status}`);
  const [rooms, tracks, slots, speakers, sessions] = await Promise.all([
    whole<Room>('/api/events/{eventId}/rooms', eventId),
    whole<Track>('/api/events/{eventId}/tracks', eventId),
    whole<Slot>('/api/events/{eventId}/slots', eventId),
    all<Speaker>('/api/events/{eventId}/speakers', eventId),
    all<SessionItem>('/api/events/{eventId}/sessions', eventId),
  ]);
  return { event: event.data, rooms, tracks, slots, speakers, sessions };
}

export const getSession = (eventId: string, id: string) =>
  call<SessionItem>(loose.GET('/api/events/{eventId}/sessions/{id}', path(eventId, id)));

/** One versioned write of where a session is (and, optionally, whether it is pinned). */
export function placeSession(eventId: string, session: SessionItem, where: Where, extra: { pinned?: boolean } = {}) {
  const body =
    where.start === null || where.end === null
      ? { startsAt: null, roomId: null, ...extra }
      : {
          roomId: where.roomId,
          startsAt: new Date(where.start).toISOString(),
          endsAt: new Date(where.end).toISOString(),
          ...extra,
        };
  return call<SessionItem>(
    loose.PATCH('/api/events/{eventId}/sessions/{id}', {
      ...path(eventId, session.id),
      body,
      headers: { 'If-Match': `"${session.version}"` },
    }),
  );
}

export const setPinned = (eventId: string, session: SessionItem, pinned: boolean) =>
  call<SessionItem>(
    loose.PATCH('/api/events/{eventId}/sessions/{id}', {
      ...path(eventId, session.id),
      body: { pinned },
      headers: { 'If-Match': `"${session.version}"` },
    }),
  );

export const loadConflicts = (eventId: string) =>
  call<{ conflicts: Conflict[] }>(loose.GET('/api/events/{eventId}/conflicts', path(eventId)));

export const propose = (eventId: string, sessionIds?: string[]) =>
  call<Proposal>(
    loose.POST('/api/events/{eventId}/schedule/proposals', {
      ...path(eventId),
      body: sessionIds ? { sessionIds } : {},
    }),
  );

export const applyProposal = (eventId: string, id: string, sessionIds?: string[]) =>
  call<unknown>(
    loose.POST('/api/events/{eventId}/schedule/proposals/{id}/apply', {
      ...path(eventId, id),
      body: sessionIds ? { sessionIds } : {},
    }),
  );
