import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database, RunResult } from 'sqlite3';
import { keepPreparedStatements } from '../../../src/database/sqlite-prepared-statements';

const all = (db: Database, sql: string, params: unknown[] = []) =>
  new Promise<unknown[]>((ok, fail) => db.all(sql, params, (error, rows) => (error ? fail(error) : ok(rows))));
const run = (db: Database, sql: string, params: unknown[] = []) =>
  new Promise<{ lastID: number; changes: number }>((ok, fail) =>
    db.run(sql, params, function (this: RunResult, error: Error | null) {
      if (error) return fail(error);
      ok({ lastID: this.lastID, changes: this.changes });
    }),
  );

describe('keepPreparedStatements (SQLite statements prepared once per connection)', () => {
  let dir: string;
  let db: Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'prepared-'));
    db = await new Promise<Database>((ok, fail) => {
      const opened: Database = new Database(join(dir, 'x.sqlite'), (error) => (error ? fail(error) : ok(opened)));
    });
    keepPreparedStatements(db);
    await run(db, 'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const close = () => new Promise<void>((ok, fail) => db.close((error) => (error ? fail(error) : ok())));

  it('answers as node-sqlite3 does: rows, lastID and changes, a statement reused with new parameters', async () => {
    expect(await run(db, 'INSERT INTO t (name) VALUES (?)', ['a'])).toEqual({ lastID: 1, changes: 1 });
    expect(await run(db, 'INSERT INTO t (name) VALUES (?)', ['b'])).toEqual({ lastID: 2, changes: 1 });
    expect(await all(db, 'SELECT name FROM t WHERE id = ?', [2])).toEqual([{ name: 'b' }]);
    expect(await all(db, 'SELECT name FROM t WHERE id = ?', [1])).toEqual([{ name: 'a' }]);
    expect(await run(db, 'UPDATE t SET name = name || ?', ['!'])).toMatchObject({ changes: 2 });
    await close();
  });

  it('calls back with the error of a statement that cannot be prepared, also for calls waiting on it', async () => {
    const bad = 'SELECT label FROM missing WHERE id = ?';
    const results = await Promise.allSettled([all(db, bad, [1]), all(db, bad, [2])]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    await expect(all(db, bad, [3])).rejects.toThrow(/no such table/);
    await run(db, 'CREATE TABLE missing (id INTEGER, label TEXT)');
    expect(await all(db, bad, [3])).toEqual([]); // prepared afresh once it can be
    await close();
  });

  it('keeps a failing write usable, and a COMMIT after the statements it kept', async () => {
    await run(db, 'BEGIN IMMEDIATE');
    await run(db, 'INSERT INTO t (name) VALUES (?)', ['x']);
    await expect(run(db, 'INSERT INTO t (name) VALUES (?)', ['x'])).rejects.toThrow(/UNIQUE/);
    expect(await all(db, 'SELECT count(*) AS n FROM t')).toEqual([{ n: 1 }]);
    await run(db, 'COMMIT'); // no statement is left running: every one is reset after its call
    await expect(run(db, 'INSERT INTO t (name) VALUES (?)', ['x'])).rejects.toThrow(/UNIQUE/);
    await close();
  });

  it('stays bounded over many different statements and still closes', async () => {
    for (let i = 0; i < 150; i++) expect(await all(db, `SELECT ${i} AS n`)).toEqual([{ n: i }]);
    await close(); // SQLite refuses to close a connection whose statements are not finalized
  });
});
