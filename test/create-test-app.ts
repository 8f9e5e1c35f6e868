import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.setup';
import { AppConfig, loadConfig } from '../src/config/app-config';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => request.Agent;
  config: AppConfig;
  dataSource: DataSource;
  close: () => Promise<void>;
}

/**
 * The real app on a real database: a fresh SQLite file through the real driver (migrations
 * applied at start), or the PostgreSQL in DATABASE_URL (emptied first) when CI runs the suite there.
 */
export async function createTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-test-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'agenda.sqlite'),
    DATABASE_URL: process.env.DATABASE_URL,
    SEED_DEMO: 'false',
    FEED_DOMAIN: 'test.agenda.example',
    PUBLIC_BASE_URL: 'https://agenda.example',
    ...env,
  });
  const app = await createApp(config, { logger: process.env.TEST_LOGS ? undefined : ['error'] });
  const dataSource = app.get(DataSource);
  if (config.database.kind === 'postgres') await dataSource.query('DELETE FROM events');
  return {
    app,
    config,
    dataSource,
    http: () => request.agent(app.getHttpServer()),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
