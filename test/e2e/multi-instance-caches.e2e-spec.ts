import { XMLParser } from 'fast-xml-parser';
import { createTestApp, TestApp } from '../create-test-app';
import { parseCalendar } from '../support/ical';
import { Instance, instanceOf, startSecondInstance } from '../support/instances';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

const database = process.env.DATABASE_URL ? 'one PostgreSQL' : 'one SQLite file';

/**
 * Feeds, schedule.xml and public reads are cached in each instance's memory. Behind a load
 * balancer a change published through one instance must reach subscribers served by another:
 * the caches key on the published version read from the shared database on every request.
 */
describe(`caches of two app instances on ${database}`, () => {
  let t: TestApp;
  let a: Instance;
  let b: Awaited<ReturnType<typeof startSecondInstance>>;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
    a = instanceOf(t);
    b = await startSecondInstance(t);
    p = await createProgram(a.http);
  });
  afterAll(async () => {
    await b.app.close();
    await t.close();
  });

  const feed = (instance: Instance, path = `${p.base}/calendar.ics`) => instance.anon().get(path);
  const summaries = (text: string) =>
    parseCalendar(text)
      .events.map((event) => event.summary)
      .sort();
  const xmlTitles = (xml: string): string[] => {
    const parsed = new XMLParser({ isArray: (name) => ['day', 'room', 'event'].includes(name) }).parse(xml);
    return parsed.schedule.day
      .flatMap((day: any) =>
        (day.room ?? []).flatMap((room: any) => (room.event ?? []).map((event: any) => event.title)),
      )
      .sort();
  };

  it('serves through A what was changed and published through B, in feeds, schedule.xml and public reads', async () => {
    const session = await create(a.http, `${p.base}/sessions`, buildSession({ title: 'Opening', roomId: p.roomA.id }));
    await a.http().post(`${p.base}/publish`).expect(200);

    // Both instances build and cache the same documents: the ETag is a hash of the content.
    const roomFeed = `${p.base}/rooms/${p.roomA.id}/calendar.ics`;
    const before = await feed(a).expect(200);
    expect(summaries(before.text)).toEqual(['Opening']);
    expect((await feed(b).expect(200)).headers.etag).toBe(before.headers.etag);
    expect(summaries((await feed(a, roomFeed).expect(200)).text)).toEqual(['Opening']);
    expect(xmlTitles((await a.anon().get(`${p.base}/schedule.xml`).expect(200)).text)).toEqual(['Opening']);
    expect((await a.anon().get(`${p.base}/sessions/${session.id}`).expect(200)).body.title).toBe('Opening');
    await feed(a).set('If-None-Match', before.headers.etag).expect(304);

    await b
      .http()
      .patch(`${p.base}/sessions/${session.id}`)
      .set('If-Match', `"${session.version}"`)
      .send({ title: 'Opening, moved', startsAt: '2026-03-10T11:00:00+01:00' })
      .expect(200);
    await b
      .http()
      .post(`${p.base}/sessions`)
      .send(buildSession({ title: 'Added through B', roomId: p.roomB.id }))
      .expect(201);
    await b.http().post(`${p.base}/publish`).expect(200);

    const after = await feed(a).set('If-None-Match', before.headers.etag).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const moved = parseCalendar(after.text).events.find((event) => event.summary === 'Opening, moved')!;
    expect(moved).toMatchObject({ start: '2026-03-10T10:00:00.000Z', sequence: expect.any(Number) });
    expect(moved.sequence).toBeGreaterThan(parseCalendar(before.text).events[0].sequence);
    expect(summaries(after.text)).toEqual(['Added through B', 'Opening, moved']);
    expect(summaries((await feed(a, roomFeed).expect(200)).text)).toEqual(['Opening, moved']);
    expect(xmlTitles((await a.anon().get(`${p.base}/schedule.xml`).expect(200)).text)).toEqual([
      'Added through B',
      'Opening, moved',
    ]);
    expect((await a.anon().get(`${p.base}/sessions/${session.id}`).expect(200)).body.title).toBe('Opening, moved');
    // The instances agree again: B answers A's new ETag with 304.
    await feed(b).set('If-None-Match', after.headers.etag).expect(304);
  });

  it('reports through A an event deleted through B', async () => {
    const other = await createProgram(a.http);
    await create(a.http, `${other.base}/sessions`, buildSession({ title: 'Soon gone' }));
    await a.http().post(`${other.base}/publish`).expect(200);
    await feed(a, `${other.base}/calendar.ics`).expect(200);
    await b.http().delete(other.base).expect(204);
    await feed(a, `${other.base}/calendar.ics`).expect(404);
    await a.anon().get(`${other.base}/schedule.xml`).expect(404);
  });
});
