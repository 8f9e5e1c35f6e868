import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';

export interface BenchApp {
  app: NestFastifyApplication;
  url: string;
  dataSource: DataSource;
  close: () => Promise<void>;
}

/** The real app listening on a free loopback port, on a fresh SQLite file or DATABASE_URL. */
export async function startBenchApp(): Promise<BenchApp> {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-bench-'));
  const config = loadConfig({ ...process.env, DATABASE_PATH: join(dir, 'bench.sqlite'), SEED_DEMO: 'false' });
  const app = await createApp(config, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  if (config.database.kind === 'postgres') await dataSource.query('DELETE FROM events');
  return {
    app,
    dataSource,
    url: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
