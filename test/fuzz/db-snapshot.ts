import { DataSource } from 'typeorm';

/**
 * Every row of every table, canonical (rows sorted), so two snapshots compare byte for byte.
 * Left out: the audit log (written after the response, and it records only successful writes)
 * and bookkeeping that any request may touch (when a token, login session or agenda was last
 * used; throttle state, which counts refused attempts too).
 */
const SKIPPED_TABLES = new Set([
  'audit_log',
  'migrations',
  'typeorm_metadata',
  'throttle_hits',
  'known_login_addresses',
]);
const VOLATILE_COLUMNS: Record<string, string[]> = {
  api_tokens: ['last_used_at'],
  login_sessions: ['last_seen_at'],
  agendas: ['last_used_at'],
};

export type Snapshot = Map<string, string>;

const tablesOf = new WeakMap<DataSource, string[]>();

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] =
    dataSource.options.type === 'postgres'
      ? await dataSource.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        )
      : await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  return rows
    .map((row) => row.name)
    .filter((name) => !SKIPPED_TABLES.has(name))
    .sort();
}

/**
 * SQLite: rows inserted, updated or deleted on the connection so far (the app has one). While it
 * stands still nothing was written, not even a rolled-back change, and the snapshot before is
 * still exact; undefined on PostgreSQL, where every snapshot is taken in full.
 */
export async function changeCounter(dataSource: DataSource): Promise<number | undefined> {
  if (dataSource.options.type !== 'sqlite') return undefined;
  const [{ changes }] = await dataSource.query<{ changes: number }[]>('SELECT total_changes() AS changes');
  return changes;
}

export async function snapshotDatabase(dataSource: DataSource): Promise<Snapshot> {
  let tables = tablesOf.get(dataSource);
  if (!tables) tablesOf.set(dataSource, (tables = await tableNames(dataSource)));
  return dataSource.options.type === 'postgres'
    ? snapshotInOneQuery(dataSource, tables)
    : snapshotTableByTable(dataSource, tables);
}

async function snapshotTableByTable(dataSource: DataSource, tables: string[]): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  for (const table of tables) {
    const volatile = VOLATILE_COLUMNS[table] ?? [];
    const rows = await dataSource.query<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    const lines = rows.map((row) => {
      for (const column of volatile) delete row[column];
      return JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value));
    });
    snapshot.set(table, lines.sort().join('\n'));
  }
  return snapshot;
}

/**
 * PostgreSQL: one round trip for every table, and a row over 1,000 characters travels as its
 * start and an MD5 (the fuzzer stores multi-megabyte names, and one query per table with whole
 * rows made a 600-case run outlast its timeout on CI).
 */
async function snapshotInOneQuery(dataSource: DataSource, tables: string[]): Promise<Snapshot> {
  const selects = tables.map((table, index) => {
    const dropped = (VOLATILE_COLUMNS[table] ?? []).map((column) => ` - '${column}'`).join('');
    return `SELECT ${index} AS t, (to_jsonb(x)${dropped})::text AS r FROM "${table}" x`;
  });
  const rows = await dataSource.query<{ t: number; r: string }[]>(
    `SELECT t, CASE WHEN length(r) > 1000 THEN left(r, 200) || '… md5 ' || md5(r) ELSE r END AS r FROM (${selects.join(' UNION ALL ')}) rows`,
  );
  const lines = tables.map((): string[] => []);
  for (const row of rows) lines[row.t].push(row.r);
  return new Map(tables.map((table, index) => [table, lines[index].sort().join('\n')]));
}

/** The tables that differ, each with a few rows that appeared or disappeared. */
export function snapshotDiff(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const [table, rows] of after) {
    const old = before.get(table) ?? '';
    if (old === rows) continue;
    const oldRows = new Set(old.split('\n'));
    const newRows = new Set(rows.split('\n'));
    const added = [...newRows].filter((row) => row && !oldRows.has(row));
    const removed = [...oldRows].filter((row) => row && !newRows.has(row));
    out.push(
      `${table}: +${added.length} -${removed.length} ${added
        .slice(0, 2)
        .map((r) => `+${r.slice(0, 300)}`)
        .join(' ')} ${removed
        .slice(0, 2)
        .map((r) => `-${r.slice(0, 300)}`)
        .join(' ')}`,
    );
  }
  return out;
}

export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  if (a.size !== b.size) return false;
  for (const [table, rows] of a) if (b.get(table) !== rows) return false;
  return true;
}
