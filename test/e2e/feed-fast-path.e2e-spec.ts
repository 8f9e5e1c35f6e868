import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.setup';
import { CalendarService } from '../../src/calendar/calendar.service';
import { FeedReachRecorder } from '../../src/insights/feed-reach/feed-reach.recorder';
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

/**
 * Public calendar feeds (and the public event read) are answered at the onRequest hook, before
 * Nest's guard and pipes, once the full pipeline has answered the same URL: the soak's feeds
 * then cost one query each instead of three and the whole pipeline. The reference is a second app
 * on the same database with the fast paths switched off: every answer must be the same.
 */
describe(`public feeds near the wire on ${database}`, () => {
  let t: TestApp;
  let nest: NestFastifyApplication;
  let p: Program;
  let opening: any;
  let feedsThroughNest: jest.SpyInstance;
  let documentsThroughNest: jest.SpyInstance;

  const feeds = () => [
    `${p.base}/calendar.ics`,
    `${p.base}/tracks/${p.track.id}/calendar.ics`,
    `${p.base}/rooms/${p.roomA.id}/calendar.ics`,
    `${p.base}/speakers/${p.ada.id}/calendar.ics`,
    `${p.base}/sessions/${opening.id}/calendar.ics`,
  ];
  const VARIANTS: Headers[] = [{}, { 'accept-encoding': 'gzip' }, { origin: 'https://someones-site.example' }];

  /** Reads `url` once through Nest (this app's first answer of it) so the fast path knows it. */
  const warm = async (url: string) => expect((await get(t.app, url)).statusCode).toBe(200);

  beforeAll(async () => {
    t = await createTestApp();
    nest = await createApp({ ...t.config, publicReadFastPath: false }, { logger: ['error'] });
    p = await createProgram(t.http);
    opening = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Opening', roomId: p.roomA.id, trackId: p.track.id, speakers: [{ speakerId: p.ada.id }] }),
    );
    await t.http().post(`${p.base}/publish`).expect(200);
    feedsThroughNest = jest.spyOn(t.app.get(CalendarService), 'eventFeed');
    documentsThroughNest = jest.spyOn(t.app.get(PublishedDocuments), 'send');
  });

  afterAll(async () => {
    await nest.close();
    await t.close();
  });

  it('answers a repeated anonymous feed request without Nest, with the status, headers and bytes of the Nest path', async () => {
    for (const url of feeds()) await warm(url);
    feedsThroughNest.mockClear();
    for (const url of feeds()) {
      for (const headers of VARIANTS) {
        const fast = await get(t.app, url, headers);
        const reference = await get(nest, url, headers);
        expect({ url, headers, status: fast.statusCode }).toEqual({ url, headers, status: 200 });
        expect(comparable(fast.headers)).toEqual(comparable(reference.headers));
        expect(fast.rawPayload.equals(reference.rawPayload)).toBe(true);
      }
    }
    expect(feedsThroughNest).not.toHaveBeenCalled();
    expect(String((await get(t.app, feeds()[4])).payload)).toContain('SUMMARY:Opening');
  });

  it('answers a matching If-None-Match with 304 and nothing else, like the Nest path', async () => {
    const url = feeds()[0];
    await warm(url);
    const { etag } = (await get(t.app, url)).headers as Headers;
    feedsThroughNest.mockClear();
    const fast = await get(t.app, url, { 'if-none-match': etag });
    const reference = await get(nest, url, { 'if-none-match': etag });
    expect(fast.statusCode).toBe(304);
    expect(fast.rawPayload.length).toBe(0);
    expect(comparable(fast.headers)).toEqual(comparable(reference.headers));
    expect(feedsThroughNest).not.toHaveBeenCalled();
  });

  it('answers the public event read near the wire too, with the bytes of the Nest path', async () => {
    await warm(p.base);
    documentsThroughNest.mockClear();
    for (const headers of [{}, { 'accept-encoding': 'gzip' }] as Headers[]) {
      const fast = await get(t.app, p.base, headers);
      const reference = await get(nest, p.base, headers);
      expect(fast.statusCode).toBe(200);
      expect(comparable(fast.headers)).toEqual(comparable(reference.headers));
      expect(fast.rawPayload.equals(reference.rawPayload)).toBe(true);
    }
    expect(documentsThroughNest).not.toHaveBeenCalled();
    expect((await t.http().get(p.base).expect(200)).body.programVersion).toEqual(expect.any(Number));
  });

  it('still counts each fast answer in the feed reach', async () => {
    const url = feeds()[1];
    await warm(url);
    const record = jest.spyOn(t.app.get(FeedReachRecorder), 'record');
    feedsThroughNest.mockClear();
    await get(t.app, url, { 'user-agent': 'Calendar/1.0' });
    expect(feedsThroughNest).not.toHaveBeenCalled();
    expect(record).toHaveBeenCalledTimes(1);
    expect(record.mock.calls[0][1].statusCode).toBe(200);
    record.mockRestore();
  });

  it('sends requests with credentials and personal agenda feeds through Nest', async () => {
    const url = feeds()[0];
    await warm(url);
    feedsThroughNest.mockClear();
    await t.anon().get(url).set('Cookie', 'unrelated=1').expect(200);
    await t.http().get(url).expect(200);
    expect(feedsThroughNest).toHaveBeenCalledTimes(2);

    const agenda = await t
      .anon()
      .post(`${p.base}/agendas`)
      .send({ sessionIds: [opening.id] })
      .expect(201);
    const agendaFeed = `/api/agendas/${agenda.body.token}/calendar.ics`;
    await t.anon().get(agendaFeed).expect(200);
    const agendaFeeds = jest.spyOn(t.app.get(CalendarService), 'agendaFeed');
    await t.anon().put(`/api/agendas/${agenda.body.token}`).send({ sessionIds: [] }).expect(200);
    const emptied = await t.anon().get(agendaFeed).expect(200);
    expect(emptied.text).not.toContain('SUMMARY:Opening');
    expect(agendaFeeds).toHaveBeenCalledTimes(1);
  });

  it('serves the new version as soon as it is published, then again near the wire', async () => {
    const url = feeds()[4];
    await warm(url);
    const before = (await t.anon().get(url).expect(200)).headers.etag;
    const current = (await t.http().get(`${p.base}/sessions/${opening.id}`).expect(200)).body;
    await t
      .http()
      .patch(`${p.base}/sessions/${opening.id}`)
      .set('If-Match', `"${current.version}"`)
      .send({ title: 'Opening, retitled' })
      .expect(200);
    // a change of the working copy is not public until it is published
    expect((await t.anon().get(url).expect(200)).text).toContain('SUMMARY:Opening\r\n');
    await t.http().post(`${p.base}/publish`).expect(200);
    const after = await t.anon().get(url).set('If-None-Match', before).expect(200);
    expect(after.text).toContain('SUMMARY:Opening\\, retitled');
    feedsThroughNest.mockClear();
    await t.anon().get(url).set('If-None-Match', after.headers.etag).expect(304);
    expect(feedsThroughNest).not.toHaveBeenCalled();
  });

  it('stops answering once the event is withdrawn or deleted', async () => {
    const url = feeds()[0];
    await warm(url);
    await t.http().patch(p.base).send({ status: 'draft' }).expect(200);
    await t.anon().get(url).expect(404);
    await t.http().post(`${p.base}/publish`).expect(200);
    await warm(url);
    await t.http().delete(p.base).expect(204);
    await t.anon().get(url).expect(404);
  });
});

describe(`public feeds near the wire, two instances on one ${database} database`, () => {
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
    const url = `${p.base}/rooms/${p.roomA.id}/calendar.ics`;
    expect((await b.anon().get(url).expect(200)).text).toContain('SUMMARY:Keynote\r\n');
    const feedsOfB = jest.spyOn(b.app.get(CalendarService), 'eventFeed');
    expect((await b.anon().get(url).expect(200)).text).toContain('SUMMARY:Keynote\r\n');
    expect(feedsOfB).not.toHaveBeenCalled(); // B answers near the wire from now on

    await t.http().patch(`${p.base}/sessions/${session.id}`).send({ title: 'Keynote, retitled' }).expect(200);
    await t.http().post(`${p.base}/publish`).expect(200);
    expect((await b.anon().get(url).expect(200)).text).toContain('SUMMARY:Keynote\\, retitled');
  });
});
