import { DataSource, Migration, MigrationExecutor } from 'typeorm';

/**
 * Key of the session-level advisory lock that serializes migration runs on PostgreSQL.
 * The two-int form lives in a key space of its own, apart from the one-bigint keys
 * UnitOfWork takes per event (the event lock of dialect.ts: `pg_advisory_xact_lock(hashtext(eventId))`).
 */
const MIGRATION_LOCK_SQL = "hashtext('agenda-planner'), hashtext('migrations')";

/**
 * Runs pending migrations on PostgreSQL while holding an advisory lock, so that app instances
 * starting together against one database migrate one after the other: the first applies the
 * migrations, the others then find nothing pending. Without it both see an empty `migrations`
 * table and race to create the same tables ("duplicate key value violates unique constraint").
 * The lock, the migrations and their bookkeeping all use one connection, which works with a
 * pool of one and frees the lock if the process dies.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Waiting for another instance's migrations, and the migrations themselves, may outlast
    // the pool's statement_timeout; RESET below restores the connection's own value.
    await runner.query('SET statement_timeout = 0');
    await runner.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_SQL})`);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = dataSource.options.migrationsTransactionMode ?? 'all';
      return await executor.executePendingMigrations();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_SQL})`);
    }
  } finally {
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
