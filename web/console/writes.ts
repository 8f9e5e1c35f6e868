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
}

export const planner = {
  conflicts: (eventId: string) =>
    settle<{ conflicts: ConflictEntry[] }>(api.GET('/api/events/{eventId}/conflicts', inEvent(eventId) as never)),
};
