import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, buildSlot, create, createProgram, Program } from '../factories/program.factory';

describe('Public reads as prepared documents of the published version', () => {
  let t: TestApp;
  let p: Program;
  let opening: any;

  beforeAll(async () => {
    t = await createTestApp();
    p = await createProgram(t.http);
    await t.http().patch(`${p.base}/speakers/${p.ada.id}`).send({ email: 'ada@private.example' }).expect(200);
    await create(t.http, `${p.base}/slots`, buildSlot());
    opening = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Opening',
        roomId: p.roomA.id,
        trackId: p.track.id,
        speakers: [{ speakerId: p.ada.id, role: 'speaker' }],
      }),
    );
    await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Second',
        roomId: p.roomB.id,
        startsAt: '2026-03-10T10:00:00+01:00',
        endsAt: '2026-03-10T11:00:00+01:00',
      }),
    );
  });

  afterAll(() => t.close());

  it('answers 404 for the program of an event never published', async () => {
    await t.anon().get(`${p.base}/program`).expect(404);
  });

  it('serves the whole published program in one document, the same records the separate reads give', async () => {
    await t.http().post(`${p.base}/publish`).expect(200);
    const { body } = await t.anon().get(`${p.base}/program`).expect(200);
    expect(body.publishedVersion).toBe(1);
    expect(body.event).toMatchObject({ id: p.eventId, status: 'published' });
    const [rooms, tracks, slots, sessions] = await Promise.all(
      ['rooms', 'tracks', 'slots', 'sessions?limit=500'].map(
        async (path) => (await t.anon().get(`${p.base}/${path}`)).body,
      ),
    );
    expect(body.rooms).toEqual(rooms);
    expect(body.tracks).toEqual(tracks);
    expect(body.slots).toEqual(slots);
    expect(body.sessions).toEqual(sessions.items);
    expect(body.sessions.map((session: any) => session.title)).toEqual(['Opening', 'Second']);
    expect(body.speakers.map((speaker: any) => speaker.name).sort()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(JSON.stringify(body)).not.toContain('ada@private.example');
    expect(body.sessions[0]).not.toHaveProperty('sequence');
  });

  it('finds the program by slug too, and organizers get the same published document', async () => {
    const byId = await t.anon().get(`${p.base}/program`).expect(200);
    const event = (await t.anon().get(p.base).expect(200)).body;
    const bySlug = await t.anon().get(`/api/events/${event.slug}/program`).expect(200);
    const organizer = await t.http().get(`${p.base}/program`).expect(200);
    expect(bySlug.body).toEqual(byId.body);
    expect(organizer.body).toEqual(byId.body);
    expect(organizer.headers.etag).toBe(byId.headers.etag);
  });

  it('keeps one strong ETag per version: 304 until the next publish, then the new program', async () => {
    const first = await t.anon().get(`${p.base}/program`).expect(200);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    await t.anon().get(`${p.base}/program`).set('If-None-Match', first.headers.etag).expect(304);

    const session = (await t.http().get(`${p.base}/sessions/${opening.id}`).expect(200)).body;
    await t
      .http()
      .patch(`${p.base}/sessions/${opening.id}`)
      .set('If-Match', `"${session.version}"`)
      .send({ title: 'Opening, renamed' })
      .expect(200);
    // the working copy changed, the public document did not
    await t.anon().get(`${p.base}/program`).set('If-None-Match', first.headers.etag).expect(304);
    expect((await t.anon().get(`${p.base}/sessions/${opening.id}`).expect(200)).body.title).toBe('Opening');

    await t.http().post(`${p.base}/publish`).expect(200);
    const second = await t.anon().get(`${p.base}/program`).set('If-None-Match', first.headers.etag).expect(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    expect(second.body.publishedVersion).toBe(2);
    expect(second.body.sessions.map((item: any) => item.title)).toEqual(['Opening, renamed', 'Second']);
    expect((await t.anon().get(`${p.base}/sessions/${opening.id}`).expect(200)).body.title).toBe('Opening, renamed');
  });

  it("keeps a public session's ETag its version, so a read's ETag still works as If-Match", async () => {
    const read = await t.anon().get(`${p.base}/sessions/${opening.id}`).expect(200);
    expect(read.headers.etag).toBe(`"${read.body.version}"`);
    await t.anon().get(`${p.base}/sessions/${opening.id}`).set('If-None-Match', read.headers.etag).expect(304);
  });

  it('serves each filtered session page from its own prepared document', async () => {
    const roomA = await t.anon().get(`${p.base}/sessions?room=${p.roomA.id}`).expect(200);
    const roomB = await t.anon().get(`${p.base}/sessions?limit=50&room=${p.roomB.id}`).expect(200);
    expect(roomA.body.items.map((item: any) => item.title)).toEqual(['Opening, renamed']);
    expect(roomB.body.items.map((item: any) => item.title)).toEqual(['Second']);
    expect(roomA.headers.etag).not.toBe(roomB.headers.etag);
    await t.anon().get(`${p.base}/sessions?room=not-a-uuid`).expect(400);
    await t.anon().get(`${p.base}/sessions/${p.roomA.id}`).expect(404);
  });
});
