import { ADMIN, createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { EventStreamClient, openEventStream } from '../support/event-stream';
import { startSecondInstance } from '../support/instances';
import { ChangeLog, CHANGES_KEPT } from '../../src/live/change-log.service';
import { StreamHub } from '../../src/live/stream-hub.service';
import { TokensService } from '../../src/tokens/tokens.service';
import { UsersService } from '../../src/users/users.service';
import { describePostgresOnly } from '../support/requirements';

describe('Live stream of program changes', () => {
  let t: TestApp;
  let p: Program;
  const streams: EventStreamClient[] = [];
  const auth = () => ({ Authorization: `Bearer ${t.adminToken}` });
  const open = async (headers: Record<string, string> = auth(), eventId = p.eventId) => {
    const stream = await openEventStream(t.app, `/api/events/${eventId}/stream`, headers);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    t = await createTestApp({ LIVE_HEARTBEAT_MS: '200' });
  });
  afterEach(() => streams.splice(0).forEach((stream) => stream.close()));
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  it('answers like other organizer routes: 400 bad id, 404 draft to outsiders, 401 anonymous, 403 other event’s token', async () => {
    expect((await open({}, 'not_a_uuid!')).status).toBe(400);
    expect((await open({})).status).toBe(404);
    await t.http().post(`${p.base}/publish`).expect(200);
    expect((await open({})).status).toBe(401);
    const other = await createProgram(t.http);
    const admin = (await t.app.get(UsersService).findByEmail(ADMIN.email))!;
    const { token } = await t.app
      .get(TokensService)
      .create({ userId: admin.id, isAdmin: true }, { name: 'other', scopes: ['read'], eventId: other.eventId });
    expect((await open({ Authorization: `Bearer ${token}` })).status).toBe(403);
  });

  it('streams each program write as a numbered change, and nothing for a refused write', async () => {
    const stream = await open();
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    await stream.waitFor((m) => m.event === 'ready');

    const session = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
    await t
      .http()
      .patch(`${p.base}/sessions/${session.id}`)
      .send({ roomId: p.roomB.id, version: session.version })
      .expect(200);
    await t
      .http()
      .post(`${p.base}/sessions`)
      .send(buildSession({ roomId: p.roomB.id }))
      .expect(409);
    const room = await create(t.http, `${p.base}/rooms`, { name: 'Room C', capacity: 10 });
    await create(t.http, `${p.base}/sessions/${session.id}/presentations`, { title: 'Paper', durationMinutes: 10 });
    await t.http().delete(`${p.base}/sessions/${session.id}`).expect(204);
    await t.http().post(`${p.base}/publish`).expect(200);

    await stream.waitFor((m) => m.data.kind === 'event.published');
    const changes = stream.messages.filter((m) => m.event === 'change').map((m) => m.data);
    expect(changes.map((c) => [c.kind, c.entityId ?? null])).toEqual([
      ['session.created', session.id],
      ['session.updated', session.id],
      ['room.created', room.id],
      ['presentation.created', expect.any(String)],
      ['session.deleted', session.id],
      ['event.published', null],
    ]);
    expect(changes[3].sessionId).toBe(session.id);
    const ids = stream.messages.filter((m) => m.event === 'change').map((m) => Number(m.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resumes after Last-Event-ID with exactly the changes missed', async () => {
    const first = await open();
    const seen = await create(t.http, `${p.base}/tracks`, { name: 'Seen' });
    const last = await first.waitFor((m) => m.data.entityId === seen.id);
    first.close();
    const missed = [
      await create(t.http, `${p.base}/tracks`, { name: 'Missed 1' }),
      await create(t.http, `${p.base}/speakers`, { name: 'Missed 2' }),
    ];
    const again = await open({ ...auth(), 'Last-Event-ID': last.id! });
    await again.waitFor((m) => m.data.entityId === missed[1].id);
    expect(again.messages.filter((m) => m.event === 'change').map((m) => m.data.entityId)).toEqual(
      missed.map((x) => x.id),
    );
    const future = await open({ ...auth(), 'Last-Event-ID': String(Number(last.id) + 1_000_000) });
    await future.waitFor((m) => m.event === 'reset');
  });

  it('keeps a bounded log per event, and answers a resume from beyond it with reset', async () => {
    const log = t.app.get(ChangeLog);
    const first = await open();
    const track = await create(t.http, `${p.base}/tracks`, { name: 'Oldest' });
    const oldest = await first.waitFor((m) => m.data.entityId === track.id);
    first.close();
    for (let i = 0; i < CHANGES_KEPT + 45; i++)
      await log.record(p.eventId, { entity: 'program', action: 'replaced' }, null);
    const { count } = await log.bounds(p.eventId);
    expect(count).toBeGreaterThanOrEqual(CHANGES_KEPT);
    expect(count).toBeLessThanOrEqual(CHANGES_KEPT + 45);
    const again = await open({ ...auth(), 'Last-Event-ID': oldest.id! });
    await again.waitFor((m) => m.event === 'reset');
    expect(again.messages.filter((m) => m.event === 'change')).toEqual([]);
  }, 120_000);

  it('sends heartbeat comments and forgets a client once it disconnects', async () => {
    const hub = t.app.get(StreamHub);
    const before = hub.openStreams;
    const stream = await open();
    await stream.waitForComment((c) => c === 'heartbeat', 3000);
    expect(hub.openStreams).toBe(before + 1);
    stream.close();
    const deadline = Date.now() + 3000;
    while (hub.openStreams !== before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(hub.openStreams).toBe(before);
  });
});

describe('Live stream at shutdown', () => {
  it('ends open streams so the app closes', async () => {
    const t = await createTestApp();
    const p = await createProgram(t.http);
    const stream = await openEventStream(t.app, `/api/events/${p.eventId}/stream`, {
      Authorization: `Bearer ${t.adminToken}`,
    });
    await stream.waitFor((m) => m.event === 'ready');
    await t.close();
    await stream.waitFor((m) => m.event === 'closing', 2000);
  });
});

describePostgresOnly('Live stream across two API instances (PostgreSQL LISTEN/NOTIFY)', () => {
  it('delivers a write made through one instance to a stream held by the other within a second', async () => {
    const a = await createTestApp();
    const b = await startSecondInstance(a);
    try {
      const p = await createProgram(a.http);
      const stream = await openEventStream(b.app, `/api/events/${p.eventId}/stream`, {
        Authorization: `Bearer ${a.adminToken}`,
      });
      await stream.waitFor((m) => m.event === 'ready');
      const started = Date.now();
      const session = await create(a.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      await stream.waitFor((m) => m.data.entityId === session.id, 1000);
      expect(Date.now() - started).toBeLessThan(1000);
      stream.close();
    } finally {
      await b.app.close();
      await a.close();
    }
  });

  it('listens again after losing its connection and catches up on what it missed', async () => {
    const t = await createTestApp();
    try {
      const p = await createProgram(t.http);
      const stream = await openEventStream(t.app, `/api/events/${p.eventId}/stream`, {
        Authorization: `Bearer ${t.adminToken}`,
      });
      await stream.waitFor((m) => m.event === 'ready');
      const [{ killed }] = await t.dataSource.query(
        `SELECT count(pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity
         WHERE datname = current_database() AND query = 'LISTEN program_changes' AND pid <> pg_backend_pid()`,
      );
      expect(killed).toBeGreaterThan(0);
      const session = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      await stream.waitFor((m) => m.data.entityId === session.id, 5000);
      stream.close();
    } finally {
      await t.close();
    }
  });
});
