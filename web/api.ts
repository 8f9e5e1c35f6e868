import { Agenda, AgendaProgram, EventInfo, FeedDirectory, Program } from './lib/types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Every request goes out without cookies: an organizer signed in on the same site must see what
 * the public sees (the published program, no drafts, no private fields).
 */
async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'omit',
    headers: { accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const detail = (await response.json().catch(() => null)) as { message?: string[] } | null;
    throw new ApiError(response.status, detail?.message?.join('; ') ?? `${method} ${path}: ${response.status}`);
  }
  return (await response.json()) as T;
}

const PAGE = 500; // the API's largest page

interface Page<T> {
  items: T[];
  total: number;
}

/** Every item of a paged list: pages 1 and 2 at once (a FOSDEM-sized program needs two), then the rest. */
async function allItems<T>(path: string): Promise<T[]> {
  const page = (n: number) => request<Page<T>>('GET', `${path}?limit=${PAGE}&page=${n}`);
  const [first, second] = await Promise.all([page(1), page(2)]);
  const more = Array.from({ length: Math.max(0, Math.ceil(first.total / PAGE) - 2) }, (_, index) => page(index + 3));
  return [...first.items, ...second.items, ...(await Promise.all(more)).flatMap((rest) => rest.items)];
}

/** The whole published program in one cacheable, compressed document (GET .../program). */
export async function loadProgram(eventId: string): Promise<Program> {
  const { event, rooms, tracks, slots, speakers, sessions } = await request<AgendaProgram>(
    'GET',
    `/api/events/${encodeURIComponent(eventId)}/program`,
  );
  return { event, rooms, tracks, slots, speakers, sessions };
}

export const listEvents = () => allItems<EventInfo>('/api/events');
export const loadFeeds = (eventId: string) =>
  request<FeedDirectory>('GET', `/api/events/${encodeURIComponent(eventId)}/feeds`);
export const createAgenda = (eventId: string, sessionIds: string[]) =>
  request<Agenda>('POST', `/api/events/${encodeURIComponent(eventId)}/agendas`, { sessionIds });
export const getAgenda = (token: string) => request<Agenda>('GET', `/api/agendas/${encodeURIComponent(token)}`);
export const putAgenda = (token: string, sessionIds: string[]) =>
  request<Agenda>('PUT', `/api/agendas/${encodeURIComponent(token)}`, { sessionIds });
