import { hashAgendaToken } from '../../../src/agendas/agenda-token';
import {
  clientDigest,
  FeedReachBuffer,
  flushRows,
  saltedClientHash,
  utcDay,
} from '../../../src/insights/feed-reach/feed-reach-buffer';
import { feedOfRoute } from '../../../src/insights/feed-reach/feed-route';

const EVENT = '6f1c2a52-3a57-4c1e-9a0f-1f1e2d3c4b5a';
const TRACK = '0b7e0a8e-9c1d-4a7b-8f61-2c3d4e5f6a7b';
const TOKEN = 'A'.repeat(43);

describe('feedOfRoute', () => {
  it('knows every feed route by its pattern', () => {
    expect(feedOfRoute('/api/events/:eventId/calendar.ics', { eventId: EVENT.toUpperCase() })).toEqual({
      kind: 'event',
      eventId: EVENT,
      feedId: '',
    });
    for (const kind of ['track', 'room', 'speaker', 'session'] as const) {
      expect(feedOfRoute(`/api/events/:eventId/${kind}s/:id/calendar.ics`, { eventId: EVENT, id: TRACK })).toEqual({
        kind,
        eventId: EVENT,
        feedId: TRACK,
      });
    }
  });

  it("knows a personal feed only by its token's hash, never the token", () => {
    const feed = feedOfRoute('/api/agendas/:token/calendar.ics', { token: TOKEN });
    expect(feed).toEqual({ kind: 'personal', feedId: '', agendaTokenHash: hashAgendaToken(TOKEN) });
    expect(JSON.stringify(feed)).not.toContain(TOKEN);
    expect(feedOfRoute('/api/agendas/:token/calendar.ics', { token: 'short' })).toBeUndefined();
  });

  it('ignores every other route', () => {
    expect(feedOfRoute('/api/events/:eventId/schedule.xml', { eventId: EVENT })).toBeUndefined();
    expect(feedOfRoute(undefined, {})).toBeUndefined();
  });
});

describe('FeedReachBuffer', () => {
  const feed = { kind: 'event' as const, eventId: EVENT, feedId: '' };

  it('counts fetches, 304s and distinct clients per day and feed', () => {
    const buffer = new FeedReachBuffer();
    const alice = clientDigest(feed, '203.0.113.1', 'Cal/1');
    buffer.add('2026-11-27', feed, alice, false);
    buffer.add('2026-11-27', feed, alice, true);
    buffer.add('2026-11-27', feed, clientDigest(feed, '203.0.113.2', 'Cal/1'), true);
    buffer.add('2026-11-28', feed, alice, true);
    expect(buffer.size).toBe(3);
    const drained = buffer.drain();
    expect(drained.map((e) => [e.day, e.fetches, e.notModified, e.clients.size])).toEqual([
      ['2026-11-27', 3, 2, 2],
      ['2026-11-28', 1, 1, 1],
    ]);
    expect(buffer.isEmpty).toBe(true);
    expect(buffer.size).toBe(0);
  });

  it('tells clients apart by address and user agent, per feed', () => {
    const other = { ...feed, kind: 'track' as const, feedId: TRACK };
    const digests = new Set([
      clientDigest(feed, '203.0.113.1', 'Cal/1'),
      clientDigest(feed, '203.0.113.1', 'Cal/2'),
      clientDigest(feed, '203.0.113.9', 'Cal/1'),
      clientDigest(other, '203.0.113.1', 'Cal/1'),
    ]);
    expect(digests.size).toBe(4);
    expect(clientDigest(feed, '203.0.113.1', 'Cal/1')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('flushRows', () => {
  const agendaFeed = (token: string) => feedOfRoute('/api/agendas/:token/calendar.ics', { token })!;
  const entry = (feed: ReturnType<typeof agendaFeed>, clients: string[], fetches = clients.length) => ({
    day: '2026-11-27',
    feed,
    fetches,
    notModified: 0,
    clients: new Set(clients),
  });

  it('merges personal feeds into one per event, salts every client hash and drops feeds of unknown events', () => {
    const a = agendaFeed('a'.repeat(43));
    const b = agendaFeed('b'.repeat(43));
    const gone = agendaFeed('c'.repeat(43));
    const { daily, clients } = flushRows(
      [
        entry(a, ['d1', 'd2'], 5),
        entry(b, ['d3']),
        entry(gone, ['d4']),
        entry({ kind: 'event', eventId: 'deleted', feedId: '' }, ['d5']),
      ],
      (hash) => (hash === gone.agendaTokenHash ? undefined : EVENT),
      (id) => id === EVENT,
      () => 'salt-of-the-day',
    );
    expect(daily).toEqual([
      { eventId: EVENT, day: '2026-11-27', kind: 'personal', feedId: '', fetches: 6, notModified: 0 },
    ]);
    expect(clients.map((c) => c.clientHash)).toEqual(
      ['d1', 'd2', 'd3'].map((d) => saltedClientHash('salt-of-the-day', d)),
    );
    expect(JSON.stringify({ daily, clients })).not.toMatch(/agendaTokenHash|"d1"/);
  });

  it("gives the same client another hash under another day's salt", () => {
    expect(saltedClientHash('monday', 'digest')).not.toBe(saltedClientHash('tuesday', 'digest'));
  });
});

describe('utcDay', () => {
  it('is the UTC date, whatever the host zone', () => {
    expect(utcDay(new Date('2026-11-27T23:59:59.999Z'))).toBe('2026-11-27');
    expect(utcDay(new Date('2026-11-28T00:00:00+01:00'))).toBe('2026-11-27');
  });
});
