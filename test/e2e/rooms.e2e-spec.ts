import { createTestApp, TestApp } from '../create-test-app';
import { buildRoom, buildSession, create, createProgram, Program } from '../factories/program.factory';

const UNKNOWN_ID = '3f1e0c1e-0000-4000-8000-000000000000';

describe('Rooms', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const rooms = () => `${p.base}/rooms`;

  describe('create', () => {
    it('creates a room with a capacity at version 1', async () => {
      const res = await t
        .http()
        .post(rooms())
        .send(buildRoom({ name: 'Hall 1', capacity: 500 }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ id: expect.any(String), name: 'Hall 1', capacity: 500, version: 1 });
    });

    it('creates a room without a capacity', async () => {
      const res = await t.http().post(rooms()).send({ name: 'Foyer' });
      expect(res.status).toBe(201);
      expect(res.body.capacity).toBeUndefined();
    });

    it('refuses a negative capacity, naming the field', async () => {
      const res = await t
        .http()
        .post(rooms())
        .send(buildRoom({ capacity: -1 }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: [expect.stringMatching(/^capacity /)],
      });
    });

    it('refuses a fractional capacity and a missing name, naming each', async () => {
      const res = await t.http().post(rooms()).send({ capacity: 1.5 });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(/^capacity /), expect.stringMatching(/^name /)]),
      );
    });
  });

  describe('list and get', () => {
    it("lists the event's rooms and nothing of other events", async () => {
      const other = await createProgram(t.http);
      const res = await t.http().get(rooms());
      expect(res.status).toBe(200);
      expect(res.body.map((room: { id: string }) => room.id).sort()).toEqual([p.roomA.id, p.roomB.id].sort());
      expect(res.body.map((room: { id: string }) => room.id)).not.toContain(other.roomA.id);
    });

    it('gets one room', async () => {
      const res = await t.http().get(`${rooms()}/${p.roomB.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: p.roomB.id, name: 'Room B', capacity: 30 });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http().get(`${rooms()}/${UNKNOWN_ID}`).expect(404);
      const bad = await t.http().get(`${rooms()}/123`);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['id must be a UUID']);
    });

    it("answers 404 for another event's room", async () => {
      const other = await createProgram(t.http);
      await t.http().get(`${rooms()}/${other.roomA.id}`).expect(404);
      await t.http().patch(`${rooms()}/${other.roomA.id}`).send({ name: 'Hijacked' }).expect(404);
      await t.http().delete(`${rooms()}/${other.roomA.id}`).expect(404);
    });
  });

  describe('update', () => {
    it('changes fields, clears the capacity with null and bumps the version', async () => {
      const res = await t.http().patch(`${rooms()}/${p.roomA.id}`).send({ name: 'Main hall', capacity: null });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: p.roomA.id, name: 'Main hall', version: 2 });
      expect(res.body.capacity).toBeUndefined();
    });

    it('refuses null for the required name', async () => {
      const res = await t.http().patch(`${rooms()}/${p.roomA.id}`).send({ name: null });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['name must not be null']);
    });

    it('refuses a negative capacity on update', async () => {
      const res = await t.http().patch(`${rooms()}/${p.roomA.id}`).send({ capacity: -5 });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^capacity /)]);
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      await t.http().patch(`${rooms()}/${p.roomA.id}`).set('If-Match', '"1"').send({ capacity: 120 }).expect(200);
      const stale = await t.http().patch(`${rooms()}/${p.roomA.id}`).set('If-Match', '"1"').send({ capacity: 5 });
      expect(stale.status).toBe(412);
      const stored = await t.http().get(`${rooms()}/${p.roomA.id}`);
      expect(stored.body).toMatchObject({ capacity: 120, version: 2 });
    });
  });

  describe('delete', () => {
    it('deletes an unused room', async () => {
      await t.http().delete(`${rooms()}/${p.roomB.id}`).expect(204);
      await t.http().get(`${rooms()}/${p.roomB.id}`).expect(404);
    });

    it('refuses to delete a room sessions use with 409 listing them', async () => {
      const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'In A', roomId: p.roomA.id }));
      const res = await t.http().delete(`${rooms()}/${p.roomA.id}`);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        message: [expect.any(String)],
        sessions: [{ id: session.id, title: 'In A' }],
      });
      await t.http().get(`${rooms()}/${p.roomA.id}`).expect(200);
    });

    it('detaches the sessions with ?detach=true, leaving them without a room', async () => {
      const session = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      await t.http().delete(`${rooms()}/${p.roomA.id}?detach=true`).expect(204);
      const stored = await t.http().get(`${p.base}/sessions/${session.id}`);
      expect(stored.status).toBe(200);
      expect(stored.body.roomId).toBeUndefined();
      expect(stored.body.startsAt).toBe(session.startsAt);
    });

    it('does not count a deleted session of a published event as using the room', async () => {
      const session = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      await t.http().post(`${p.base}/publish`).expect(200);
      await t.http().delete(`${p.base}/sessions/${session.id}`).expect(204);
      await t.http().delete(`${rooms()}/${p.roomA.id}`).expect(204);
    });
  });

  describe('foreign ids', () => {
    it("refuses a session placed in another event's room, naming roomId", async () => {
      const other = await createProgram(t.http);
      const res = await t
        .http()
        .post(`${p.base}/sessions`)
        .send(buildSession({ roomId: other.roomA.id }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^roomId /)]);
    });

    it("refuses moving a session into another event's room", async () => {
      const other = await createProgram(t.http);
      const session = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      const res = await t.http().patch(`${p.base}/sessions/${session.id}`).send({ roomId: other.roomA.id });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^roomId /)]);
    });
  });
});
