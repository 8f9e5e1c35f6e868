import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, buildTrack, create, createProgram, Program } from '../factories/program.factory';

const UNKNOWN_ID = '3f1e0c1e-0000-4000-8000-000000000000';

describe('Tracks', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const tracks = () => `${p.base}/tracks`;

  describe('create', () => {
    it('creates a track with colour and description at version 1', async () => {
      const res = await t
        .http()
        .post(tracks())
        .send(buildTrack({ name: 'AI', color: '#AA00ff', description: 'Machines' }));
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'AI',
        color: '#AA00ff',
        description: 'Machines',
        version: 1,
      });
    });

    it('refuses a colour that is not #RRGGBB, naming the field', async () => {
      const res = await t
        .http()
        .post(tracks())
        .send(buildTrack({ color: 'red' }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: [expect.stringMatching(/^color /)],
      });
    });

    it('refuses an empty name, naming the field', async () => {
      const res = await t
        .http()
        .post(tracks())
        .send(buildTrack({ name: '' }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^name /)]);
    });

    it('answers 404 when the event does not exist', async () => {
      await t.http().post(`/api/events/${UNKNOWN_ID}/tracks`).send(buildTrack()).expect(404);
    });
  });

  describe('list and get', () => {
    it("lists the event's tracks by name and nothing of other events", async () => {
      await create(t.http, tracks(), buildTrack({ name: 'Zeta' }));
      await create(t.http, tracks(), buildTrack({ name: 'Alpha' }));
      const other = await createProgram(t.http);
      const res = await t.http().get(tracks());
      expect(res.status).toBe(200);
      expect(res.body.map((track: { name: string }) => track.name)).toEqual(['Alpha', 'Security', 'Zeta']);
      expect(res.body.map((track: { id: string }) => track.id)).not.toContain(other.track.id);
    });

    it('gets one track', async () => {
      const res = await t.http().get(`${tracks()}/${p.track.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: p.track.id, name: 'Security', color: '#3366ff' });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http().get(`${tracks()}/${UNKNOWN_ID}`).expect(404);
      const bad = await t.http().get(`${tracks()}/nope`);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['id must be a UUID']);
    });

    it("answers 404 for another event's track", async () => {
      const other = await createProgram(t.http);
      await t.http().get(`${tracks()}/${other.track.id}`).expect(404);
      await t.http().patch(`${tracks()}/${other.track.id}`).send({ name: 'Hijacked' }).expect(404);
      await t.http().delete(`${tracks()}/${other.track.id}`).expect(404);
      const untouched = await t.http().get(`${other.base}/tracks/${other.track.id}`);
      expect(untouched.body.name).toBe('Security');
    });
  });

  describe('update', () => {
    it('changes fields, clears an optional one with null and bumps the version', async () => {
      const res = await t.http().patch(`${tracks()}/${p.track.id}`).send({ name: 'Privacy', color: null });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: p.track.id, name: 'Privacy', version: 2 });
    });

    it('refuses null for the required name', async () => {
      const res = await t.http().patch(`${tracks()}/${p.track.id}`).send({ name: null });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['name must not be null']);
    });

    it('refuses a bad colour on update', async () => {
      const res = await t.http().patch(`${tracks()}/${p.track.id}`).send({ color: 'red' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^color /)]);
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      await t.http().patch(`${tracks()}/${p.track.id}`).set('If-Match', '"1"').send({ name: 'v2' }).expect(200);
      const stale = await t.http().patch(`${tracks()}/${p.track.id}`).set('If-Match', '"1"').send({ name: 'lost' });
      expect(stale.status).toBe(412);
      expect(stale.body.statusCode).toBe(412);
      const stored = await t.http().get(`${tracks()}/${p.track.id}`);
      expect(stored.body).toMatchObject({ name: 'v2', version: 2 });
    });
  });

  describe('delete', () => {
    it('deletes an unused track', async () => {
      await t.http().delete(`${tracks()}/${p.track.id}`).expect(204);
      await t.http().get(`${tracks()}/${p.track.id}`).expect(404);
    });

    it('refuses to delete a track sessions use with 409 listing them', async () => {
      const session = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({ title: 'On track', trackId: p.track.id }),
      );
      const res = await t.http().delete(`${tracks()}/${p.track.id}`);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        sessions: [{ id: session.id, title: 'On track' }],
      });
      await t.http().get(`${tracks()}/${p.track.id}`).expect(200);
    });

    it('detaches the sessions with ?detach=true', async () => {
      const session = await create(t.http, `${p.base}/sessions`, buildSession({ trackId: p.track.id }));
      await t.http().delete(`${tracks()}/${p.track.id}?detach=true`).expect(204);
      const stored = await t.http().get(`${p.base}/sessions/${session.id}`);
      expect(stored.status).toBe(200);
      expect(stored.body.trackId).toBeUndefined();
      expect(stored.body.version).toBe(2);
    });

    it('refuses a detach value that is not a boolean', async () => {
      const res = await t.http().delete(`${tracks()}/${p.track.id}?detach=maybe`);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^detach /)]);
    });
  });

  describe('foreign ids', () => {
    it("refuses a session using another event's track, naming trackId", async () => {
      const other = await createProgram(t.http);
      const res = await t
        .http()
        .post(`${p.base}/sessions`)
        .send(buildSession({ trackId: other.track.id }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^trackId /)]);
    });
  });
});
