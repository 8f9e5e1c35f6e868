import { createTestApp, TestApp } from '../create-test-app';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { describeSqliteOnly } from '../support/requirements';

// TypeORM's SQLite driver has one connection for everything: without the unit of work's guard (sqlite-connection-guard.ts), another
// request's queries ran inside an open write transaction and were rolled back with it.
describeSqliteOnly('SQLite: other requests never run inside an open write transaction', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query('CREATE TABLE isolation_probe (v TEXT)');
  });
  afterAll(() => t.close());

  it("keeps another request's write when the transaction fails; a read beside it sees the last commit, never its rows", async () => {
    const unitOfWork = t.app.get(UnitOfWork);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const failing = unitOfWork.transaction(async (manager) => {
      await manager.query("INSERT INTO isolation_probe VALUES ('inside the failing transaction')");
      await gate;
      throw new Error('409: a conflict found after the insert');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));

    // a read beside the open transaction runs on the second connection: the last commit, never its rows
    expect(await t.dataSource.query('SELECT v FROM isolation_probe')).toEqual([]);
    let writeDone = false;
    const write = t.dataSource
      .query("INSERT INTO isolation_probe VALUES ('another request')")
      .then(() => (writeDone = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writeDone).toBe(false); // a write waits for the transaction instead of running inside it

    release();
    await expect(failing).rejects.toThrow('409');
    await write;
    expect(await t.dataSource.query('SELECT v FROM isolation_probe')).toEqual([{ v: 'another request' }]);
  });

  it("lets the transaction's own work query through injected repositories too", async () => {
    const unitOfWork = t.app.get(UnitOfWork);
    const rows = await unitOfWork.transaction(async (manager) => {
      await manager.query("INSERT INTO isolation_probe VALUES ('committed')");
      return t.dataSource.query("SELECT v FROM isolation_probe WHERE v = 'committed'"); // the shared connection, same context
    });
    expect(rows).toEqual([{ v: 'committed' }]);
  });
});
