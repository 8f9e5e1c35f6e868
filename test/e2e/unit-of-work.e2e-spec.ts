import { DataSource, EntityManager } from 'typeorm';
import { Dialect, dialectOf } from '../../src/database/dialect';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { createTestApp, TestApp } from '../create-test-app';
import { buildEvent, create } from '../factories/program.factory';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};
/** Fails when `work` has not settled within `ms`: what must not wait is given a generous deadline. */
const within = <T>(ms: number, work: Promise<T>, what: string) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} still waiting after ${ms} ms`)), ms).unref(),
    ),
  ]);

const postgres = Boolean(process.env.DATABASE_URL);

/**
 * The contract of UnitOfWork on the database of this pass (SQLite file, or DATABASE_URL): what
 * serializes, what rolls back, what a read sees and that it never waits for a write.
 */
describe('UnitOfWork', () => {
  let t: TestApp;
  let unitOfWork: UnitOfWork;
  let dialect: Dialect;
  let eventA: string;
  let eventB: string;

  const nameOf = async (manager: EntityManager | DataSource, eventId: string): Promise<string> => {
    const [row] = await manager.query<{ name: string }[]>(`SELECT name FROM events WHERE id = ${dialect.param(1)}`, [
      eventId,
    ]);
    return row.name;
  };
  const versionOf = async (eventId: string): Promise<number> => {
    const [row] = await t.dataSource.query<{ program_version: number | string }[]>(
      `SELECT program_version FROM events WHERE id = ${dialect.param(1)}`,
      [eventId],
    );
    return Number(row.program_version);
  };
  const rename = (manager: EntityManager, eventId: string, name: string) =>
    manager.query(`UPDATE events SET name = ${dialect.param(1)} WHERE id = ${dialect.param(2)}`, [name, eventId]);

  beforeAll(async () => {
    t = await createTestApp();
    unitOfWork = t.app.get(UnitOfWork);
    dialect = t.app.get(Dialect);
    eventA = (await create<{ id: string }>(t.http, '/api/events', buildEvent())).id;
    eventB = (await create<{ id: string }>(t.http, '/api/events', buildEvent())).id;
  });
  afterAll(() => t.close());

  describe('writeForEvent', () => {
    it('runs writes to one event one after the other: each sees the commit of the one before', async () => {
      await unitOfWork.writeForEvent(eventA, (manager) => rename(manager, eventA, '0'));
      const log: string[] = [];
      const increments = Array.from({ length: 8 }, (_, i) =>
        unitOfWork.writeForEvent(eventA, async (manager) => {
          log.push(`start ${i}`);
          const seen = Number(await nameOf(manager, eventA));
          await manager.query('SELECT 1'); // more round trips between the read and the write it decides
          await rename(manager, eventA, String(seen + 1));
          log.push(`end ${i}`);
        }),
      );
      await Promise.all(increments);
      expect(await nameOf(t.dataSource, eventA)).toBe('8'); // no update lost
      for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i].replace('start', 'end')); // never interleaved
    });

    it('bumps the program version once per write, in the same transaction', async () => {
      const before = await versionOf(eventA);
      await unitOfWork.writeForEvent(eventA, (manager) => rename(manager, eventA, 'bumped'));
      expect(await versionOf(eventA)).toBe(before + 1);
    });

    it('rolls back everything of a failing write, the version bump included', async () => {
      await unitOfWork.writeForEvent(eventA, (manager) => rename(manager, eventA, 'committed'));
      const before = await versionOf(eventA);
      await expect(
        unitOfWork.writeForEvent(eventA, async (manager) => {
          await rename(manager, eventA, 'never committed');
          throw new Error('409: a conflict found after the write');
        }),
      ).rejects.toThrow('409');
      expect(await nameOf(t.dataSource, eventA)).toBe('committed');
      expect(await versionOf(eventA)).toBe(before);
    });

    it('lets a write to another event through while one is being written on PostgreSQL; SQLite has one writer', async () => {
      const holding = deferred();
      const release = deferred();
      const heldA = unitOfWork.writeForEvent(eventA, async (manager) => {
        await rename(manager, eventA, 'A held open');
        holding.resolve();
        await release.promise;
      });
      await holding.promise;
      const writeB = unitOfWork.writeForEvent(eventB, async (manager) => {
        await rename(manager, eventB, 'B');
        return nameOf(manager, eventA);
      });
      if (postgres) {
        const seenByB = await within(5_000, writeB, 'the write to B').finally(release.resolve);
        expect(seenByB).not.toBe('A held open'); // A was still open
      } else {
        release.resolve();
        expect(await writeB).toBe('A held open'); // B ran after A's commit
      }
      await heldA;
      expect(await nameOf(t.dataSource, eventB)).toBe('B');
    });
  });

  describe('writes queued for one event', () => {
    it('leave the connections free for reads while one of them holds the event (each write waits its turn before taking one)', async () => {
      const holding = deferred();
      const release = deferred();
      const held = unitOfWork.writeForEvent(eventA, async (manager) => {
        await rename(manager, eventA, 'held');
        holding.resolve();
        await release.promise;
      });
      await holding.promise;
      const queued = Array.from({ length: 15 }, (_, i) =>
        unitOfWork.writeForEvent(eventA, (manager) => rename(manager, eventA, `queued ${i}`)),
      );
      // let the queued writes go as far as they can (take a connection, wait for the lock) before reading
      const pool = (t.dataSource.driver as unknown as { master?: { waitingCount: number } }).master;
      for (let turn = 0; turn < 200 && !pool?.waitingCount; turn++) await new Promise((done) => setImmediate(done));
      const read = within(5_000, nameOf(t.dataSource, eventB), 'a read while 15 writes of one event wait');
      await read.finally(release.resolve);
      await held;
      await Promise.all(queued);
      expect(await nameOf(t.dataSource, eventA)).toBe('queued 14');
    });
  });

  describe('read', () => {
    it('answers from the last commit beside an open write, without waiting for it', async () => {
      await unitOfWork.writeForEvent(eventA, (manager) => rename(manager, eventA, 'last commit'));
      const holding = deferred();
      const release = deferred();
      const open = unitOfWork.writeForEvent(eventA, async (manager) => {
        await rename(manager, eventA, 'uncommitted');
        holding.resolve();
        await release.promise;
      });
      await holding.promise;
      const seen = await within(
        5_000,
        unitOfWork.read((manager) => nameOf(manager, eventA)),
        'the read',
      ).finally(release.resolve);
      await open;
      expect(seen).toBe('last commit');
      expect(await unitOfWork.read((manager) => nameOf(manager, eventA))).toBe('uncommitted');
    });

    it('sees one snapshot: a write committed while it runs stays invisible to it', async () => {
      await unitOfWork.writeForEvent(eventB, (manager) => rename(manager, eventB, 'before'));
      const [first, second] = await unitOfWork.read(async (manager) => {
        const first = await nameOf(manager, eventB);
        await unitOfWork.writeForEvent(eventB, (writer) => rename(writer, eventB, 'after'));
        return [first, await nameOf(manager, eventB)];
      });
      expect([first, second]).toEqual(['before', 'before']);
      expect(await nameOf(t.dataSource, eventB)).toBe('after');
    });

    it('refuses to write', async () => {
      await expect(unitOfWork.read((manager) => rename(manager, eventB, 'written in a read'))).rejects.toThrow();
      expect(await nameOf(t.dataSource, eventB)).not.toBe('written in a read');
    });
  });

  describe('transaction', () => {
    it('commits all of its work or none, without touching the program version', async () => {
      const before = await versionOf(eventB);
      await expect(
        unitOfWork.transaction(async (manager) => {
          await rename(manager, eventB, 'half done');
          throw new Error('failed halfway');
        }),
      ).rejects.toThrow('failed halfway');
      expect(await nameOf(t.dataSource, eventB)).not.toBe('half done');
      await unitOfWork.transaction((manager) => rename(manager, eventB, 'plain'));
      expect(await nameOf(t.dataSource, eventB)).toBe('plain');
      expect(await versionOf(eventB)).toBe(before);
    });
  });

  describe('Dialect', () => {
    const pg = dialectOf(new DataSource({ type: 'postgres' }));
    const sqlite = dialectOf(new DataSource({ type: 'sqlite', database: ':memory:' }));

    it('is the one the app injects for its database', () => {
      expect(dialect).toBe(dialectOf(t.dataSource));
      expect(dialect.name).toBe(postgres ? 'postgres' : 'sqlite');
    });

    it('numbers placeholders on PostgreSQL and not on SQLite', () => {
      expect([pg.param(1), pg.params(2, 3)]).toEqual(['$1', '$2, $3, $4']);
      expect([sqlite.param(1), sqlite.params(2, 3)]).toEqual(['?', '?, ?, ?']);
    });

    it('locks an event with a transaction-scoped advisory lock on PostgreSQL; SQLite serializes every write instead', () => {
      expect(pg.eventLock('e1')).toEqual({ sql: 'SELECT pg_advisory_xact_lock(hashtext($1))', parameters: ['e1'] });
      expect(sqlite.eventLock('e1')).toBeUndefined();
      expect([pg.sharesOneConnection, sqlite.sharesOneConnection]).toEqual([false, true]);
    });

    it('claims with SKIP LOCKED only where rows can be locked', () => {
      expect([pg.skipsLockedRows, sqlite.skipsLockedRows]).toEqual([true, false]);
    });

    it('reads a read-only REPEATABLE READ snapshot on PostgreSQL', () => {
      expect(pg.snapshotRead).toEqual({ isolation: 'REPEATABLE READ', statements: ['SET TRANSACTION READ ONLY'] });
      expect(sqlite.snapshotRead).toBeUndefined();
    });
  });
});
