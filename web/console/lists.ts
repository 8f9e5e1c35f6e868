import { api } from '../lib/api-client';
import { type Outcome, settle } from './http';
import type { EventItem, LoginSession, Room, Session, Slot, Speaker, Track, VersionSummary } from './types';

/**
 * Every list the console reads, in one place. Lists that can grow answer one page
 * `{items, total, page, limit}` at a time (`limit` at most 500): `allPages` walks them so screens get
 * the whole array. Small lists (tracks, rooms, slots, members, webhooks, login sessions) are arrays
 * and take no paging parameters (the API refuses unknown query parameters).
 */
const LIMIT = 500;

interface Page<T> {
  items: T[];
  total: number;
}

type Query = { page: number; limit: number };
type Answer = Promise<{ data?: unknown; error?: unknown; response: Response }>;

async function allPages<T>(fetchPage: (query: Query) => Answer): Promise<Outcome<T[]>> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const outcome = await settle<Page<T>>(fetchPage({ page, limit: LIMIT }));
    if (!outcome.ok) return outcome;
    items.push(...outcome.data.items);
    if (items.length >= outcome.data.total || outcome.data.items.length === 0) return { ...outcome, data: items };
  }
}

const path = (eventId: string) => ({ params: { path: { eventId } } });
const inEvent = (eventId: string, query: Query) => ({ params: { path: { eventId }, query } });

export const listEvents = () => allPages<EventItem>((query) => api.GET('/api/events', { params: { query } }));
export const listTracks = (eventId: string) => settle<Track[]>(api.GET('/api/events/{eventId}/tracks', path(eventId)));
export const listRooms = (eventId: string) => settle<Room[]>(api.GET('/api/events/{eventId}/rooms', path(eventId)));
export const listSlots = (eventId: string) => settle<Slot[]>(api.GET('/api/events/{eventId}/slots', path(eventId)));
export const listSpeakers = (eventId: string) =>
  allPages<Speaker>((query) => api.GET('/api/events/{eventId}/speakers', inEvent(eventId, query)));
export const listSessions = (eventId: string) =>
  allPages<Session>((query) => api.GET('/api/events/{eventId}/sessions', inEvent(eventId, query)));
export const listVersions = (eventId: string) =>
  allPages<VersionSummary>((query) => api.GET('/api/events/{eventId}/versions', inEvent(eventId, query)));
export const listMembers = (eventId: string) =>
  settle<{ userId: string; email: string; name: string; role: string }[]>(
    api.GET('/api/events/{eventId}/members', path(eventId)),
  );
export const listLoginSessions = () => settle<LoginSession[]>(api.GET('/api/auth/sessions'));

/** One page of the audit log (it is long; the screen pages through it). */
export async function auditPage(eventId: string, page: number, limit = 50) {
  return settle<Page<Record<string, unknown>>>(
    api.GET('/api/events/{eventId}/audit', inEvent(eventId, { page, limit })),
  );
}
export const listTokens = () =>
  allPages<import('./writes').TokenInfo>((query) => api.GET('/api/tokens', { params: { query } }));
export const listWebhooks = (eventId: string) =>
  settle<import('./writes').Webhook[]>(api.GET('/api/events/{eventId}/webhooks', path(eventId)));
export const listDeliveries = (eventId: string, id: string) =>
  allPages<import('./writes').Delivery>((query) =>
    api.GET('/api/events/{eventId}/webhooks/{id}/deliveries', { params: { path: { eventId, id }, query } }),
  );
