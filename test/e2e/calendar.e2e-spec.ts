import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { iso, parseCalendar } from '../support/ical';

describe('Calendar feeds', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const publish = () => t.http().post(`${p.base}/publish`).expect(200);
  const fetchFeed = (path = `${p.base}/calendar.ics`) => t.http().get(path);

  it('is 404 while the event is a draft', async () => {
    await create(t.http, `${p.base}/sessions`, buildSession());
    await fetchFeed().expect(404);
  });

  it('serves every scheduled session with instants that read back equal to the API', async () => {
    const keynote = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Keynote',
        roomId: p.roomA.id,
        trackId: p.track.id,
        abstract: 'Why, how, what.',
        speakers: [{ speakerId: p.ada.id }, { speakerId: p.grace.id, role: 'moderator' }],
      }),
    );
    await create(t.http, `${p.base}/sessions`, { title: 'Backlog', type: 'talk', durationMinutes: 30 });
    await publish();

    const res = await fetchFeed().expect(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename=".+\.ics"$/);
    const { props, events } = parseCalendar(res.text);
    expect(props).toMatchObject({ METHOD: 'PUBLISH', 'X-WR-TIMEZONE': 'Europe/Berlin', 'X-PUBLISHED-TTL': 'PT60M' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: `${keynote.id}@test.agenda.example`,
      summary: 'Keynote',
      start: iso(keynote.startsAt),
      end: iso(keynote.endsAt),
      status: 'CONFIRMED',
      sequence: 0,
      location: 'Room A, Test Venue',
      categories: ['Security', 'talk'],
    });
    // the page an attendee can read, opened on the session
    const { slug } = (await t.http().get(p.base).expect(200)).body;
    expect(events[0].url).toBe(`https://agenda.example/e/${slug}#s=${keynote.id}`);
    expect(events[0].description).toContain('With: Ada Lovelace, Grace Hopper (moderator)');
    expect(events[0].description).toContain('Why, how, what.');
  });

  it('keeps instants right across the DST change in the event zone', async () => {
    const ny = await createProgram(t.http, {
      timezone: 'America/New_York',
      startDate: '2026-03-07',
      endDate: '2026-03-09',
    });
    const before = await create(
      t.http,
      `${ny.base}/sessions`,
      buildSession({ startsAt: '2026-03-07T09:00:00-05:00', endsAt: '2026-03-07T10:00:00-05:00' }),
    );
    const after = await create(
      t.http,
      `${ny.base}/sessions`,
      buildSession({ startsAt: '2026-03-08T09:00:00-04:00', endsAt: '2026-03-08T10:00:00-04:00' }),
    );
    const overnight = await create(
      t.http,
      `${ny.base}/sessions`,
      buildSession({ startsAt: '2026-03-07T23:00:00-05:00', endsAt: '2026-03-08T04:00:00-04:00' }),
    );
    await t.http().post(`${ny.base}/publish`).expect(200);
    const { events } = parseCalendar((await fetchFeed(`${ny.base}/calendar.ics`).expect(200)).text);
    const byUid = new Map(events.map((e) => [e.uid.split('@')[0], e]));
    for (const session of [before, after, overnight]) {
      expect(byUid.get(session.id)).toMatchObject({ start: iso(session.startsAt), end: iso(session.endsAt) });
    }
    expect(after.startsAt).toBe('2026-03-08T09:00:00-04:00');
    expect(before.startsAt).toBe('2026-03-07T09:00:00-05:00');
  });

  it('answers a matching ETag or unchanged Last-Modified with 304 and no body', async () => {
    await create(t.http, `${p.base}/sessions`, buildSession());
    await publish();
    const first = await fetchFeed().expect(200);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    const again = await fetchFeed().set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');
    const since = await fetchFeed().set('If-Modified-Since', first.headers['last-modified']);
    expect(since.status).toBe(304);
  });

  it('serves gzip to clients that accept it', async () => {
    await create(t.http, `${p.base}/sessions`, buildSession());
    await publish();
    const res = await fetchFeed().set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(parseCalendar(res.text).events).toHaveLength(1);
    // Each coding has its own strong ETag; either revalidates the other.
    const plain = await fetchFeed().set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(res.headers.etag).toBe(plain.headers.etag.replace(/"$/, '-gzip"'));
    const revalidated = await fetchFeed().set('Accept-Encoding', 'identity').set('If-None-Match', res.headers.etag);
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.etag).toBe(plain.headers.etag);
  });

  it('shows subscribers exactly what changed: moved, cancelled and deleted sessions', async () => {
    const moved = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Moved', roomId: p.roomA.id }));
    const cancelled = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Cancelled later', roomId: p.roomB.id }),
    );
    const deleted = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title: 'Deleted later',
        startsAt: '2026-03-11T09:00:00+01:00',
        endsAt: '2026-03-11T10:00:00+01:00',
      }),
    );
    const untouched = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Untouched', startsAt: '2026-03-11T11:00:00+01:00', endsAt: '2026-03-11T12:00:00+01:00' }),
    );
    await publish();
    const subscribed = await fetchFeed().expect(200);
    const before = new Map(parseCalendar(subscribed.text).events.map((e) => [e.uid, e]));

    const movedNow = (
      await t
        .http()
        .patch(`${p.base}/sessions/${moved.id}`)
        .send({ startsAt: '2026-03-10T14:00:00+01:00', roomId: p.roomB.id })
        .expect(200)
    ).body;
    await t.http().patch(`${p.base}/sessions/${cancelled.id}`).send({ status: 'cancelled' }).expect(200);
    await t.http().delete(`${p.base}/sessions/${deleted.id}`).expect(204);
    const unpublished = await fetchFeed().set('If-None-Match', subscribed.headers.etag);
    expect(unpublished.status).toBe(304); // edits reach subscribers only with the next publish
    await publish();

    const refreshed = await fetchFeed().set('If-None-Match', subscribed.headers.etag);
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.etag).not.toBe(subscribed.headers.etag);
    const after = new Map(parseCalendar(refreshed.text).events.map((e) => [e.uid, e]));
    const uid = (id: string) => `${id}@test.agenda.example`;

    expect(after.size).toBe(4);
    expect(after.get(uid(moved.id))).toMatchObject({
      start: iso(movedNow.startsAt),
      location: 'Room B, Test Venue',
      status: 'CONFIRMED',
    });
    expect(after.get(uid(moved.id))!.sequence).toBeGreaterThan(before.get(uid(moved.id))!.sequence);
    for (const gone of [cancelled, deleted]) {
      expect(after.get(uid(gone.id))).toMatchObject({ status: 'CANCELLED', summary: `Cancelled: ${gone.title}` });
      expect(after.get(uid(gone.id))!.sequence).toBeGreaterThan(before.get(uid(gone.id))!.sequence);
    }
    expect(after.get(uid(untouched.id))).toEqual(before.get(uid(untouched.id)));
    await t.http().get(`${p.base}/sessions/${deleted.id}`).expect(404);
  });

  it('scopes feeds to a track, a room, a speaker and a session', async () => {
    const inTrack = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'In track', trackId: p.track.id, roomId: p.roomA.id, speakers: [{ speakerId: p.ada.id }] }),
    );
    const other = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Other', roomId: p.roomB.id, speakers: [{ speakerId: p.grace.id }] }),
    );
    await publish();
    const titles = async (path: string) => {
      const res = await fetchFeed(`${p.base}/${path}/calendar.ics`).expect(200);
      const parsed = parseCalendar(res.text);
      return { name: parsed.props['X-WR-CALNAME'], summaries: parsed.events.map((e) => e.summary) };
    };
    expect(await titles(`tracks/${p.track.id}`)).toEqual({
      name: expect.stringMatching(/: Track Security$/),
      summaries: ['In track'],
    });
    expect(await titles(`rooms/${p.roomB.id}`)).toEqual({
      name: expect.stringMatching(/: Room Room B$/),
      summaries: ['Other'],
    });
    expect(await titles(`speakers/${p.ada.id}`)).toEqual({
      name: expect.stringMatching(/: Ada Lovelace$/),
      summaries: ['In track'],
    });
    expect((await titles(`sessions/${other.id}`)).summaries).toEqual(['Other']);
    expect(inTrack.id).toBeDefined();
    const foreign = await createProgram(t.http);
    await fetchFeed(`${p.base}/rooms/${foreign.roomA.id}/calendar.ics`).expect(404);
  });

  it('lists every feed with https and webcal links', async () => {
    await publish();
    const res = await t.http().get(`${p.base}/feeds`).expect(200);
    expect(res.body.event).toEqual({
      name: expect.any(String),
      feedUrl: `https://agenda.example/api/events/${p.eventId}/calendar.ics`,
      webcalUrl: `webcal://agenda.example/api/events/${p.eventId}/calendar.ics`,
    });
    expect(res.body.tracks[0]).toMatchObject({
      id: p.track.id,
      webcalUrl: expect.stringMatching(/^webcal:\/\/.+\/tracks\/.+\/calendar\.ics$/),
    });
    expect(res.body.rooms).toHaveLength(2);
    expect(res.body.speakers).toHaveLength(2);
  });

  it('never shows speaker e-mails', async () => {
    await t.http().patch(`${p.base}/speakers/${p.ada.id}`).send({ email: 'ada@private.example' }).expect(200);
    await create(t.http, `${p.base}/sessions`, buildSession({ speakers: [{ speakerId: p.ada.id }] }));
    await publish();
    const res = await fetchFeed().expect(200);
    expect(res.text).not.toContain('ada@private.example');
  });
});
