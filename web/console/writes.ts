import { api } from '../lib/api-client';
import { ifMatch, settle } from './http';
import type { Changelog, EventItem, Me, Presentation, Session } from './types';

/**
 * Every write (and the few single reads) of the console, through the typed client. Bodies are
 * cast while the OpenAPI document leaves request schemas empty (the API-contract work fills them).
 */
const body = (value: object) => value as never;
const inEvent = (eventId: string) => ({ params: { path: { eventId } } });

export const auth = {
  me: () => settle<Me>(api.GET('/api/auth/me'), { authCall: true }),
  signup: (input: { email: string; password: string; name: string; setupCode?: string }) =>
    settle(api.POST('/api/auth/signup', { body: body(input) }), { authCall: true }),
  login: (input: { email: string; password: string }) =>
    settle<Me>(api.POST('/api/auth/login', { body: body(input) }), { authCall: true }),
  logout: () => settle(api.POST('/api/auth/logout'), { authCall: true }),
  revoke: (id: string) => settle(api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } })),
  changePassword: (input: { currentPassword: string; newPassword: string }) =>
    settle(api.POST('/api/auth/password', { body: body(input) })),
};

export const events = {
  get: (eventId: string) => settle<EventItem>(api.GET('/api/events/{eventId}', inEvent(eventId))),
  create: (input: object) => settle<EventItem>(api.POST('/api/events', { body: body(input) })),
  update: (eventId: string, input: object, version: number) =>
    settle<EventItem>(
      api.PATCH('/api/events/{eventId}', { ...inEvent(eventId), body: body(input), headers: ifMatch(version) }),
    ),
  remove: (eventId: string) => settle(api.DELETE('/api/events/{eventId}', inEvent(eventId))),
};

/** The program pieces that share one shape of CRUD under /api/events/:eventId/<kind>. */
export type PieceKind = 'tracks' | 'rooms' | 'slots' | 'speakers' | 'sessions';
const collection = (kind: PieceKind) => `/api/events/{eventId}/${kind}` as '/api/events/{eventId}/tracks';
const member = (kind: PieceKind) => `/api/events/{eventId}/${kind}/{id}` as '/api/events/{eventId}/tracks/{id}';
const atId = (eventId: string, id: string) => ({ params: { path: { eventId, id } } });

export const pieces = {
  create: <T>(kind: PieceKind, eventId: string, input: object) =>
    settle<T>(api.POST(collection(kind), { ...inEvent(eventId), body: body(input) })),
  update: <T>(kind: PieceKind, eventId: string, id: string, input: object, version: number | undefined) =>
    settle<T>(api.PATCH(member(kind), { ...atId(eventId, id), body: body(input), headers: ifMatch(version) })),
  get: <T>(kind: PieceKind, eventId: string, id: string) => settle<T>(api.GET(member(kind), atId(eventId, id))),
  remove: (kind: PieceKind, eventId: string, id: string) => settle(api.DELETE(member(kind), atId(eventId, id))),
};

export const presentations = {
  create: (eventId: string, sessionId: string, input: object) =>
    settle<Presentation>(
      api.POST('/api/events/{eventId}/sessions/{sessionId}/presentations', {
        params: { path: { eventId, sessionId } },
        body: body(input),
      }),
    ),
  remove: (eventId: string, sessionId: string, id: string) =>
    settle(
      api.DELETE('/api/events/{eventId}/sessions/{sessionId}/presentations/{id}', {
        params: { path: { eventId, sessionId, id } },
      }),
    ),
};

export const publishing = {
  preview: (eventId: string) =>
    settle<{ nextNumber: number; changes: Changelog }>(
      api.GET('/api/events/{eventId}/publish/preview', inEvent(eventId)),
    ),
  publish: (eventId: string, name: string) =>
    settle<EventItem & { publishedVersion: { number: number } }>(
      api.POST('/api/events/{eventId}/publish', { ...inEvent(eventId), body: body(name ? { name } : {}) }),
    ),
  changes: (eventId: string, number: number) =>
    settle<{ changes: Changelog }>(
      api.GET('/api/events/{eventId}/versions/{number}/changes', { params: { path: { eventId, number } } } as never),
    ),
};

