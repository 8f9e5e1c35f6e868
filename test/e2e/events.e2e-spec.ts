import { randomUUID } from 'node:crypto';
import { RoomEntity } from '../../src/rooms/room.entity';
import { SessionEntity } from '../../src/sessions/session.entity';
import { createTestApp, TestApp } from '../create-test-app';
import { buildEvent, buildSession, create, createProgram } from '../factories/program.factory';

const UNKNOWN_ID = '3f1e0c1e-0000-4000-8000-000000000000';

describe('Events', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (body: object) => t.http().post('/api/events').send(body);
  const suffix = () => randomUUID().slice(0, 8);

  describe('create', () => {
    it('creates a draft event at version 1 with a slug derived from the name', async () => {
      const tag = suffix();
      const res = await post(buildEvent({ name: `Conférence Été ${tag}`, timezone: 'Asia/Tokyo' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        slug: `conference-ete-${tag}`,
        name: `Conférence Été ${tag}`,
        timezone: 'Asia/Tokyo',
        startDate: '2026-03-10',
        endDate: '2026-03-11',
        venue: 'Test Venue',
        status: 'draft',
        version: 1,
      });
    });

    it('gives a second event with the same name a free slug', async () => {
      const name = `Same Name ${suffix()}`;
      const first = await create(t.http, '/api/events', buildEvent({ name }));
      const second = await create(t.http, '/api/events', buildEvent({ name }));
      expect(second.slug).not.toBe(first.slug);
      expect(second.slug.startsWith(first.slug)).toBe(true);
    });

    it('refuses an explicit slug that is already taken with 409', async () => {
      const slug = `taken-${suffix()}`;
      await create(t.http, '/api/events', buildEvent({ slug }));
      const res = await post(buildEvent({ slug }));
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: [expect.stringContaining(slug)] });
    });

    it('refuses an endDate before the startDate', async () => {
      const res = await post(buildEvent({ startDate: '2026-03-10', endDate: '2026-03-09' }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: [expect.stringMatching(/^endDate/)],
      });
    });

    it('refuses an unknown time zone, naming the timezone field', async () => {
      const res = await post(buildEvent({ timezone: 'Mars/Olympus_Mons' }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^timezone /)]);
    });

    it('refuses a date that does not exist (2026-02-30)', async () => {
      const res = await post(buildEvent({ startDate: '2026-02-30', endDate: '2026-03-01' }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^startDate /)]);
    });

    it('refuses a missing name and unknown fields, naming each', async () => {
      const { name: _name, ...withoutName } = buildEvent();
      const res = await post({ ...withoutName, organizer: 'me' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(/^name /), 'property organizer should not exist']),
      );
    });
  });

  describe('list and get', () => {
    it('lists the events it created, earlier start dates first', async () => {
      const later = await create(t.http, '/api/events', buildEvent({ startDate: '2026-06-01', endDate: '2026-06-02' }));
      const earlier = await create(
        t.http,
        '/api/events',
        buildEvent({ startDate: '2026-05-01', endDate: '2026-05-01' }),
      );
      const res = await t.http().get('/api/events');
      expect(res.status).toBe(200);
      const ids = res.body.items.map((event: { id: string }) => event.id);
      expect(ids).toEqual(expect.arrayContaining([earlier.id, later.id]));
      expect(ids.indexOf(earlier.id)).toBeLessThan(ids.indexOf(later.id));
    });

    it('gets one event by id', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      const res = await t.http().get(`/api/events/${event.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: event.id, name: event.name, slug: event.slug, version: 1 });
    });

    it('answers 404 for an unknown id', async () => {
      const res = await t.http().get(`/api/events/${UNKNOWN_ID}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: [expect.any(String)] });
      await t.http().patch(`/api/events/${UNKNOWN_ID}`).send({ name: 'x' }).expect(404);
      await t.http().post(`/api/events/${UNKNOWN_ID}/publish`).expect(404);
      await t.http().delete(`/api/events/${UNKNOWN_ID}`).expect(404);
    });

    it('answers 400 naming the parameter for an id that is neither a UUID nor a slug', async () => {
      const res = await t.http().get('/api/events/Not_A_Slug');
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(["eventId must be a UUID (or, for reads, the event's slug)"]);
      await t.http().patch('/api/events/some-slug').send({ name: 'x' }).expect(400);
    });

    it('reads an event and its resources by slug as well as by id', async () => {
      const event = await create(t.http, '/api/events', buildEvent({ slug: 'found-by-slug' }));
      const bySlug = await t.http().get('/api/events/found-by-slug').expect(200);
      expect(bySlug.body).toEqual((await t.http().get(`/api/events/${event.id}`).expect(200)).body);
      expect((await t.http().get('/api/events/found-by-slug/rooms').expect(200)).body).toEqual([]);
      await t.http().get('/api/events/no-such-slug').expect(404);
      await t.anon().get('/api/events/found-by-slug').expect(404); // a draft stays hidden by slug too
    });
  });

  describe('update', () => {
    it('changes fields and bumps the version', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      const res = await t.http().patch(`/api/events/${event.id}`).send({ name: 'Renamed', venue: 'Elsewhere' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: event.id,
        name: 'Renamed',
        venue: 'Elsewhere',
        slug: event.slug,
        version: 2,
      });
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      await t.http().patch(`/api/events/${event.id}`).set('If-Match', '"1"').send({ name: 'Second' }).expect(200);
      const stale = await t
        .http()
        .patch(`/api/events/${event.id}`)
        .set('If-Match', '"1"')
        .send({ name: 'Lost update' });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ statusCode: 412, message: [expect.any(String)] });
      const stored = await t.http().get(`/api/events/${event.id}`);
      expect(stored.body).toMatchObject({ name: 'Second', version: 2 });
    });

    it('refuses null for a required field', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      const res = await t.http().patch(`/api/events/${event.id}`).send({ name: null });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^name /)]);
    });

    it('refuses new dates that would leave sessions outside the event with 409 and changes nothing', async () => {
      const p = await createProgram(t.http);
      await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          startsAt: '2026-03-11T09:00:00+01:00',
          endsAt: '2026-03-11T10:00:00+01:00',
        }),
      );
      const res = await t.http().patch(p.base).send({ endDate: '2026-03-10' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        message: [expect.stringMatching(/1 session/)],
      });
      const stored = await t.http().get(p.base);
      expect(stored.body).toMatchObject({ endDate: '2026-03-11', version: 1 });
    });

    it('refuses a new time zone that would push slots outside the event with 409', async () => {
      const p = await createProgram(t.http);
      await create(t.http, `${p.base}/slots`, {
        startsAt: '2026-03-11T22:00:00+01:00',
        endsAt: '2026-03-11T23:00:00+01:00',
        kind: 'parallel', // 06:00-07:00 on 12 March in Tokyo
      });
      const res = await t.http().patch(p.base).send({ timezone: 'Asia/Tokyo' });
      expect(res.status).toBe(409);
      expect(res.body.message).toEqual([expect.stringMatching(/1 slot/)]);
      const stored = await t.http().get(p.base);
      expect(stored.body.timezone).toBe('Europe/Berlin');
    });

    it('refuses a new startDate after the endDate', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      const res = await t.http().patch(`/api/events/${event.id}`).send({ startDate: '2026-03-12' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^endDate/)]);
    });

    it('refuses renaming the slug to one that is taken with 409', async () => {
      const first = await create(t.http, '/api/events', buildEvent());
      const second = await create(t.http, '/api/events', buildEvent());
      const res = await t.http().patch(`/api/events/${second.id}`).send({ slug: first.slug });
      expect(res.status).toBe(409);
    });

    it('accepts new dates that still hold every session', async () => {
      const p = await createProgram(t.http);
      await create(t.http, `${p.base}/sessions`, buildSession());
      const res = await t.http().patch(p.base).send({ endDate: '2026-03-12' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ endDate: '2026-03-12', days: ['2026-03-10', '2026-03-11', '2026-03-12'] });
    });
  });

  describe('publish', () => {
    it('marks the event published', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      const res = await t.http().post(`/api/events/${event.id}/publish`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: event.id, status: 'published' });
      const stored = await t.http().get(`/api/events/${event.id}`);
      expect(stored.body.status).toBe('published');
    });
  });

  describe('delete', () => {
    it('removes the whole program: the event, its rooms and its sessions', async () => {
      const p = await createProgram(t.http);
      const session = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      await t.http().delete(p.base).expect(204);

      await t.http().get(p.base).expect(404);
      await t.http().get(`${p.base}/sessions/${session.id}`).expect(404);
      await t.http().get(`${p.base}/rooms/${p.roomA.id}`).expect(404);
      expect(await t.dataSource.getRepository(SessionEntity).countBy({ eventId: p.eventId })).toBe(0);
      expect(await t.dataSource.getRepository(RoomEntity).countBy({ eventId: p.eventId })).toBe(0);
    });

    it('answers 412 to a stale If-Match and keeps the event', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      await t.http().patch(`/api/events/${event.id}`).send({ name: 'v2' }).expect(200);
      await t.http().delete(`/api/events/${event.id}`).set('If-Match', '"1"').expect(412);
      await t.http().get(`/api/events/${event.id}`).expect(200);
    });
  });
});
