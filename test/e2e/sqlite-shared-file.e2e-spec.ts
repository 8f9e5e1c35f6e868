import { UnitOfWork } from '../../src/database/unit-of-work';
import { createTestApp, TestApp } from '../create-test-app';
import { Instance, instanceOf, startSecondInstance } from '../support/instances';
import { createProgram, Program } from '../factories/program.factory';
import { describeSqliteOnly } from '../support/requirements';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};
const within = <T>(ms: number, work: Promise<T>, what: string) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} still running after ${ms} ms`)), ms).unref(),
    ),
  ]);

/**
 * Two app instances on one SQLite file (two processes on one machine: a second server, a CLI).
 * Each has its own connection, so the UnitOfWork's in-process queue does not order them; SQLite's
 * single write lock must, taken before a transaction reads (BEGIN IMMEDIATE).
 */
describeSqliteOnly('two app instances on one SQLite file', () => {
  let t: TestApp;
  let b: Instance & { app: { get: TestApp['app']['get']; close(): Promise<void> } };
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
    b = await startSecondInstance(t);
    p = await createProgram(t.http);
  });
  afterAll(async () => {
    await b.app.close();
    await t.close();
  });

  it('makes a write transaction that read first wait for the other instance, instead of failing on a stale read', async () => {
    const readDone = deferred();
    const gate = deferred();
    const nameOf = async () => (await t.dataSource.query('SELECT name FROM events WHERE id = ?', [p.eventId]))[0].name;
    // B reads, then holds its transaction open; A writes meanwhile; then B writes what it decided.
    const byB = b.app.get(UnitOfWork).transaction(async (manager) => {
      await manager.query('SELECT name FROM events WHERE id = ?', [p.eventId]);
      readDone.resolve();
      await gate.promise;
      await manager.query('UPDATE events SET name = ? WHERE id = ?', ['written by B', p.eventId]);
    });
    await readDone.promise;
    const byA = t.app
      .get(UnitOfWork)
      .transaction((manager) => manager.query('UPDATE events SET name = ? WHERE id = ?', ['written by A', p.eventId]));
    await new Promise((resolve) => setTimeout(resolve, 300));
    gate.resolve();
    // With a deferred BEGIN, A commits during the pause and B's write then fails on its stale
    // snapshot forever (SQLITE_BUSY, retried by TypeORM without end).
    await within(10_000, Promise.all([byA, byB]), 'the two write transactions');
    expect(await nameOf()).toBe('written by A');
  });

  it('answers parallel conflicting bookings through both instances with one 201 and 409s', async () => {
    const body = (k: number) => ({
      title: `contender ${k}`,
      type: 'talk',
      roomId: p.roomA.id,
      startsAt: `2026-03-10T1${k}:00:00+01:00`,
      endsAt: '2026-03-10T18:00:00+01:00',
    });
    const instances = [instanceOf(t), b];
    const responses = await within(
      20_000,
      Promise.all(
        [0, 1, 2, 3].map((k) =>
          instances[k % 2]
            .http()
            .post(`${p.base}/sessions`)
            .send(body(k))
            .then((response) => response),
        ),
      ),
      'the bookings',
    );
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
  });
});
