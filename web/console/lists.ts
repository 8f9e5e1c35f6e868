import { api } from '../lib/api-client';
import { type Outcome, settle } from './http';
import type { EventItem, LoginSession, Room, Session, Slot, Speaker, Track, VersionSummary } from './types';

/**
 * Every list the console reads, in one place. Some lists answer an array today and a page
 * `{items, total, page, limit}` tomorrow (the API-contract work); `pagedThrough` accepts both and
 * walks the pages, so screens always get the whole array.
 */
const LIMIT = 500;

interface Page<T> {
  items: T[];
  total: number;
}

type Fetch = (query: {
  page: number;
  limit: number;
}) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

async function pagedThrough<T>(fetchPage: Fetch): Promise<Outcome<T[]>> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const outcome = await settle<T[] | Page<T>>(fetchPage({ page, limit: LIMIT }));
    if (!outcome.ok) return outcome;
    const body = outcome.data;
    if (Array.isArray(body)) return { ...outcome, data: body };
    items.push(...body.items);
    if (items.length >= body.total || body.items.length === 0) return { ...outcome, data: items };
  }
}

const inEvent = (eventId: string, query: { page: number; limit: number }) =>
  ({ params: { path: { eventId }, query } }) as never;

export const listEvents = () =>
  pagedThrough<EventItem>((query) => api.GET('/api/events', { params: { query } } as never));
export const listTracks = (eventId: string) =>
  pagedThrough<Track>((query) => api.GET('/api/events/{eventId}/tracks', inEvent(eventId, query)));
export const listRooms = (eventId: string) =>
  pagedThrough<Room>((query) => api.GET('/api/events/{eventId}/rooms', inEvent(eventId, query)));
export const listSlots = (eventId: string) =>
  pagedThrough<Slot>((query) => api.GET('/api/events/{eventId}/slots', inEvent(eventId, query)));
export const listSpeakers = (eventId: string) =>
  pagedThrough<Speaker>((query) => api.GET('/api/events/{eventId}/speakers', inEvent(eventId, query)));
export const listSessions = (eventId: string) =>
  pagedThrough<Session>((query) => api.GET('/api/events/{eventId}/sessions', inEvent(eventId, query)));
export const listVersions = (eventId: string) =>
  pagedThrough<VersionSummary>((query) => api.GET('/api/events/{eventId}/versions', inEvent(eventId, query)));
export const listMembers = (eventId: string) =>
  pagedThrough<{ userId: string; email: string; name: string; role: string }>((query) =>
    api.GET('/api/events/{eventId}/members', inEvent(eventId, query)),
  );
export const listLoginSessions = () =>
  pagedThrough<LoginSession>((query) => api.GET('/api/auth/sessions', { params: { query } } as never));

/** One page of the audit log (it is long; the screen pages through it). */
export async function auditPage(eventId: string, page: number, limit = 50) {
  return settle<Page<Record<string, unknown>>>(
    api.GET('/api/events/{eventId}/audit', inEvent(eventId, { page, limit })),
  );
}
export const listTokens = () =>
  pagedThrough<import('./writes').TokenInfo>((query) => api.GET('/api/tokens', { params: { query } } as never));
export const listWebhooks = (eventId: string) =>
  pagedThrough<import('./writes').Webhook>((query) =>
    api.GET('/api/events/{eventId}/webhooks', inEvent(eventId, query)),
  );
export const listDeliveries = (eventId: string, id: string) =>
  pagedThrough<import('./writes').Delivery>((query) =>
    api.GET('/api/events/{eventId}/webhooks/{id}/deliveries', { params: { path: { eventId, id }, query } } as never),
  );
