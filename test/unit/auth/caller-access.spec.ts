import { CallerAccessRow, readsWorkingCopy, TOUCH_EVERY_MS } from '../../../src/auth/caller-access';

const NOW = Date.parse('2026-03-10T09:00:00Z');
const IDLE_MINUTES = 30;

const token = (overrides: Partial<CallerAccessRow> = {}): CallerAccessRow => ({
  userId: 'u1',
  isAdmin: false,
  credentialId: 't1',
  scopes: ['read'],
  boundEventId: null,
  touchedAt: NOW - 1000,
  expiresAt: null,
  revoked: false,
  role: 'viewer',
  eventId: 'e1',
  status: 'draft',
  programVersion: 7,
  ...overrides,
});
const session = (overrides: Partial<CallerAccessRow> = {}) =>
  token({ scopes: null, expiresAt: NOW + 3_600_000, ...overrides });

const reads = (row: CallerAccessRow) => readsWorkingCopy(row, NOW, IDLE_MINUTES);

describe('readsWorkingCopy: what one query must prove before an organizer read skips the access guard', () => {
  it('proves members of every role and administrators, by token or login session', () => {
    for (const role of ['viewer', 'editor', 'owner'] as const) {
      expect(reads(token({ role }))).toBe(true);
      expect(reads(session({ role }))).toBe(true);
    }
    expect(reads(token({ role: null, isAdmin: true }))).toBe(true);
    expect(reads(token({ boundEventId: 'e1' }))).toBe(true);
  });

  it('leaves callers without a role here to the guard (the published copy, or 404 for a draft)', () => {
    expect(reads(token({ role: null }))).toBe(false);
    expect(reads(token({ role: null, status: 'published' }))).toBe(false);
    expect(reads(token({ boundEventId: 'another event' }))).toBe(false);
    expect(reads(token({ isAdmin: true, role: null, boundEventId: 'another event' }))).toBe(false);
  });

  it('leaves dead credentials to the guard: expired, revoked, idle', () => {
    expect(reads(token({ expiresAt: NOW }))).toBe(false);
    expect(reads(session({ expiresAt: NOW }))).toBe(false);
    expect(reads(session({ revoked: true }))).toBe(false);
    expect(reads(session({ touchedAt: NOW - IDLE_MINUTES * 60_000 }))).toBe(false);
  });

  it('leaves a use that is due to be recorded to the guard, which records it', () => {
    expect(reads(token({ touchedAt: null }))).toBe(false);
    expect(reads(token({ touchedAt: NOW - TOUCH_EVERY_MS - 1 }))).toBe(false);
    expect(reads(session({ touchedAt: NOW - TOUCH_EVERY_MS - 1 }))).toBe(false);
    expect(reads(token({ touchedAt: NOW - TOUCH_EVERY_MS }))).toBe(true);
  });
});
