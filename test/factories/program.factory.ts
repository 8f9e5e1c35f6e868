import { randomUUID } from 'node:crypto';
import request from 'supertest';

/** Request bodies with sensible defaults; tests override what they care about. */
export const buildEvent = (overrides: Record<string, unknown> = {}) => ({
  name: `Test Conference ${randomUUID().slice(0, 8)}`,
  timezone: 'Europe/Berlin',
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  venue: 'Test Venue',
  ...overrides,
});

export const buildRoom = (overrides: Record<string, unknown> = {}) => ({ name: 'Room A', capacity: 100, ...overrides });
export const buildTrack = (overrides: Record<string, unknown> = {}) => ({
  name: 'Security',
  color: '#3366ff',
  ...overrides,
});
export const buildSpeaker = (overrides: Record<string, unknown> = {}) => ({
  name: 'Ada Lovelace',
  affiliation: 'Analytical Engines',
  ...overrides,
});
export const buildSlot = (overrides: Record<string, unknown> = {}) => ({
  startsAt: '2026-03-10T09:00:00+01:00',
  endsAt: '2026-03-10T10:30:00+01:00',
  kind: 'parallel',
  ...overrides,
});
export const buildSession = (overrides: Record<string, unknown> = {}) => ({
  title: 'A talk about testing',
  type: 'talk',
  startsAt: '2026-03-10T09:00:00+01:00',
  endsAt: '2026-03-10T10:00:00+01:00',
  ...overrides,
});

type Http = () => request.Agent;

/** Creates a record over HTTP, asserting 201, and returns the response body. */
export async function create<T = any>(http: Http, path: string, body: object): Promise<T> {
  const response = await http().post(path).send(body);
  if (response.status !== 201) throw new Error(`POST ${path} -> ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

export interface Program {
  eventId: string;
  base: string;
  roomA: any;
  roomB: any;
  track: any;
  ada: any;
  grace: any;
}

/** An event with two rooms, a track and two speakers: the usual starting point. */
export async function createProgram(http: Http, eventOverrides: Record<string, unknown> = {}): Promise<Program> {
  const event = await create(http, '/api/events', buildEvent(eventOverrides));
  const base = `/api/events/${event.id}`;
  return {
    eventId: event.id,
    base,
    roomA: await create(http, `${base}/rooms`, buildRoom({ name: 'Room A', capacity: 100 })),
    roomB: await create(http, `${base}/rooms`, buildRoom({ name: 'Room B', capacity: 30 })),
    track: await create(http, `${base}/tracks`, buildTrack()),
    ada: await create(http, `${base}/speakers`, buildSpeaker({ name: 'Ada Lovelace' })),
    grace: await create(http, `${base}/speakers`, buildSpeaker({ name: 'Grace Hopper', affiliation: 'US Navy' })),
  };
}
