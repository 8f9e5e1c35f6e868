import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.setup';
import { PublishedDocuments } from '../../src/program-read/published-documents.service';
import { createTestApp, TestApp } from '../create-test-app';
import { startSecondInstance } from '../support/instances';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';

/** Headers that differ between any two answers (a clock, a fresh id). */
const PER_ANSWER = new Set(['date', 'x-request-id']);

type Headers = Record<string, string>;

/** A request through the whole fastify lifecycle, with the bytes as they leave the server (no client decompression). */
const get = (app: NestFastifyApplication, url: string, headers: Headers = {}) =>
  app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers });

const comparable = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_ANSWER.has(name)));

const LONG_ABSTRACT = 'A talk about the fast path. '.repeat(60); // answers above the compression threshold

/**
 * Anonymous public reads of a published program are answered at the onRequest hook, before Nest's
 * guard and pipes, once the full pipeline has answered the same URL. The reference here is a
 * second app on the same database with the fast path switched off: every answer must be the same.
 */
describe(`public reads near the wire on ${database}`, () => {
  let t: TestApp;
  let nest: NestFastifyApplication;
  let p: Program;
  let opening: any;
  let slug: string;
  let nestSends: jest.SpyInstance;

  const urls = () => [
    `${p.base}/sessions?limit=50`,
    `${p.base}/sessions?track=${p.track.id}&limit=10`,
    `${p.base}/sessions/${opening.id}`,
    `${p.base}/rooms`,
    `${p.base}/tracks`,
    `${p.base}/speakers/${p.ada.id}`,
    `${p.base}/slots`,
    `${p.base}/program`,
    `/api/events/${slug}/sessions?limit=50`,
  ];
  const VARIANTS: Headers[] = [
    {},
    { 'accept-encoding': 'gzip' },
    { 'accept-encoding': 'br, gzip' },
    { origin: 'https://someones-site.example', 'accept-encoding': 'gzip' },
  ];

  /** Reads `url` once through Nest (this app's first answer of it) so the fast path knows it. */
  const warm = async (url: string) => expect((await get(t.app, url)).statusCode).toBe(200);

  beforeAll(async () => {
    t = await createTestApp();
    nest = await createApp({ ...t.config, publicReadFastPath: false }, { logger: ['error'] });
    p = await createProgram(t.http);
    opening = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Opening',
        abstract: LONG_ABSTRACT,
        roomId: p.roomA.id,
        trackId: p.track.id,
        speakers: [{ speakerId: p.ada.id, role: 'speaker' }],
      }),
    );
    await create(t.http, `${p.base}/slots`, {
      startsAt: '2026-03-10T09:00:00+01:00',
      endsAt: '2026-03-10T10:30:00+01:00',
      kind: 'parallel',
    });
    await t.http().post(`${p.base}/publish`).expect(200);
    slug = (await t.anon().get(p.base).expect(200)).body.slug;
    nestSends = jest.spyOn(t.app.get(PublishedDocuments), 'send');
  });

  afterAll(async () => {
    await nest.close();
    await t.close();
  });

  it('answers a repeated anonymous read without Nest, with the status, headers and bytes of the Nest path', async () => {
    for (const url of urls()) await warm(url);
    nestSends.mockClear();
    for (const url of urls()) {
      for (const headers of VARIANTS) {
        const fast = await get(t.app, url, headers);
        const reference = await get(nest, url, headers);
        expect({ url, headers, status: fast.statusCode }).toEqual({ url, headers, status: 200 });
        expect(comparable(fast.headers)).toEqual(comparable(reference.headers));
        expect(fast.rawPayload.equals(reference.rawPayload)).toBe(true);
      }
    }
    expect(nestSends).not.toHaveBeenCalled();
    // the variants did what they are for: compressed, CORS for another origin, helmet's CSP
    const gzipped = await get(t.app, urls()[0], VARIANTS[3]);
    expect(gzipped.headers).toMatchObject({
      'content-encoding': 'gzip',
      vary: expect.stringContaining('Accept-Encoding'),
      'access-control-allow-origin': '*',
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      etag: expect.stringMatching(/^"/),
    });
  });

  it('answers a matching If-None-Match with 304 and nothing else, like the Nest path', async () => {
    const url = `${p.base}/sessions/${opening.id}`;
    await warm(url);
    const { etag } = (await get(t.app, url)).headers as Headers;
    nestSends.mockClear();
    const fast = await get(t.app, url, { 'if-none-match': etag });
    const reference = await get(nest, url, { 'if-none-match': etag });
    expect(fast.statusCode).toBe(304);
    expect(fast.rawPayload.length).toBe(0);
    expect(comparable(fast.headers)).toEqual(comparable(reference.headers));
    expect(nestSends).not.toHaveBeenCalled();
  });

  it('sends requests with credentials through Nest: organizers read the working copy, a stray cookie the published one', async () => {
    const url = `${p.base}/sessions/${opening.id}`;
    await warm(url);
    await t
      .http()
      .patch(url)
      .set('If-Match', `"${opening.version}"`)
      .send({ title: 'Opening (draft title)' })
      .expect(200);
    nestSends.mockClear();
    expect((await t.anon().get(url).expect(200)).body.title).toBe('Opening');
    expect(nestSends).not.toHaveBeenCalled();
    expect((await t.http().get(url).expect(200)).body.title).toBe('Opening (draft title)');
    const strayCookie = await t.anon().get(url).set('Cookie', 'unrelated=1').expect(200);
    expect(strayCookie.body.title).toBe('Opening');
    expect(nestSends).toHaveBeenCalledTimes(1); // the cookie request; the token one read the working copy
  });

  it('serves the new version as soon as it is published, then again near the wire', async () => {
    const url = `${p.base}/sessions/${opening.id}`;
    await warm(url);
    const before = (await t.anon().get(url).expect(200)).headers.etag;
    await t.http().post(`${p.base}/publish`).expect(200);
    const after = await t.anon().get(url).set('If-None-Match', before).expect(200);
    expect(after.body.title).toBe('Opening (draft title)');
    nestSends.mockClear();
    await t.anon().get(url).set('If-None-Match', after.headers.etag).expect(304);
    expect(nestSends).not.toHaveBeenCalled();
  });

  it('still refuses unknown query parameters and unknown ids next to URLs it serves', async () => {
    await warm(`${p.base}/sessions?limit=50`);
    const unknown = await t.anon().get(`${p.base}/sessions?limit=50&pgae=2`).expect(400);
    expect(unknown.body.message.join(' ')).toContain('pgae');
    await t.anon().get(`${p.base}/sessions?limit=0`).expect(400);
    await t.anon().get(`${p.base}/sessions/00000000-0000-4000-8000-000000000000`).expect(404);
  });

  it('stops answering once the event is withdrawn, renamed or deleted', async () => {
    const byId = `${p.base}/sessions?limit=50`;
    const bySlug = `/api/events/${slug}/sessions?limit=50`;
    await warm(byId);
    await warm(bySlug);
    await t.http().patch(p.base).send({ status: 'draft' }).expect(200);
    await t.anon().get(byId).expect(404);
    await t.anon().get(bySlug).expect(404);

    await t.http().post(`${p.base}/publish`).expect(200);
    await warm(bySlug);
    await t
      .http()
      .patch(p.base)
      .send({ slug: `${slug}-renamed` })
      .expect(200);
    await t.anon().get(bySlug).expect(404);
    await t.anon().get(`/api/events/${slug}-renamed/sessions?limit=50`).expect(200);

    await warm(byId);
    await t.http().delete(p.base).expect(204);
    await t.anon().get(byId).expect(404);
  });
});

describe(`public reads near the wire, two instances on one ${database} database`, () => {
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

  it('serves through B, at once, what was published through A', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Keynote', roomId: p.roomA.id }));
    await t.http().post(`${p.base}/publish`).expect(200);
    const url = `${p.base}/sessions/${session.id}`;
    const documentsOfB = b.app.get(PublishedDocuments);
    expect((await b.anon().get(url).expect(200)).body.title).toBe('Keynote');
    const sends = jest.spyOn(documentsOfB, 'send');
    expect((await b.anon().get(url).expect(200)).body.title).toBe('Keynote');
    expect(sends).not.toHaveBeenCalled(); // B answers near the wire from now on

    await t.http().patch(url).set('If-Match', `"${session.version}"`).send({ title: 'Keynote, retitled' }).expect(200);
    expect((await b.anon().get(url).expect(200)).body.title).toBe('Keynote');
    await t.http().post(`${p.base}/publish`).expect(200);
    expect((await b.anon().get(url).expect(200)).body.title).toBe('Keynote, retitled');
  });
});
