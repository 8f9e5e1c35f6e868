import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, buildSlot, create, createProgram, Program } from '../factories/program.factory';

const UNKNOWN_ID = '3f1e0c1e-0000-4000-8000-000000000000';

describe('Time slots', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const slots = () => `${p.base}/slots`;

  describe('create', () => {
    it('creates a slot and answers its instants in the event offset', async () => {
      const res = await t
        .http()
        .post(slots())
        .send(
          buildSlot({
            startsAt: '2026-03-10T08:00:00Z',
            endsAt: '2026-03-10T09:30:00Z',
            kind: 'plenary',
            label: 'Opening',
          }),
        );
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        startsAt: '2026-03-10T09:00:00+01:00',
        endsAt: '2026-03-10T10:30:00+01:00',
        kind: 'plenary',
        label: 'Opening',
        version: 1,
      });
    });

    it('refuses a time without an offset, naming the field', async () => {
      const res = await t
        .http()
        .post(slots())
        .send(buildSlot({ startsAt: '2026-03-10T09:00:00' }));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        message: [expect.stringMatching(/^startsAt must carry an explicit offset/)],
      });
    });

    it("refuses a slot outside the event's days", async () => {
      const res = await t
        .http()
        .post(slots())
        .send(
          buildSlot({
            startsAt: '2026-03-12T09:00:00+01:00',
            endsAt: '2026-03-12T10:00:00+01:00',
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([
        expect.stringMatching(/^startsAt and endsAt must lie within the event's days/),
      ]);
    });

    it('refuses a slot crossing the last midnight of the event', async () => {
      const res = await t
        .http()
        .post(slots())
        .send(
          buildSlot({
            startsAt: '2026-03-11T23:30:00+01:00',
            endsAt: '2026-03-12T00:30:00+01:00',
          }),
        );
      expect(res.status).toBe(400);
    });

    it('refuses an end before the start', async () => {
      const res = await t
        .http()
        .post(slots())
        .send(
          buildSlot({
            startsAt: '2026-03-10T10:00:00+01:00',
            endsAt: '2026-03-10T09:00:00+01:00',
          }),
        );
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['endsAt must be after startsAt']);
    });

    it('refuses an unknown kind and a missing end, naming each', async () => {
      const { endsAt: _e, ...withoutEnd } = buildSlot({ kind: 'lunch' });
      const res = await t.http().post(slots()).send(withoutEnd);
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining([expect.stringMatching(/^endsAt /), expect.stringMatching(/^kind /)]),
      );
    });
  });

  describe('list and get', () => {
    it("lists the event's slots in time order", async () => {
      const late = await create(
        t.http,
        slots(),
        buildSlot({ startsAt: '2026-03-11T09:00:00+01:00', endsAt: '2026-03-11T10:00:00+01:00' }),
      );
      const early = await create(t.http, slots(), buildSlot());
      const res = await t.http().get(slots());
      expect(res.status).toBe(200);
      expect(res.body.map((slot: { id: string }) => slot.id)).toEqual([early.id, late.id]);
    });

    it('gets one slot', async () => {
      const slot = await create(t.http, slots(), buildSlot({ kind: 'break', label: 'Coffee' }));
      const res = await t.http().get(`${slots()}/${slot.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: slot.id,
        kind: 'break',
        label: 'Coffee',
        startsAt: '2026-03-10T09:00:00+01:00',
      });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http().get(`${slots()}/${UNKNOWN_ID}`).expect(404);
      const bad = await t.http().get(`${slots()}/xyz`);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['id must be a UUID']);
    });

    it("answers 404 for another event's slot", async () => {
      const other = await createProgram(t.http);
      const foreign = await create(t.http, `${other.base}/slots`, buildSlot());
      await t.http().get(`${slots()}/${foreign.id}`).expect(404);
      await t.http().patch(`${slots()}/${foreign.id}`).send({ label: 'x' }).expect(404);
      await t.http().delete(`${slots()}/${foreign.id}`).expect(404);
    });
  });

  describe('update', () => {
    it('moves a slot and bumps the version', async () => {
      const slot = await create(t.http, slots(), buildSlot());
      const res = await t.http().patch(`${slots()}/${slot.id}`).send({
        startsAt: '2026-03-11T11:00:00+01:00',
        endsAt: '2026-03-11T12:00:00+01:00',
        label: 'Late morning',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        startsAt: '2026-03-11T11:00:00+01:00',
        endsAt: '2026-03-11T12:00:00+01:00',
        label: 'Late morning',
        version: 2,
      });
    });

    it("refuses moving a slot outside the event's days", async () => {
      const slot = await create(t.http, slots(), buildSlot());
      const res = await t.http().patch(`${slots()}/${slot.id}`).send({
        startsAt: '2026-03-09T09:00:00+01:00',
        endsAt: '2026-03-09T10:00:00+01:00',
      });
      expect(res.status).toBe(400);
      const stored = await t.http().get(`${slots()}/${slot.id}`);
      expect(stored.body).toMatchObject({ startsAt: slot.startsAt, version: 1 });
    });

    it('refuses null for a required field', async () => {
      const slot = await create(t.http, slots(), buildSlot());
      const res = await t.http().patch(`${slots()}/${slot.id}`).send({ kind: null });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['kind must not be null']);
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      const slot = await create(t.http, slots(), buildSlot());
      await t.http().patch(`${slots()}/${slot.id}`).set('If-Match', '"1"').send({ label: 'v2' }).expect(200);
      const stale = await t.http().patch(`${slots()}/${slot.id}`).set('If-Match', '"1"').send({ label: 'lost' });
      expect(stale.status).toBe(412);
      const stored = await t.http().get(`${slots()}/${slot.id}`);
      expect(stored.body).toMatchObject({ label: 'v2', version: 2 });
    });
  });

  describe('delete', () => {
    it('deletes an unused slot', async () => {
      const slot = await create(t.http, slots(), buildSlot());
      await t.http().delete(`${slots()}/${slot.id}`).expect(204);
      await t.http().get(`${slots()}/${slot.id}`).expect(404);
    });

    it('refuses to delete a slot sessions are placed in with 409 listing them', async () => {
      const slot = await create(t.http, slots(), buildSlot());
      const session = await create(t.http, `${p.base}/sessions`, {
        title: 'In the slot',
        type: 'talk',
        slotId: slot.id,
        durationMinutes: 45,
      });
      expect(session).toMatchObject({
        slotId: slot.id,
        startsAt: '2026-03-10T09:00:00+01:00',
        endsAt: '2026-03-10T09:45:00+01:00',
      });
      const res = await t.http().delete(`${slots()}/${slot.id}`);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ statusCode: 409, sessions: [{ id: session.id, title: 'In the slot' }] });
    });

    it('detaches the sessions with ?detach=true, keeping their times', async () => {
      const slot = await create(t.http, slots(), buildSlot());
      const session = await create(t.http, `${p.base}/sessions`, {
        title: 'In the slot',
        type: 'talk',
        slotId: slot.id,
      });
      await t.http().delete(`${slots()}/${slot.id}?detach=true`).expect(204);
      const stored = await t.http().get(`${p.base}/sessions/${session.id}`);
      expect(stored.body.slotId).toBeUndefined();
      expect(stored.body).toMatchObject({ startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T10:30:00+01:00' });
    });
  });

  describe('foreign ids', () => {
    it("refuses a session placed in another event's slot, naming slotId", async () => {
      const other = await createProgram(t.http);
      const foreign = await create(t.http, `${other.base}/slots`, buildSlot());
      const res = await t
        .http()
        .post(`${p.base}/sessions`)
        .send(buildSession({ slotId: foreign.id }));
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^slotId /)]);
    });
  });
});
