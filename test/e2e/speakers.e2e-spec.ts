import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, buildSpeaker, create, createProgram, Program } from '../factories/program.factory';

const UNKNOWN_ID = '3f1e0c1e-0000-4000-8000-000000000000';

const window = (startsAt: string, endsAt: string) => ({ startsAt, endsAt });

describe('Speakers', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const speakers = () => `${p.base}/speakers`;

  describe('create', () => {
    it('creates a speaker with e-mail and availability in the event offset', async () => {
      const res = await t
        .http()
        .post(speakers())
        .send(
          buildSpeaker({
            name: 'Katherine Johnson',
            email: 'kj@example.org',
            bio: 'Orbits',
            availability: [window('2026-03-10T12:00:00Z', '2026-03-10T16:00:00Z')],
          }),
        );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        name: 'Katherine Johnson',
        affiliation: 'Analytical Engines',
        bio: 'Orbits',
        email: 'kj@example.org',
        version: 1,
        availability: [{ startsAt: '2026-03-10T13:00:00+01:00', endsAt: '2026-03-10T17:00:00+01:00' }],
      });
    });

    it('refuses a malformed e-mail, naming the field', async () => {
      const res = await t
        .http()
        .post(speakers())
        .send(buildSpeaker({ email: 'not-an-email' }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: [expect.stringMatching(/^email /)],
      });
    });

    it('refuses an availability window ending before it starts, naming the window', async () => {
      const res = await t
        .http()
        .post(speakers())
        .send(
          buildSpeaker({
            availability: [window('2026-03-10T12:00:00+01:00', '2026-03-10T11:00:00+01:00')],
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^availability\.0\./)]);
    });

    it('refuses an availability time without an offset, naming the window field', async () => {
      const res = await t
        .http()
        .post(speakers())
        .send(
          buildSpeaker({
            availability: [
              window('2026-03-10T09:00:00+01:00', '2026-03-10T10:00:00+01:00'),
              window('2026-03-10T12:00:00', '2026-03-10T13:00:00+01:00'),
            ],
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([
        expect.stringMatching(/^availability\.1\.startsAt must carry an explicit offset/),
      ]);
    });

    it("refuses an availability window outside the event's days", async () => {
      const res = await t
        .http()
        .post(speakers())
        .send(
          buildSpeaker({
            availability: [window('2026-03-12T09:00:00+01:00', '2026-03-12T10:00:00+01:00')],
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([
        expect.stringMatching(/^availability\.0\.startsAt and availability\.0\.endsAt must lie within/),
      ]);
    });
  });

  describe('list and get', () => {
    it("lists the event's speakers by name", async () => {
      await create(t.http, speakers(), buildSpeaker({ name: 'Barbara Liskov' }));
      const res = await t.http().get(speakers());
      expect(res.status).toBe(200);
      expect(res.body.items.map((speaker: { name: string }) => speaker.name)).toEqual([
        'Ada Lovelace',
        'Barbara Liskov',
        'Grace Hopper',
      ]);
    });

    it('gets one speaker', async () => {
      const res = await t.http().get(`${speakers()}/${p.grace.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: p.grace.id, name: 'Grace Hopper', affiliation: 'US Navy' });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http().get(`${speakers()}/${UNKNOWN_ID}`).expect(404);
      const bad = await t.http().get(`${speakers()}/ada`);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['id must be a UUID']);
    });

    it("answers 404 for another event's speaker", async () => {
      const other = await createProgram(t.http);
      await t.http().get(`${speakers()}/${other.ada.id}`).expect(404);
      await t.http().patch(`${speakers()}/${other.ada.id}`).send({ name: 'Hijacked' }).expect(404);
      await t.http().delete(`${speakers()}/${other.ada.id}`).expect(404);
    });
  });

  describe('update', () => {
    it('changes fields, sets availability and bumps the version', async () => {
      const res = await t
        .http()
        .patch(`${speakers()}/${p.ada.id}`)
        .send({
          bio: 'First programmer',
          availability: [window('2026-03-11T09:00:00+01:00', '2026-03-11T12:00:00+01:00')],
        });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        name: 'Ada Lovelace',
        bio: 'First programmer',
        version: 2,
        availability: [{ startsAt: '2026-03-11T09:00:00+01:00', endsAt: '2026-03-11T12:00:00+01:00' }],
      });
    });

    it('clears optional fields with null', async () => {
      await t
        .http()
        .patch(`${speakers()}/${p.ada.id}`)
        .send({
          email: 'ada@example.org',
          availability: [window('2026-03-11T09:00:00+01:00', '2026-03-11T12:00:00+01:00')],
        })
        .expect(200);
      const res = await t
        .http()
        .patch(`${speakers()}/${p.ada.id}`)
        .send({ email: null, availability: null, affiliation: null });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: p.ada.id, name: 'Ada Lovelace', version: 3 });
    });

    it('refuses null for the required name', async () => {
      const res = await t.http().patch(`${speakers()}/${p.ada.id}`).send({ name: null });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['name must not be null']);
    });

    it('refuses a bad e-mail on update', async () => {
      const res = await t.http().patch(`${speakers()}/${p.ada.id}`).send({ email: 'ada at example' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^email /)]);
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      await t.http().patch(`${speakers()}/${p.ada.id}`).set('If-Match', '"1"').send({ bio: 'v2' }).expect(200);
      const stale = await t.http().patch(`${speakers()}/${p.ada.id}`).set('If-Match', '"1"').send({ bio: 'lost' });
      expect(stale.status).toBe(412);
      const stored = await t.http().get(`${speakers()}/${p.ada.id}`);
      expect(stored.body).toMatchObject({ bio: 'v2', version: 2 });
    });
  });

  describe('delete', () => {
    it('deletes a speaker without sessions', async () => {
      await t.http().delete(`${speakers()}/${p.grace.id}`).expect(204);
      await t.http().get(`${speakers()}/${p.grace.id}`).expect(404);
    });

    it('refuses to delete a speaker who is in sessions with 409 listing them', async () => {
      const session = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({ title: 'By Ada', speakers: [{ speakerId: p.ada.id }] }),
      );
      const res = await t.http().delete(`${speakers()}/${p.ada.id}`);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ statusCode: 409, sessions: [{ id: session.id, title: 'By Ada' }] });
    });

    it('removes the speaker from the sessions with ?detach=true', async () => {
      const session = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          speakers: [{ speakerId: p.ada.id }, { speakerId: p.grace.id, role: 'moderator' }],
        }),
      );
      await t.http().delete(`${speakers()}/${p.ada.id}?detach=true`).expect(204);
      const stored = await t.http().get(`${p.base}/sessions/${session.id}`);
      expect(stored.body.speakers).toEqual([{ speakerId: p.grace.id, role: 'moderator', name: 'Grace Hopper' }]);
    });
  });

  describe('foreign ids', () => {
    it("refuses a session with another event's speaker, naming speakers", async () => {
      const other = await createProgram(t.http);
      const res = await t
        .http()
        .post(`${p.base}/sessions`)
        .send(buildSession({ speakers: [{ speakerId: other.ada.id }] }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^speakers /)]);
    });
  });
});
