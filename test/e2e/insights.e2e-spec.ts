import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { AgendaEntity } from '../../src/agendas/agenda.entity';
import { backfillAgendaStars } from '../../src/database/migrations/1764290000000-Insights';
import { insertRows } from '../../src/database/insert-rows';
import { createTestApp, TestApp } from '../create-test-app';
import { buildRoom, buildSession, buildSlot, create, createProgram, Program } from '../factories/program.factory';
import { createUser, login, withCookie } from '../support/auth';

/**
 * A crafted program (Europe/Berlin, no-show rate 20 % by default):
 *   day 1, 09:00-10:00  Room B (30): s1 popular, 50 stars  | Room A (100): s2 quiet, 5 stars
 *                       Big Hall (200): s3, 30 stars, 150 expected | Studio (40): free
 *   day 1, 11:00        Room B: s5, 5 stars, cancelled after starring
 *   day 2, 09:00-10:00  Room B: s7, no stars but 100 expected    | 10:00-11:00 Room A: s4, 10 stars
 *   backlog             s6, 5 stars
 */
describe('Insights: session interest and room fit', () => {
  let t: TestApp;
  let p: Program;
  let bigHall: { id: string };
  let studio: { id: string };
  let slot: { id: string };
  const s: Record<string, any> = {};
  const agendaTokens: string[] = [];

  const at = (day: 10 | 11, hour: number) => `2026-03-${day}T${String(hour).padStart(2, '0')}:00:00+01:00`;
  const insights = (query = '') =>
    t
      .http()
      .get(`${p.base}/insights${query}`)
      .expect(200)
      .then((res) => res.body);
  const star = async (count: number, sessionIds: string[]) => {
    for (let i = 0; i < count; i++) {
      const res = await t.anon().post(`${p.base}/agendas`).send({ sessionIds }).expect(201);
      agendaTokens.push(res.body.token);
    }
  };

  beforeAll(async () => {
    // 57 agendas from one test client: above the per-address limit of anonymous agenda creations
    t = await createTestApp({ AGENDA_CREATES_PER_HOUR: '1000', AGENDA_CREATES_PER_DAY: '1000' });
    p = await createProgram(t.http);
    bigHall = await create(t.http, `${p.base}/rooms`, buildRoom({ name: 'Big Hall', capacity: 200 }));
    studio = await create(t.http, `${p.base}/rooms`, buildRoom({ name: 'Studio', capacity: 40 }));
    slot = await create(
      t.http,
      `${p.base}/slots`,
      buildSlot({ startsAt: at(10, 9), endsAt: at(10, 10), label: 'Morning' }),
    );
    const session = (key: string, body: Record<string, unknown>) =>
      create(t.http, `${p.base}/sessions`, buildSession({ title: key, ...body })).then((created) => (s[key] = created));
    await session('s1', {
      roomId: p.roomB.id,
      trackId: p.track.id,
      startsAt: at(10, 9),
      endsAt: at(10, 10),
      expectedAttendance: 20,
    });
    await session('s2', { roomId: p.roomA.id, trackId: p.track.id, startsAt: at(10, 9), endsAt: at(10, 10) });
    await session('s3', { roomId: bigHall.id, startsAt: at(10, 9), endsAt: at(10, 10), expectedAttendance: 150 });
    await session('s4', { roomId: p.roomA.id, startsAt: at(11, 10), endsAt: at(11, 11) });
    await session('s5', { roomId: p.roomB.id, startsAt: at(10, 11), endsAt: at(10, 12) });
    await session('s6', { startsAt: null, endsAt: null, durationMinutes: 30 });
    await session('s7', { roomId: p.roomB.id, startsAt: at(11, 9), endsAt: at(11, 10), expectedAttendance: 100 });
    await t.http().post(`${p.base}/publish`).expect(200);
    await star(25, [s.s1.id, s.s3.id]);
    await star(20, [s.s1.id]);
    await star(5, [s.s1.id, s.s2.id, s.s4.id]);
    await star(5, [s.s3.id, s.s4.id, s.s5.id, s.s6.id]);
    await star(2, []);
    await t.http().patch(`${p.base}/sessions/${s.s5.id}`).send({ status: 'cancelled' }).expect(200);
  });
  afterAll(() => t.close());

  it('counts the agendas starring each session, with its share of all agendas', async () => {
    const body = await insights();
    const stars = Object.fromEntries(body.sessions.map((x: any) => [x.title, x.stars]));
    expect(stars).toEqual({ s1: 50, s2: 5, s3: 30, s4: 10, s5: 5, s6: 5, s7: 0 });
    expect(body.totals).toEqual({ agendas: 57, agendasWithStars: 55, stars: 105, sessions: 7 });
    const s1 = body.sessions.find((x: any) => x.id === s.s1.id);
    expect(s1).toMatchObject({
      roomId: p.roomB.id,
      trackId: p.track.id,
      day: '2026-03-10',
      startsAt: '2026-03-10T09:00:00+01:00',
      share: 0.8772,
      expectedAttendance: 20,
      projectedAttendance: 40,
      capacity: 30,
    });
    expect(body.sessions.map((x: any) => x.title)).toEqual(['s1', 's2', 's3', 's5', 's7', 's4', 's6']); // by start, backlog last
  });

  it('sums interest per track, room, day and slot over sessions that will happen (cancelled ones left out)', async () => {
    const body = await insights();
    expect(body.tracks).toEqual([
      { id: p.track.id, name: p.track.name, sessions: 2, stars: 55, peakSessionId: s.s1.id, peakStars: 50 },
    ]);
    const rooms = Object.fromEntries(
      body.rooms.map((r: any) => [r.name, [r.sessions, r.stars, r.peakStars, r.capacity]]),
    );
    expect(rooms).toEqual({
      'Room A': [2, 15, 10, 100],
      'Room B': [2, 50, 50, 30],
      'Big Hall': [1, 30, 30, 200],
      Studio: [0, 0, 0, 40],
    });
    expect(body.days.map((d: any) => [d.id, d.sessions, d.stars, d.peakSessionId])).toEqual([
      ['2026-03-10', 3, 85, s.s1.id],
      ['2026-03-11', 2, 10, s.s4.id],
    ]);
    expect(body.slots).toEqual([
      expect.objectContaining({ id: slot.id, name: 'Morning', sessions: 3, stars: 85, kind: 'parallel' }),
    ]);
    expect(body.grid.days).toEqual([
      { date: '2026-03-10', startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00' },
      { date: '2026-03-11', startsAt: '2026-03-11T09:00:00+01:00', endsAt: '2026-03-11T11:00:00+01:00' },
    ]);
  });

  it('lists sessions that overflow their room with a free bigger room and a swap with a less popular parallel session', async () => {
    const { roomFit } = await insights();
    expect(
      roomFit.overflows.map((o: any) => [o.title, o.projectedAttendance, o.capacity, o.overflowBy, o.basis]),
    ).toEqual([
      ['s7', 80, 30, 50, 'expected'],
      ['s1', 40, 30, 10, 'interest'],
    ]);
    const [s7, s1] = roomFit.overflows;
    expect(s7.suggestions.map((x: any) => [x.kind, x.roomName])).toEqual([
      ['move', 'Room A'],
      ['move', 'Big Hall'],
    ]);
    expect(s1.suggestions).toEqual([
      {
        kind: 'move',
        roomId: studio.id,
        roomName: 'Studio',
        capacity: 40,
        steps: [{ sessionId: s.s1.id, ifMatch: s.s1.version, roomId: studio.id }],
      },
      {
        kind: 'swap',
        roomId: p.roomA.id,
        roomName: 'Room A',
        capacity: 100,
        withSessionId: s.s2.id,
        withTitle: 's2',
        withProjectedAttendance: 4,
        steps: [
          { sessionId: s.s2.id, ifMatch: s.s2.version, roomId: null },
          { sessionId: s.s1.id, ifMatch: s.s1.version, roomId: p.roomA.id },
          { sessionId: s.s2.id, ifMatch: s.s2.version + 1, roomId: p.roomB.id },
        ],
      },
    ]);
  });

  it('takes the no-show rate from the query, and refuses one outside 0..0.95', async () => {
    const { noShowRate, roomFit } = await insights('?noShowRate=0.5');
    expect(noShowRate).toBe(0.5);
    expect(roomFit.overflows.map((o: any) => [o.title, o.projectedAttendance])).toEqual([['s7', 50]]);
    const res = await t.http().get(`${p.base}/insights?noShowRate=2`).expect(400);
    expect(res.body.message).toEqual(['noShowRate must not be greater than 0.95']);
  });

  it("is for the event's organizers only", async () => {
    await t.anon().get(`${p.base}/insights`).expect(401);
    await t.anon().get(`${p.base}/insights.csv`).expect(401);
    const stranger = await createUser(t);
    const { cookie } = await login(t, stranger.email, stranger.password);
    await withCookie(t, cookie)().get(`${p.base}/insights`).expect(403);
    await t.http().get(`/api/events/${randomUUID()}/insights`).expect(404);
  });

  it('exports the sessions with interest and room fit as CSV for spreadsheets', async () => {
    const res = await t.http().get(`${p.base}/insights.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const rows: Record<string, string>[] = parse(res.text.slice(1), { columns: true });
    const s1 = rows.find((row) => row.session_id === s.s1.id)!;
    expect(s1).toMatchObject({
      title: 's1',
      day: '2026-03-10',
      start: '2026-03-10 09:00',
      end: '2026-03-10 10:00',
      time_zone: 'Europe/Berlin',
      room: 'Room B',
      capacity: '30',
      track: p.track.name,
      stars: '50',
      projected_attendance: '40',
      overflow_by: '10',
      suggestions: 'move to Studio (40); swap rooms with "s2" (Room A, 100)',
    });
    expect(rows).toHaveLength(7);
  });

  it('applies a swap suggestion through the normal write path without a clash, after which the session fits', async () => {
    const { roomFit } = await insights();
    const swap = roomFit.overflows
      .find((o: any) => o.sessionId === s.s1.id)
      .suggestions.find((x: any) => x.kind === 'swap');
    for (const step of swap.steps) {
      await t
        .http()
        .patch(`${p.base}/sessions/${step.sessionId}`)
        .set('If-Match', `"${step.ifMatch}"`)
        .send({ roomId: step.roomId })
        .expect(200);
    }
    const after = await insights();
    expect(after.roomFit.overflows.map((o: any) => o.title)).toEqual(['s7']);
    expect(after.sessions.find((x: any) => x.id === s.s1.id)).toMatchObject({ roomId: p.roomA.id, capacity: 100 });
    expect(after.sessions.find((x: any) => x.id === s.s2.id)).toMatchObject({ roomId: p.roomB.id });
  });

  it('follows agendas as they change, are revoked, or are written by raw inserts (restores)', async () => {
    const s4Stars = async () => (await insights()).sessions.find((x: any) => x.id === s.s4.id).stars;
    await t
      .anon()
      .put(`/api/agendas/${agendaTokens[0]}`)
      .send({ sessionIds: [s.s4.id] })
      .expect(200);
    expect(await s4Stars()).toBe(11);
    await t.anon().delete(`/api/agendas/${agendaTokens[0]}`).expect(204);
    expect(await s4Stars()).toBe(10);
    const now = new Date();
    await t.dataSource.transaction((manager) =>
      insertRows(manager, AgendaEntity, [
        {
          id: randomUUID(),
          eventId: p.eventId,
          tokenHash: randomUUID().replace(/-/g, '').repeat(2),
          sessionIds: [s.s4.id.toUpperCase()],
          version: 1,
          createdAt: now,
          updatedAt: now,
        },
      ]),
    );
    expect(await s4Stars()).toBe(11);
  });

  it('serves the organizer page shell outside /api: no data in it, its script and stylesheet bundled', async () => {
    const page = await t.anon().get(`/organizer/events/${p.eventId}/insights`).expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain(`data-event-id="${p.eventId}"`);
    expect(page.text).not.toContain(s.s1.id); // the figures come from the guarded API, never the shell
    const script = /src="(\/organizer\/assets\/insights\.js\?v=\w+)"/.exec(page.text)![1];
    const js = await t.anon().get(script).expect(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.text).toContain('/insights');
    await t.anon().get('/organizer/assets/insights.css').expect(200).expect('content-type', 'text/css; charset=utf-8');
    await t.anon().get('/organizer/assets/secrets.env').expect(404);
    await t.anon().get('/organizer/events/not-a-uuid/insights').expect(400);
  });

  it('backfills the stars of agendas written before the migration', async () => {
    const before = (await insights()).sessions.map((x: any) => [x.id, x.stars]);
    await t.dataSource.query('DELETE FROM agenda_stars');
    expect((await insights()).totals.stars).toBe(0);
    const runner = t.dataSource.createQueryRunner();
    try {
      await backfillAgendaStars(runner);
    } finally {
      await runner.release();
    }
    expect((await insights()).sessions.map((x: any) => [x.id, x.stars])).toEqual(before);
  });
});
