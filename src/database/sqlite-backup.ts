import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Database, OPEN_READONLY, OPEN_READWRITE } from 'sqlite3';

/**
 * Whole-database backups of the SQLite file while the server keeps running.
 *
 * `VACUUM INTO` copies the database as one read transaction: in WAL mode it sees a single
 * committed state (never half of a write) and the server's writers go on meanwhile. The copy is
 * compacted and has no -wal file, so it is complete on its own. (The per-event JSON export at
 * /api/events/:eventId/export.json is the portable alternative; this one keeps everything:
 * accounts, tokens, audit log, versions.)
 */

export interface BackupReport {
  file: string;
  bytes: number;
  ms: number;
  /** Row counts of the main tables in the copy. */
  rows: Record<string, number>;
}

const COUNTED = ['events', 'sessions', 'speakers', 'rooms', 'users'];

function open(path: string, mode: number): Promise<Database> {
  return new Promise((ok, fail) => {
    const db = new Database(path, mode, (error) => (error ? fail(error) : ok(db)));
  });
}

function all<T>(db: Database, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((ok, fail) => db.all(sql, params, (error, rows) => (error ? fail(error) : ok(rows as T[]))));
}

function close(db: Database): Promise<void> {
  return new Promise((ok, fail) => db.close((error) => (error ? fail(error) : ok())));
}

/** Checks a database file: `PRAGMA integrity_check` must say ok. Returns the row counts. */
export async function verifySqliteFile(file: string): Promise<Record<string, number>> {
  const db = await open(file, OPEN_READONLY);
  try {
    const result = (await all<{ integrity_check: string }>(db, 'PRAGMA integrity_check'))
      .map((row) => row.integrity_check)
      .join('; ');
    if (result !== 'ok') throw new Error(`${file} is damaged: ${result}`);
    const tables = new Set(
      (await all<{ name: string }>(db, `SELECT name FROM sqlite_master WHERE type = 'table'`)).map((row) => row.name),
    );
    if (!tables.has('events')) throw new Error(`${file} is not an agenda planner database (no events table)`);
    const rows: Record<string, number> = {};
    for (const table of COUNTED.filter((name) => tables.has(name))) {
      rows[table] = (await all<{ n: number }>(db, `SELECT COUNT(*) AS n FROM "${table}"`))[0].n;
    }
    return rows;
  } finally {
    await close(db);
  }
}

/** Copies the live database at `source` into the new file `target`, then verifies the copy. */
export async function backupSqlite(source: string, target: string): Promise<BackupReport> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(target)) throw new Error(`${target} already exists: a backup never overwrites a file`);
  mkdirSync(dirname(target), { recursive: true });
  const started = Date.now();
  // Read-write: a reader of a WAL database needs the shared-memory file; nothing is written to the source.
  const db = await open(source, OPEN_READWRITE);
  try {
    await all(db, 'PRAGMA busy_timeout = 10000');
    await all(db, 'VACUUM INTO ?', [target]);
  } finally {
    await close(db);
  }
  const rows = await verifySqliteFile(target);
  return { file: target, bytes: statSync(target).size, ms: Date.now() - started, rows };
}

/**
 * Puts a backup in place of the database at `databasePath`; the server must be stopped. The
 * current file and its -wal/-shm are moved aside (never deleted): a -wal left beside the restored
 * file would be replayed onto it by the next start.
 */
export async function restoreSqliteBackup(
  backup: string,
  databasePath: string,
  stamp = new Date().toISOString().replace(/[:.]/g, '-'),
): Promise<string[]> {
  await verifySqliteFile(backup);
  const movedAside: string[] = [];
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (!existsSync(databasePath + suffix)) continue;
    const aside = `${databasePath}.before-restore-${stamp}${suffix}`;
    renameSync(databasePath + suffix, aside);
    movedAside.push(aside);
  }
  mkdirSync(dirname(databasePath), { recursive: true });
  copyFileSync(backup, databasePath);
  return movedAside;
}
