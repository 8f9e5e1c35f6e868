import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Pool } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup';
import { WorkingDocuments } from '../../src/program-read/working-documents.service';
import { createTestApp, TestApp } from '../create-test-app';
import { createUser, freezeClock, login, minutes, OWN_ORIGIN } from '../support/auth';
import { startSecondInstance } from '../support/instances';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';

/** Headers that differ between any two answers (a clock, a fresh id). */
const PER_ANSWER = new Set(['date', 'x-request-id']);
const comparable = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_ANSWER.has(name)));

type Headers = Record<string, string>;
const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });
const cookie = (secret: string): Headers => ({ cookie: `agenda_session=${secret}` });

/** A request through the whole fastify lifecycle, with the bytes as they leave the server. */
const get = (app: NestFastifyApplication, url: string, headers: Headers = {}) =>
  app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });
const json = (response: { payload: string }) => JSON.parse(response.payload);

/**
 * Organizers' reads come from documents prepared per program_version of the working copy, and a
 * repeated one is answered before Nest once one query proves the caller's access. The references:
 * a second app on the same database with both fast paths off, and the draft/published split (a
 * working title differs from the published one, so a wrong copy shows).
 */
describe(`organizer reads of the working copy on ${database}`, () => {
  let t: TestApp;
  let nest: NestFastifyApplication;
  let p: Program;
  let q: Program;
  let talk: any;
  let slug: string;
  let viewer: { secret: string; token: string };
  let outsider: { secret: string; token: string };
  let boundElsewhere: string;
  let nestSends: jest.SpyInstance;

  const as = (headers: Headers) => () => {
    const agent = request.agent(t.app.getHttpServer());
    for (const [name, value] of Object.entries(headers)) agent.set(name, value);
    return agent.set('Origin', OWN_ORIGIN);
  };

  async function person(role: 'viewer' | 'editor' | null, events: Program[]) {
    const user = await createUser(t);
    for (const event of events)
      if (role) await t.http().post(`${event.base}/members`).send({ email: user.email, role }).expect(201);
    const { secret } = await login(t, user.email, user.password);
    const token = (
      await as(cookie(secret))()
        .post('/api/tokens')
        .send({ name: 'read', scopes: ['read'] })
        .expect(201)
    ).body.token as string;
    return { id: user.id, secret, token };
  }

  /** Reads `url` once through Nest, which prepares its document and remembers the URL. */
  async function warm(url: string, headers: Headers) {
    const first = await get(t.app, url, headers);
    expect(first.statusCode).toBe(200);
    return first;
  }

  beforeAll(async () => {
    t = await createTestApp();
    nest = await createApp(
      { ...t.config, publicReadFastPath: false, organizerReadFastPath: false },
      { logger: ['error'] },
    );
    p = await createProgram(t.http);
    q = await createProgram(t.http);
    talk = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Published title',
        roomId: p.roomA.id,
        speakers: [{ speakerId: p.ada.id, role: 'speaker' }],
      }),
    );
    await create(t.http, `${q.base}/sessions`, buildSession({ title: 'Draft of another event' }));
    await t.http().patch(`${p.base}/speakers/${p.ada.id}`).send({ email: 'ada@example.org' }).expect(200);
    await t.http().post(`${p.base}/publish`).expect(200);
    talk = (
      await t
        .http()
        .patch(`${p.base}/sessions/${talk.id}`)
        .send({ title: 'Working title', version: talk.version })
        .expect(200)
    ).body;
    slug = (await t.anon().get(p.base).expect(200)).body.slug;
    viewer = await person('viewer', [p]);
    outsider = await person(null, []);
    const editor = await person('editor', [p, q]);
    boundElsewhere = (
      await as(cookie(editor.secret))()
        .post('/api/tokens')
        .send({ name: 'bound to Q', scopes: ['read', 'write'], eventId: q.eventId })
        .expect(201)
    ).body.token;
    nestSends = jest.spyOn(t.app.get(WorkingDocuments), 'send');
  });

  afterAll(async () => {
    await nest.close();
    await t.close();
  });

  const urls = () => [
    `${p.base}/sessions?limit=50`,
    `${p.base}/sessions/${talk.id}`,
    `${p.base}/speakers`,
    `${p.base}/rooms/${p.roomA.id}`,
    `/api/events/${slug}/sessions?limit=50`,
  ];

  it('answers a repeated organizer read without Nest, with the status, headers and bytes of the Nest path', async () => {
    const callers = [bearer(t.adminToken), cookie(viewer.secret), bearer(viewer.token)];
    for (const url of urls()) await warm(url, callers[0]);
    for (const caller of callers) await warm(urls()[0], caller); // a first use is recorded, through Nest
    nestSends.mockClear();
    for (const url of urls()) {
      for (const caller of callers) {
        for (const extra of [{}, { 'accept-encoding': 'gzip' }] as Headers[]) {
          const headers = { ...caller, ...extra };
          const fast = await get(t.app, url, headers);
          const reference = await get(nest, url, headers);
          expect({ url, status: fast.statusCode }).toEqual({ url, status: 200 });
          expect(comparable(fast.headers)).toEqual(comparable(reference.headers));
          expect(fast.rawPayload.equals(reference.rawPayload)).toBe(true);
        }
      }
    }
    expect(nestSends).not.toHaveBeenCalled();
    expect(json(await get(t.app, urls()[1], callers[1])).title).toBe('Working title');
    expect(json(await get(t.app, urls()[2], callers[1])).items[0].email).toBe('ada@example.org'); // organizers only
  });

  it('shows every write to the writer on the very next read, through the cache', async () => {
    const url = `${p.base}/sessions/${talk.id}`;
    const page = `${p.base}/sessions?limit=50`;
    for (let round = 1; round <= 4; round++) {
      const title = `Working title, round ${round}`;
      talk = (await t.http().patch(url).send({ title, version: talk.version }).expect(200)).body;
      expect((await t.http().get(url).expect(200)).body.title).toBe(title);
      expect((await t.http().get(page).expect(200)).body.items.map((s: any) => s.title)).toContain(title);
      nestSends.mockClear();
      expect((await t.http().get(url).expect(200)).body.title).toBe(title);
      expect(json(await get(t.app, url, cookie(viewer.secret))).title).toBe(title);
      expect(nestSends).not.toHaveBeenCalled(); // the repeats came from the prepared document
    }
    // a write elsewhere in the program that changes this answer: the speaker's name, the event's zone
    await t.http().patch(`${p.base}/speakers/${p.ada.id}`).send({ name: 'Ada King' }).expect(200);
    expect((await t.http().get(url).expect(200)).body.speakers[0].name).toBe('Ada King');
    await t.http().patch(p.base).send({ timezone: 'Europe/London' }).expect(200);
    expect((await t.http().get(url).expect(200)).body.startsAt).toBe('2026-03-10T08:00:00+00:00');
    await t.http().patch(p.base).send({ timezone: 'Europe/Berlin' }).expect(200);
    const scratch = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Scratch' }));
    await t.http().get(`${p.base}/sessions/${scratch.id}`).expect(200);
    await t.http().get(`${p.base}/sessions/${scratch.id}`).expect(200);
    await t.http().delete(`${p.base}/sessions/${scratch.id}`).expect(204);
    await t.http().get(`${p.base}/sessions/${scratch.id}`).expect(404);
  });

  it('never answers another event, or a caller without a role on this one, from the working copy', async () => {
    const url = `${p.base}/sessions/${talk.id}`;
    const draft = `${q.base}/sessions?limit=50`;
    await warm(url, bearer(t.adminToken));
    await warm(draft, bearer(t.adminToken));
    await warm(`${p.base}/speakers`, bearer(t.adminToken));
    for (const caller of [bearer(outsider.token), cookie(outsider.secret), bearer(boundElsewhere), {}]) {
      expect(json(await get(t.app, url, caller)).title).toBe('Published title');
      expect(json(await get(t.app, `${p.base}/speakers`, caller)).items[0].email).toBeUndefined();
    }
    for (const caller of [bearer(outsider.token), cookie(viewer.secret), bearer(viewer.token)]) {
      expect((await get(t.app, draft, caller)).statusCode).toBe(404);
    }
    expect(json(await get(t.app, draft, bearer(boundElsewhere))).items[0].title).toBe('Draft of another event');
  });

  it('follows membership, revocation, logout and session expiry at once', async () => {
    const url = `${p.base}/sessions/${talk.id}`;
    const member = await person('viewer', [p]);
    await warm(url, cookie(member.secret));
    expect(json(await get(t.app, url, bearer(member.token))).title).toMatch(/^Working title/);
    await t.http().delete(`${p.base}/members/${member.id}`).expect(204);
    expect(json(await get(t.app, url, bearer(member.token))).title).toBe('Published title');
    expect(json(await get(t.app, url, cookie(member.secret))).title).toBe('Published title');

    const tokens = (await as(cookie(viewer.secret))().get('/api/tokens').expect(200)).body.items;
    await as(cookie(viewer.secret))().delete(`/api/tokens/${tokens[0].id}`).expect(204);
    expect((await get(t.app, url, bearer(viewer.token))).statusCode).toBe(401);

    const leaving = await person('viewer', [p]);
    await warm(url, cookie(leaving.secret));
    await as(cookie(leaving.secret))().post('/api/auth/logout').expect(204);
    expect(json(await get(t.app, url, cookie(leaving.secret))).title).toBe('Published title');

    const idle = await person('viewer', [p]);
    await warm(url, cookie(idle.secret));
    const setClock = freezeClock(t, new Date());
    setClock(new Date(Date.now() + minutes(30) + 1000));
    expect(json(await get(t.app, url, cookie(idle.secret))).title).toBe('Published title');
    jest.restoreAllMocks();
    nestSends = jest.spyOn(t.app.get(WorkingDocuments), 'send');
  });

  (database === 'PostgreSQL' ? it : it.skip)(
    'proves access with a statement PostgreSQL has prepared, not one it parses and plans per request',
    async () => {
      const url = `${p.base}/sessions/${talk.id}`;
      const reader = await person('viewer', [p]);
      await warm(url, bearer(reader.token));
      nestSends.mockClear();
      await get(t.app, url, bearer(reader.token));
      expect(nestSends).not.toHaveBeenCalled();
      // the pool hands out the connection released last: the one the lookup just used
      const pool = (t.app.get(DataSource).driver as unknown as { master: Pool }).master;
      const { rows } = await pool.query('SELECT name FROM pg_prepared_statements');
      expect(rows.map((row: { name: string }) => row.name)).toContain('caller-access:token:id');
      await get(t.app, url, {}); // the public read's access check (published version)
      const after = await pool.query('SELECT name FROM pg_prepared_statements');
      expect(after.rows.map((row: { name: string }) => row.name)).toContain('event-access:id');
    },
  );

  it("still records a token's use, through Nest, once a minute", async () => {
    const url = `${p.base}/sessions/${talk.id}`;
    const user = await person('viewer', [p]);
    await warm(url, bearer(user.token));
    const lastUsed = async () =>
      (await as(cookie(user.secret))().get('/api/tokens').expect(200)).body.items[0].lastUsedAt as string;
    const first = await lastUsed();
    const setClock = freezeClock(t, new Date(Date.parse(first) + minutes(2)));
    nestSends.mockClear();
    await get(t.app, url, bearer(user.token));
    expect(nestSends).toHaveBeenCalledTimes(1);
    expect(await lastUsed()).toBe(new Date(Date.parse(first) + minutes(2)).toISOString());
    setClock(new Date(Date.parse(first) + minutes(2) + 1000));
    nestSends.mockClear();
    await get(t.app, url, bearer(user.token));
    expect(nestSends).not.toHaveBeenCalled();
    jest.restoreAllMocks();
  });
});

describe(`organizer reads, two instances on one ${database} database`, () => {
  let t: TestApp;
  let b: Awaited<ReturnType<typeof startSecondInstance>>;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
    b = await startSecondInstance(t);
    p = await createProgram(t.http);
  });
  afterAll(async () => {
    await b.app.close();
    await t.close();
  });

  it('shows on A, at once, what was written through B', async () => {
    let session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Draft 0' }));
    const url = `${p.base}/sessions/${session.id}`;
    for (let round = 1; round <= 3; round++) {
      await t.http().get(url).expect(200);
      await t.http().get(url).expect(200); // A now answers it near the wire
      session = (
        await b
          .http()
          .patch(url)
          .send({ title: `Draft ${round}`, version: session.version })
          .expect(200)
      ).body;
      expect((await t.http().get(url).expect(200)).body.title).toBe(`Draft ${round}`);
      expect((await t.http().get(`${p.base}/sessions?limit=50`).expect(200)).body.items[0].title).toBe(
        `Draft ${round}`,
      );
    }
  });
});
