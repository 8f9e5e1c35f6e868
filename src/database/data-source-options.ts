import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * sqlite3 as TypeORM gets it, minus verbose mode: TypeORM switches that on, and it then records a
 * stack trace and util.inspect()s the arguments of every call (a fifth of a cached read's CPU),
 * only to decorate the stack of an error.
 */
const quietSqlite3 = Object.assign(Object.create(sqlite3) as typeof sqlite3, { verbose: () => sqlite3 });

/** The one TypeORM configuration, shared by the app, the migration CLI (ormconfig.ts) and tests. */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  const { database } = config;
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    logging: database.logging,
  };
  if (database.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      extra: { max: database.poolSize, statement_timeout: database.statementTimeoutMs },
    };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    driver: quietSqlite3,
    database: database.path,
    // WAL lets readers run beside the single writer; busy_timeout makes a second process wait, not fail.
    enableWAL: database.path !== ':memory:',
    busyErrorRetry: 50,
  };
}
