import request from 'supertest';
import { createTestApp, TestApp } from '../create-test-app';
import { findDoubleBookings } from '../support/double-bookings';
import { fireTogether, Instance, instanceOf, startSecondInstance, statuses } from '../support/instances';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

const postgres = Boolean(process.env.DATABASE_URL);
// Straight to stderr: say which variant runs (the two-instance one needs a shared PostgreSQL).
if (!postgres)
  process.stderr.write(
    'Concurrent writes on SQLite: parallel requests to one instance; the two-instance variant runs when DATABASE_URL is set\n',
  );
const ROUNDS = 12;
/** 00:00 local (Europe/Berlin, +01:00) on the event's first day. */
const DAY_START = Date.UTC(2026, 2, 9, 23, 0);
const at = (minutes: number) => new Date(DAY_START + minutes * 60_000).toISOString();
/** Round r owns minutes [80r, 80r + 60): its contenders all overlap each other and nothing of another round. */
const contender = (round: number, k: number, extra: Record<string, unknown> = {}) =>
  buildSession({
    title: `round ${round} contender ${k}`,
    startsAt: at(80 * round + 7 * k),
    endsAt: at(80 * round + 7 * k + 30),
    ...extra,
  });

/**
 * Conflicting writes sent at the same instant. On PostgreSQL through two app instances sharing
 * the database (each with its own pool, caches and UnitOfWork), as behind a load balancer;
 * on SQLite as parallel requests to one instance (one process owns the file).
 */
