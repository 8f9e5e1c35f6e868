import { ConsoleLogger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { MIGRATIONS } from '../../src/database/migrations';
import { describePostgresOnly } from '../support/requirements';

const url = process.env.DATABASE_URL;

/**
 * Several instances starting at once against one fresh database (a rolling deploy, a scaled
 * service) must migrate it exactly once. Leaves the schema fully migrated, as every other
 * spec expects (createTestApp empties the tables but does not create them).
 */
describePostgresOnly('PostgreSQL startup', () => {
  let apps: NestFastifyApplication[] = [];
  // A plain connection beside the apps (no entities, no migrations) for raw SQL.
  let sql: DataSource;

  beforeAll(async () => {
    sql = await new DataSource({ type: 'postgres', url }).initialize();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await sql.destroy();
  });
  afterEach(() => jest.restoreAllMocks());

  it('two instances starting together on an empty database both come up and apply each migration once', async () => {
    await sql.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    // A lost race shows up as a logged error ("Unable to connect to the database. Retrying")
    // even when @nestjs/typeorm's retry later rescues the start.
    const errors = jest.spyOn(ConsoleLogger.prototype, 'error');
    // A pool of one: the migration lock must not starve the migrations of a connection.
    const config = loadConfig({
      DATABASE_URL: url,
      SEED_DEMO: 'false',
      DB_POOL_SIZE: '1',
      DB_STATEMENT_TIMEOUT_MS: '15000',
    });

    const started = await Promise.allSettled([0, 1].map(() => createApp(config, { logger: ['error'] })));
    apps = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));

    expect(started.map((result) => (result.status === 'fulfilled' ? 'up' : String(result.reason)))).toEqual([
      'up',
      'up',
    ]);
    expect(errors).not.toHaveBeenCalled();
    const rows: { name: string; count: number }[] = await sql.query(
      'SELECT name, COUNT(*)::int AS count FROM migrations GROUP BY name',
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(rows.sort(byName)).toEqual(MIGRATIONS.map((migration) => ({ name: migration.name, count: 1 })).sort(byName));
    for (const app of apps) {
      await request(app.getHttpServer()).get('/api/health').expect(200);
      await request(app.getHttpServer()).get('/api/events').expect(200, { items: [], total: 0, page: 1, limit: 50 });
      // The migration connection went back to the pool with the configured timeout restored.
      expect(await app.get(DataSource).query('SHOW statement_timeout')).toEqual([{ statement_timeout: '15s' }]);
    }
    expect(
      await sql.query(
        "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      ),
    ).toEqual([]);
  });

  it('a restart against the migrated database finds nothing pending', async () => {
    const app = await createApp(loadConfig({ DATABASE_URL: url, SEED_DEMO: 'false' }), { logger: ['error'] });
    apps.push(app);
    expect(await sql.query('SELECT COUNT(*)::int AS count FROM migrations')).toEqual([{ count: MIGRATIONS.length }]);
  });
});
