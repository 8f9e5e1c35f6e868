import { FeedContext, FeedSession } from '../../../src/calendar/feed-entries';
import { FeedEntry } from '../../../src/calendar/ical.serializer';

export const SESSION_ID = '5f1d7c2a-0b7e-4c5e-9d1a-3e2f4a6b8c9d';

export const buildFeedSession = (overrides: Partial<FeedSession> = {}): FeedSession => ({
  id: SESSION_ID,
  title: 'Testing in production',
  subtitle: null,
  abstract: null,
  type: 'talk',
  status: 'confirmed',
  start: Date.parse('2026-03-10T09:00:00+01:00'),
  end: Date.parse('2026-03-10T10:00:00+01:00'),
  sequence: 0,
  updatedAt: Date.parse('2026-02-01T12:34:56Z'),
  deleted: false,
  speakers: [],
  presentations: [],
  ...overrides,
});

export const feedContext = (overrides: Partial<FeedContext> = {}): FeedContext => ({
  uidDomain: 'agenda.example.org',
  venue: null,
  sessionUrl: (id) => `https://agenda.example.org/sessions/${id}`,
  ...overrides,
});

export const buildFeedEntry = (overrides: Partial<FeedEntry> = {}): FeedEntry => ({
  uid: `${SESSION_ID}@agenda.example.org`,
  sequence: 0,
  start: Date.parse('2026-03-10T09:00:00+01:00'),
  end: Date.parse('2026-03-10T10:00:00+01:00'),
  lastModified: Date.parse('2026-02-01T12:34:56Z'),
  summary: 'Testing in production',
  description: 'A talk',
  categories: [],
  status: 'CONFIRMED',
  ...overrides,
});