export type { Session };

export interface ConflictEntry {
  kind: string;
  hard: boolean;
  message: string;
  sessions: { id: string; title: string }[];
  speakerId?: string;
}

export const planner = {
  conflicts: (eventId: string) =>
    settle<{ conflicts: ConflictEntry[] }>(api.GET('/api/events/{eventId}/conflicts', inEvent(eventId) as never)),
};

export interface ImportReport {
  dryRun?: boolean;
  created?: number | boolean;
  updated?: number;
  unchanged?: number;
  changes?: { added: number; updated: number; removed: number };
  warnings?: { row?: number; kind: string; message: string }[];
  conflicts?: { kind: string; message: string }[];
  event?: { id: string; name: string };
}

/** Uploads of files as they are: CSV of sessions (with a dry run), frab/c3voc schedule.xml or schedule.json. */
export const imports = {
  csv: (eventId: string, text: string, dryRun: boolean) =>
    settle<ImportReport>(
      api.POST('/api/events/{eventId}/sessions.csv', {
        params: { path: { eventId }, query: { dryRun } },
        body: text,
        bodySerializer: (raw: string) => raw,
        headers: { 'Content-Type': 'text/csv' },
      } as never),
    ),
  schedule: (eventId: string, text: string, kind: 'xml' | 'json') =>
    settle<ImportReport>(
      api.POST('/api/events/import', {
        params: { query: { eventId } },
        body: text,
        bodySerializer: (raw: string) => raw,
        headers: { 'Content-Type': kind === 'xml' ? 'application/xml' : 'application/json' },
      } as never),
    ),
};

export interface Member {
  userId: string;
  email: string;
  name: string;
  role: string;
}

export const team = {
  add: (eventId: string, email: string, role: string) =>
    settle<Member>(api.POST('/api/events/{eventId}/members', { ...inEvent(eventId), body: body({ email, role }) })),
  setRole: (eventId: string, userId: string, role: string) =>
    settle<Member>(
      api.PATCH('/api/events/{eventId}/members/{userId}', {
        params: { path: { eventId, userId } },
        body: body({ role }),
      }),
    ),
  remove: (eventId: string, userId: string) =>
    settle(api.DELETE('/api/events/{eventId}/members/{userId}', { params: { path: { eventId, userId } } })),
};

export interface TokenInfo {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  eventId?: string;
  createdAt?: string;
  lastUsedAt?: string | null;
  token?: string;
}

export const tokens = {
  create: (input: { name: string; scopes: string[]; eventId?: string }) =>
    settle<TokenInfo>(api.POST('/api/tokens', { body: body(input) })),
  revoke: (id: string) => settle(api.DELETE('/api/tokens/{id}', { params: { path: { id } } })),
};

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  secret?: string;
}
export interface Delivery {
  id: string;
  type?: string;
  status?: string;
  attempts?: number;
  lastStatus?: number;
  lastError?: string;
  createdAt?: string;
  [detail: string]: unknown;
}

export const hooks = {
  create: (eventId: string, url: string, types: string[]) =>
    settle<Webhook>(
      api.POST('/api/events/{eventId}/webhooks', { ...inEvent(eventId), body: body({ url, events: types }) }),
    ),
  remove: (eventId: string, id: string) =>
    settle(api.DELETE('/api/events/{eventId}/webhooks/{id}', { params: { path: { eventId, id } } })),
  redeliver: (eventId: string, id: string, deliveryId: string) =>
    settle(
      api.POST('/api/events/{eventId}/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
        params: { path: { eventId, id, deliveryId } },
      }),
    ),
};
