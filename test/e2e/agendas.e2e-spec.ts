import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { parseCalendar } from '../support/ical';

const pad = (n: number) => String(n).padStart(2, '0');

describe('Personal agendas', () => {
  let t: TestApp;
  let p: Program;
  let talks: { id: string; title: string }[];

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
    talks = [];
    for (const [i, hour] of [9, 11, 14].entries()) {
      talks.push(
        await create(
          t.http,
          `${p.base}/sessions`,
          buildSession({
            title: `Talk ${i}`,
            startsAt: `2026-03-10T${pad(hour)}:00:00+01:00`,
            endsAt: `2026-03-10T${pad(hour + 1)}:00:00+01:00`,
          }),
        ),
      );
    }
    await t.http().post(`${p.base}/publish`).expect(200);
  });

  const star = (sessionIds: string[]) => t.http().post(`${p.base}/agendas`).send({ sessionIds });

  it('creates an agenda with an unguessable token and feed links', async () => {
    const res = await star([talks[0].id, talks[2].id]);
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      eventId: p.eventId,
      sessionIds: [talks[0].id, talks[2].id],
      feedUrl: `https://agenda.example/api/agendas/${res.body.token}/calendar.ics`,
      webcalUrl: `webcal://agenda.example/api/agendas/${res.body.token}/calendar.ics`,
      version: 1,
    });
    const second = await star([talks[0].id]);
    expect(second.body.token).not.toBe(res.body.token);
  });

  it('stores only a hash of the token and nothing personal', async () => {
    const { body } = await star([talks[0].id]);
    const rows = await t.dataSource.query('SELECT * FROM agendas');
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(body.token);
    expect(Object.keys(rows[0]).sort()).toEqual([
      'created_at',
      'event_id',
      'id',
      'last_used_at',
      'session_ids',
      'token_hash',
      'updated_at',
      'version',
    ]);
  });

  it('serves the starred sessions as a personal feed that follows changes', async () => {
    const { body } = await star([talks[0].id, talks[1].id]);
    const feed = await t.http().get(`/api/agendas/${body.token}/calendar.ics`).expect(200);
    expect(feed.headers['cache-control']).toBe('private, max-age=300');
    const parsed = parseCalendar(feed.text);
    expect(parsed.events.map((e) => e.summary)).toEqual(['Talk 0', 'Talk 1']);
    expect(parsed.props['X-WR-CALNAME']).toMatch(/: My agenda$/);

    await t
      .http()
      .put(`/api/agendas/${body.token}`)
      .send({ sessionIds: [talks[2].id] })
      .expect(200);
    const changed = await t
      .http()
      .get(`/api/agendas/${body.token}/calendar.ics`)
      .set('If-None-Match', feed.headers.etag)
      .expect(200);
    expect(parseCalendar(changed.text).events.map((e) => e.summary)).toEqual(['Talk 2']);

    await t.http().patch(`${p.base}/sessions/${talks[2].id}`).send({ status: 'cancelled' }).expect(200);
    await t.http().post(`${p.base}/publish`).expect(200);
    const cancelled = await t.http().get(`/api/agendas/${body.token}/calendar.ics`).expect(200);
    expect(parseCalendar(cancelled.text).events[0]).toMatchObject({
      status: 'CANCELLED',
      summary: 'Cancelled: Talk 2',
    });
  });

  it('reads and replaces an agenda by token', async () => {
    const { body } = await star([talks[0].id]);
    const read = await t.http().get(`/api/agendas/${body.token}`).expect(200);
    expect(read.body.sessionIds).toEqual([talks[0].id]);
    const put = await t
      .http()
      .put(`/api/agendas/${body.token}`)
      .send({ sessionIds: [talks[1].id, talks[1].id] })
      .expect(200);
    expect(put.body).toMatchObject({ sessionIds: [talks[1].id], version: 2 });
  });

  it('revokes an agenda: its token and feed then answer 404', async () => {
    const { body } = await star([talks[0].id]);
    await t.http().delete(`/api/agendas/${body.token}`).expect(204);
    await t.http().get(`/api/agendas/${body.token}`).expect(404);
    await t.http().get(`/api/agendas/${body.token}/calendar.ics`).expect(404);
  });

  it('answers unknown and malformed tokens with the same 404', async () => {
    const unknown = await t.http().get(`/api/agendas/${'A'.repeat(43)}`);
    const malformed = await t.http().get('/api/agendas/short');
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(unknown.body).toEqual(malformed.body);
    expect(unknown.body).toEqual({ statusCode: 404, error: 'Not Found', message: ['agenda not found'] });
  });

  it('refuses sessions of another event and bad ids', async () => {
    const other = await createProgram(t.http);
    const foreign = await create(t.http, `${other.base}/sessions`, buildSession());
    const res = await star([foreign.id]);
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['sessionIds refers to sessions not in this event']);
    const bad = await star(['nope']);
    expect(bad.status).toBe(400);
    expect(bad.body.message[0]).toMatch(/^sessionIds/);
  });

  it('is unavailable for draft events', async () => {
    const draft = await createProgram(t.http);
    const session = await create(t.http, `${draft.base}/sessions`, buildSession());
    await t
      .http()
      .post(`${draft.base}/agendas`)
      .send({ sessionIds: [session.id] })
      .expect(404);
  });
});
