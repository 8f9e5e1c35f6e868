import { parse } from 'csv-parse/sync';
import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { dumpDatabase, freezeClock } from '../support/auth';

const ALICE = { ip: '203.0.113.77', agent: 'ProbeCalendar/9.1 (alice-unique-agent-marker)' };
const BOB = { ip: '198.51.100.23', agent: 'OtherCalendar/2.0 (bob-unique-agent-marker)' };
type Client = typeof ALICE;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const utcDate = (at: Date) => at.toISOString().slice(0, 10);

/** Calendar apps polling feeds, seen through a reverse proxy (TRUST_PROXY) so each has its own address. */
describe('Insights: feed reach', () => {
  let t: TestApp;
  let p: Program;
  let agendas: string[];
  let setNow: (next: Date) => void;
  const today = new Date(Date.UTC(2026, 10, 27, 12, 0, 0));

  const fetchFeed = (client: Client, path: string, etag?: string): request.Test => {
    const req = t.anon().get(path).set('X-Forwarded-For', client.ip).set('User-Agent', client.agent);
    return etag ? req.set('If-None-Match', etag) : req;
  };
  const reach = async () => (await t.http().get(`${p.base}/insights`).expect(200)).body.feedReach;
  const feedOf = (feeds: any[], kind: string) => feeds.find((feed) => feed.kind === kind);

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true' });
    await t.dataSource.query('DELETE FROM feed_reach_salts'); // belongs to no event: a PostgreSQL test database keeps it between runs
    setNow = freezeClock(t, today);
    p = await createProgram(t.http);
    const talk = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id, trackId: p.track.id }));
    await t.http().post(`${p.base}/publish`).expect(200);
    agendas = [];
    for (let i = 0; i < 2; i++)
      agendas.push(
        (
          await t
            .anon()
            .post(`${p.base}/agendas`)
            .send({ sessionIds: [talk.id] })
            .expect(201)
        ).body.token,
      );

    const eventFeed = `${p.base}/calendar.ics`;
    const first = await fetchFeed(ALICE, eventFeed).expect(200);
    await fetchFeed(ALICE, eventFeed, first.headers.etag).expect(304);
    await fetchFeed(ALICE, eventFeed, first.headers.etag).expect(304);
    await fetchFeed(BOB, eventFeed).expect(200);
    await fetchFeed(ALICE, `${p.base}/tracks/${p.track.id}/calendar.ics`).expect(200);
    const personal = await fetchFeed(ALICE, `/api/agendas/${agendas[0]}/calendar.ics`).expect(200);
    await fetchFeed(ALICE, `/api/agendas/${agendas[0]}/calendar.ics`, personal.headers.etag).expect(304);
    await fetchFeed(BOB, `/api/agendas/${agendas[1]}/calendar.ics`).expect(200);
    await fetchFeed(BOB, `${p.base}/tracks/${randomUUID()}/calendar.ics`).expect(404);
    await fetchFeed(BOB, `/api/agendas/${'x'.repeat(43)}/calendar.ics`).expect(404);
  });
  afterAll(() => t.close());

  it('counts fetches per feed and day, 304 answers included, and distinct subscribers', async () => {
    const { days, feeds } = await reach();
    const day = utcDate(today);
    expect(feedOf(feeds, 'event')).toEqual({
      kind: 'event',
      name: 'Whole event',
      fetches: 4,
      notModified: 2,
      peakSubscribers: 2,
      days: [{ day, fetches: 4, notModified: 2, subscribers: 2 }],
    });
    expect(feedOf(feeds, 'track')).toMatchObject({
      id: p.track.id,
      name: p.track.name,
      fetches: 1,
      notModified: 0,
      peakSubscribers: 1,
    });
    // All personal feeds together, never one row per agenda: two agendas fetched, one of them twice.
    expect(feedOf(feeds, 'personal')).toMatchObject({
      name: 'Personal agendas',
      fetches: 3,
      notModified: 1,
      peakSubscribers: 2,
    });
    expect(feedOf(feeds, 'personal').id).toBeUndefined();
    expect(feeds).toHaveLength(3); // the 404s counted nowhere
    expect(days).toEqual([{ day, fetches: 8, notModified: 3, subscriptions: 5 }]);
  });

  it('stores no address, user agent or token, in clear or as a plain hash', async () => {
    await reach(); // flushed
    const dump = await dumpDatabase(t.dataSource);
    for (const secret of [ALICE.ip, BOB.ip, ALICE.agent, BOB.agent, 'alice-unique-agent-marker']) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(sha256(secret));
    }
    // Tokens: never in clear (the agendas table keeps their SHA-256, as before this feature).
    for (const token of agendas) expect(dump).not.toContain(token);
    const clients: Record<string, string>[] = await t.dataSource.query('SELECT * FROM feed_reach_clients');
    expect(clients.length).toBe(5);
    for (const row of clients) {
      expect(Object.keys(row).sort()).toEqual(['client_hash', 'day', 'event_id', 'feed_id', 'feed_kind']);
      expect(row.client_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.feed_id).toMatch(/^$|^[0-9a-f-]{36}$/);
    }
    // No agenda can be told from another: personal feeds are stored under the event with an empty feed id.
    expect(clients.filter((row) => row.feed_kind === 'personal').map((row) => row.feed_id)).toEqual(['', '']);
  });

  it("deletes the day's client hashes and salt once the day is over, keeping only the aggregates", async () => {
    const day1 = utcDate(today);
    const hashesDay1 = (await t.dataSource.query('SELECT client_hash FROM feed_reach_clients')).map(
      (r: any) => r.client_hash,
    );
    expect(await t.dataSource.query('SELECT day FROM feed_reach_salts')).toEqual([{ day: day1 }]);

    const nextDay = new Date(Date.UTC(2026, 10, 28, 0, 30, 0));
    setNow(nextDay);
    await fetchFeed(ALICE, `${p.base}/calendar.ics`).expect(200);
    const { feeds } = await reach();

    const day2 = utcDate(nextDay);
    expect(await t.dataSource.query('SELECT day FROM feed_reach_salts')).toEqual([{ day: day2 }]);
    const left: { day: string; client_hash: string }[] = await t.dataSource.query(
      'SELECT day, client_hash FROM feed_reach_clients',
    );
    expect(left.map((row) => row.day)).toEqual([day2]);
    expect(hashesDay1).not.toContain(left[0].client_hash); // a new salt: the same client cannot be linked across days
    expect(feedOf(feeds, 'event').days).toEqual([
      { day: day1, fetches: 4, notModified: 2, subscribers: 2 },
      { day: day2, fetches: 1, notModified: 0, subscribers: 1 },
    ]);
  });

  it('exports feed reach per feed and day as CSV', async () => {
    const res = await t.http().get(`${p.base}/insights/feed-reach.csv`).expect(200);
    const rows: Record<string, string>[] = parse(res.text.replace(/^\uFEFF/, ''), { columns: true });
    expect(rows.map((row) => [row.day_utc, row.feed_kind, row.fetches, row.not_modified, row.subscribers])).toEqual([
      ['2026-11-27', 'event', '4', '2', '2'],
      ['2026-11-27', 'personal', '3', '1', '2'],
      ['2026-11-27', 'track', '1', '0', '1'],
      ['2026-11-28', 'event', '1', '0', '1'],
    ]);
    await t.anon().get(`${p.base}/insights/feed-reach.csv`).expect(401);
  });
});

describe('Insights: feed reach switched off (FEED_REACH=false)', () => {
  it('records nothing', async () => {
    const t = await createTestApp({ FEED_REACH: 'false' });
    try {
      const p = await createProgram(t.http);
      await create(t.http, `${p.base}/sessions`, buildSession());
      await t.http().post(`${p.base}/publish`).expect(200);
      await t.anon().get(`${p.base}/calendar.ics`).expect(200);
      const { body } = await t.http().get(`${p.base}/insights`).expect(200);
      expect(body.feedReach).toEqual({ days: [], feeds: [] });
      expect(await t.dataSource.query('SELECT * FROM feed_reach_clients')).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
