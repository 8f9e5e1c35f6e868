import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';

describe('Sessions', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const post = (body: object) => t.http().post(`${p.base}/sessions`).send(body);

  describe('create', () => {
    it('creates a scheduled session and answers instants in the event offset', async () => {
      const res = await post(
        buildSession({
          startsAt: '2026-03-10T08:00:00Z',
          endsAt: '2026-03-10T09:00:00Z',
          roomId: p.roomA.id,
          trackId: p.track.id,
          speakers: [{ speakerId: p.ada.id, role: 'chair' }, { speakerId: p.grace.id }],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        eventId: p.eventId,
        startsAt: '2026-03-10T09:00:00+01:00',
        endsAt: '2026-03-10T10:00:00+01:00',
        durationMinutes: 60,
        roomId: p.roomA.id,
        status: 'confirmed',
        version: 1,
        warnings: [],
        speakers: [
          { speakerId: p.ada.id, role: 'chair', name: 'Ada Lovelace' },
          { speakerId: p.grace.id, role: 'speaker', name: 'Grace Hopper' },
        ],
      });
    });

    it('keeps an unscheduled session in the backlog', async () => {
      const res = await post({ title: 'Backlog item', type: 'workshop', durationMinutes: 90 });
      expect(res.status).toBe(201);
      expect(res.body.startsAt).toBeUndefined();
      expect(res.body.durationMinutes).toBe(90);
    });

    it('refuses a timestamp without an offset, naming the field', async () => {
      const res = await post(buildSession({ startsAt: '2026-03-10T09:00:00' }));
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('Bad Request');
      expect(res.body.message).toEqual([expect.stringMatching(/^startsAt must carry an explicit offset/)]);
    });

    it('refuses an end before the start', async () => {
      const res = await post(
        buildSession({ startsAt: '2026-03-10T10:00:00+01:00', endsAt: '2026-03-10T09:00:00+01:00' }),
      );
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['endsAt must be after startsAt']);
    });

    it('refuses a session outside the event days', async () => {
      const res = await post(
        buildSession({ startsAt: '2026-03-12T09:00:00+01:00', endsAt: '2026-03-12T10:00:00+01:00' }),
      );
      expect(res.status).toBe(400);
      expect(res.body.message[0]).toMatch(/within the event's days/);
    });

    it('refuses unknown fields and wrong types, naming each', async () => {
      const res = await post({ ...buildSession(), colour: 'red', type: 'rave', expectedAttendance: 'many' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(
        expect.arrayContaining([
          'property colour should not exist',
          expect.stringMatching(/^type must be one of/),
          expect.stringMatching(/^expectedAttendance must/),
        ]),
      );
    });
  });

  describe('hard conflicts', () => {
    it('refuses a second session in the same room at the same time with 409 listing the clash', async () => {
      const first = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'First', roomId: p.roomA.id }));
      const res = await post(
        buildSession({
          title: 'Second',
          roomId: p.roomA.id,
          startsAt: '2026-03-10T09:30:00+01:00',
          endsAt: '2026-03-10T10:30:00+01:00',
        }),
      );
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        statusCode: 409,
        error: 'Conflict',
        conflicts: [
          {
            kind: 'room',
            sessionId: first.id,
            title: 'First',
            overlapStart: '2026-03-10T09:30:00+01:00',
            overlapEnd: '2026-03-10T10:00:00+01:00',
          },
        ],
      });
      const list = await t.http().get(`${p.base}/sessions`);
      expect(list.body.total).toBe(1);
    });

    it('allows back-to-back sessions in one room (half-open intervals)', async () => {
      await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      const res = await post(
        buildSession({
          roomId: p.roomA.id,
          startsAt: '2026-03-10T10:00:00+01:00',
          endsAt: '2026-03-10T11:00:00+01:00',
        }),
      );
      expect(res.status).toBe(201);
    });

    it('refuses a speaker in two rooms at once', async () => {
      const first = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({ roomId: p.roomA.id, speakers: [{ speakerId: p.ada.id }] }),
      );
      const res = await post(buildSession({ roomId: p.roomB.id, speakers: [{ speakerId: p.ada.id }] }));
      expect(res.status).toBe(409);
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({ kind: 'speaker', sessionId: first.id, speakerId: p.ada.id }),
      ]);
    });

    it('lets a cancelled session free its room', async () => {
      const first = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
      await t.http().patch(`${p.base}/sessions/${first.id}`).send({ status: 'cancelled' }).expect(200);
      await post(buildSession({ roomId: p.roomA.id })).expect(201);
      const revive = await t.http().patch(`${p.base}/sessions/${first.id}`).send({ status: 'confirmed' });
      expect(revive.status).toBe(409);
    });
  });

  describe('soft conflicts', () => {
    it('accepts but warns about capacity, track overlap, availability and breaks', async () => {
      await t
        .http()
        .patch(`${p.base}/speakers/${p.ada.id}`)
        .send({
          availability: [{ startsAt: '2026-03-10T13:00:00+01:00', endsAt: '2026-03-10T17:00:00+01:00' }],
        })
        .expect(200);
      await create(t.http, `${p.base}/slots`, {
        startsAt: '2026-03-10T09:45:00+01:00',
        endsAt: '2026-03-10T10:15:00+01:00',
        kind: 'break',
        label: 'Coffee',
      });
      await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id, trackId: p.track.id }));
      const res = await post(
        buildSession({
          roomId: p.roomB.id,
          trackId: p.track.id,
          expectedAttendance: 50,
          speakers: [{ speakerId: p.ada.id }],
        }),
      );
      expect(res.status).toBe(201);
      expect(res.body.warnings.map((w: { kind: string }) => w.kind).sort()).toEqual([
        'availability',
        'break',
        'capacity',
        'track',
      ]);
    });
  });

  describe('update', () => {
    it('moves a session, keeping its length, and bumps the version', async () => {
      const s = await create(t.http, `${p.base}/sessions`, buildSession());
      const res = await t.http().patch(`${p.base}/sessions/${s.id}`).send({ startsAt: '2026-03-11T14:00:00+01:00' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        startsAt: '2026-03-11T14:00:00+01:00',
        endsAt: '2026-03-11T15:00:00+01:00',
        version: 2,
      });
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      const s = await create(t.http, `${p.base}/sessions`, buildSession());
      await t.http().patch(`${p.base}/sessions/${s.id}`).set('If-Match', '"1"').send({ title: 'New' }).expect(200);
      const stale = await t
        .http()
        .patch(`${p.base}/sessions/${s.id}`)
        .set('If-Match', '"1"')
        .send({ title: 'Lost update' });
      expect(stale.status).toBe(412);
      expect(stale.body.statusCode).toBe(412);
      const stored = await t.http().get(`${p.base}/sessions/${s.id}`);
      expect(stored.body).toMatchObject({ title: 'New', version: 2 });
    });

    it('answers 412 to a stale body version', async () => {
      const s = await create(t.http, `${p.base}/sessions`, buildSession());
      await t.http().patch(`${p.base}/sessions/${s.id}`).send({ title: 'v2', version: 1 }).expect(200);
      await t.http().patch(`${p.base}/sessions/${s.id}`).send({ title: 'v3', version: 1 }).expect(412);
    });
  });

  describe('lookup', () => {
    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http().get(`${p.base}/sessions/3f1e0c1e-0000-4000-8000-000000000000`).expect(404);
      const bad = await t.http().get(`${p.base}/sessions/not-a-uuid`);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['id must be a UUID']);
    });

    it("answers 404 for another event's session", async () => {
      const other = await createProgram(t.http);
      const s = await create(t.http, `${other.base}/sessions`, buildSession());
      await t.http().get(`${p.base}/sessions/${s.id}`).expect(404);
      await t.http().patch(`${p.base}/sessions/${s.id}`).send({ title: 'x' }).expect(404);
    });
  });
});