describe(
  postgres
    ? 'concurrent writes: two app instances on one PostgreSQL'
    : 'concurrent writes: parallel requests on SQLite',
  () => {
    let t: TestApp;
    let second: Awaited<ReturnType<typeof startSecondInstance>> | undefined;
    let instances: Instance[];
    let p: Program;

    beforeAll(async () => {
      t = await createTestApp();
      second = postgres ? await startSecondInstance(t) : undefined;
      instances = [instanceOf(t), second ?? instanceOf(t)];
    });
    afterAll(async () => {
      await second?.app.close();
      await t.close();
    });
    beforeEach(async () => {
      p = await createProgram(t.http);
    });

    /** Contender k goes to instance k % 2, so every round pits the instances against each other. */
    const via = (k: number) => instances[k % instances.length];

    function expectOneWinner(responses: request.Response[], winStatus: number, kind: 'room' | 'speaker') {
      expect(statuses(responses)).toEqual([winStatus, ...Array(responses.length - 1).fill(409)].sort());
      const winner = responses.find((response) => response.status === winStatus)!;
      for (const loser of responses.filter((response) => response.status === 409)) {
        expect(loser.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
        expect(loser.body.conflicts).toEqual([expect.objectContaining({ kind, sessionId: winner.body.id })]);
      }
    }

    it('never lets two bookings of one room at overlapping times both succeed', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const responses = await fireTogether(
          [0, 1, 2, 3].map(
            (k) => () =>
              via(k)
                .http()
                .post(`${p.base}/sessions`)
                .send(contender(round, k, { roomId: p.roomA.id })),
          ),
        );
        expectOneWinner(responses, 201, 'room');
      }
      expect(await findDoubleBookings(t.dataSource, p.eventId)).toEqual([]);
      expect((await t.http().get(`${p.base}/sessions?limit=500`).expect(200)).body.total).toBe(ROUNDS);
    });

    it('never lets one speaker be booked into two overlapping sessions', async () => {
      const rooms = [p.roomA.id, p.roomB.id, null, null];
      for (let round = 0; round < ROUNDS; round++) {
        const responses = await fireTogether(
          rooms.map(
            (roomId, k) => () =>
              via(k)
                .http()
                .post(`${p.base}/sessions`)
                .send(contender(round, k, { roomId, speakers: [{ speakerId: p.ada.id, role: 'speaker' }] })),
          ),
        );
        expectOneWinner(responses, 201, 'speaker');
      }
      expect(await findDoubleBookings(t.dataSource, p.eventId)).toEqual([]);
    });

    it('lets only one of two sessions moved into the same room and time at once land there', async () => {
      for (let round = 0; round < ROUNDS; round++) {
        // Two sessions in Room B at separate times of this round's window; both are moved to Room A.
        const [first, second] = [
          await create(
            t.http,
            `${p.base}/sessions`,
            contender(round, 0, { roomId: p.roomB.id, endsAt: at(80 * round + 10) }),
          ),
          await create(t.http, `${p.base}/sessions`, contender(round, 3, { roomId: p.roomB.id })),
        ];
        const responses = await fireTogether(
          [first, second].map(
            (session, k) => () =>
              via(k)
                .http()
                .patch(`${p.base}/sessions/${session.id}`)
                .set('If-Match', `"${session.version}"`)
                .send({ roomId: p.roomA.id, startsAt: at(80 * round + 5) }),
          ),
        );
        expectOneWinner(responses, 200, 'room');
      }
      expect(await findDoubleBookings(t.dataSource, p.eventId)).toEqual([]);
    });

    it('lets exactly one of several writers holding the same version win; the others get 412', async () => {
      const session = await create(t.http, `${p.base}/sessions`, contender(0, 0));
      let version = session.version;
      for (let round = 0; round < ROUNDS; round++) {
        const responses = await fireTogether(
          [0, 1, 2, 3].map(
            (k) => () =>
              via(k)
                .http()
                .patch(`${p.base}/sessions/${session.id}`)
                .set('If-Match', `"${version}"`)
                .send({ title: `round ${round} writer ${k}` }),
          ),
        );
        expect(statuses(responses)).toEqual([200, 412, 412, 412]);
        const winner = responses.find((response) => response.status === 200)!;
        expect(winner.body.version).toBe(version + 1);
        const stored = (await t.http().get(`${p.base}/sessions/${session.id}`).expect(200)).body;
        expect({ title: stored.title, version: stored.version }).toEqual({
          title: winner.body.title,
          version: version + 1,
        });
        version = stored.version;
      }
    });

    it('loses no update when parallel writers each read, change and write back with If-Match', async () => {
      const session = await create(t.http, `${p.base}/sessions`, contender(0, 0, { expectedAttendance: 0 }));
      const WRITERS = 4;
      const INCREMENTS = 5;
      const conflicts: number[] = Array(WRITERS).fill(0);
      const writer = async (k: number) => {
        for (let done = 0; done < INCREMENTS;) {
          const current = (await via(k).http().get(`${p.base}/sessions/${session.id}`).expect(200)).body;
          const response = await via(k)
            .http()
            .patch(`${p.base}/sessions/${session.id}`)
            .set('If-Match', `"${current.version}"`)
            .send({ expectedAttendance: current.expectedAttendance + 1 });
          if (response.status === 412) conflicts[k] += 1;
          else if (response.status === 200) done += 1;
          else throw new Error(`writer ${k}: ${response.status} ${JSON.stringify(response.body)}`);
        }
      };
      await Promise.all(Array.from({ length: WRITERS }, (_, k) => writer(k)));
      const stored = (await t.http().get(`${p.base}/sessions/${session.id}`).expect(200)).body;
      expect(stored.expectedAttendance).toBe(WRITERS * INCREMENTS);
      expect(stored.version).toBe(session.version + WRITERS * INCREMENTS);
      // The writers really did collide (otherwise this proves nothing about the version check).
      expect(conflicts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    });

    it('has a double-booking probe that finds a clash written behind the API', async () => {
      const [a, b] = [
        await create(t.http, `${p.base}/sessions`, contender(0, 0, { roomId: p.roomA.id })),
        await create(t.http, `${p.base}/sessions`, contender(0, 1, { roomId: p.roomB.id })),
      ];
      await t.dataSource.query(
        `UPDATE sessions SET room_id = ${postgres ? '$1' : '?'} WHERE id = ${postgres ? '$2' : '?'}`,
        [p.roomA.id, b.id],
      );
      expect(await findDoubleBookings(t.dataSource, p.eventId)).toEqual([
        { kind: 'room', first: [a.id, b.id].sort()[0], second: [a.id, b.id].sort()[1] },
      ]);
    });
  },
);
