import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { backupSqlite, restoreSqliteBackup } from './sqlite-backup';

/**
 * `npm run backup [-- <file>]`: a consistent copy of the SQLite database (DATABASE_PATH) while
 * the server runs, by default ./backups/agenda-<UTC time>.sqlite.
 * `npm run backup -- --restore <file>`: with the server stopped, puts the copy in place.
 */
async function main(args: string[]): Promise<void> {
  const config = loadConfig();
  if (config.database.kind !== 'sqlite' || config.database.path === ':memory:') {
    throw new Error('npm run backup copies a SQLite file; for PostgreSQL use pg_dump (see README)');
  }
  if (args[0] === '--restore') {
    if (!args[1]) throw new Error('usage: npm run backup -- --restore <backup file>');
    const movedAside = await restoreSqliteBackup(args[1], config.database.path);
    console.log(
      `restored ${args[1]} to ${config.database.path}${movedAside.length ? `; the previous files are kept as ${movedAside.join(', ')}` : ''}`,
    );
    return;
  }
  const target = args[0] ?? join('backups', `agenda-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
  const report = await backupSqlite(config.database.path, target);
  const rows = Object.entries(report.rows)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');
  console.log(
    `backup ${report.file}: ${(report.bytes / 1024).toFixed(0)} KiB in ${report.ms} ms, integrity ok (${rows})`,
  );
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`backup failed: ${error.message}`);
    process.exit(1);
  },
);
