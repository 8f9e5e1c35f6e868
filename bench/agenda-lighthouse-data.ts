/**
 * Fills a SQLite file for a Lighthouse run of the public pages: the demo program (seeded at start)
 * and a published FOSDEM-scale program. Then `DATABASE_PATH=<file> PORT=<port> npm start`.
 *   DATABASE_PATH=/tmp/lh.sqlite npx ts-node --transpile-only bench/agenda-lighthouse-data.ts
 */
import { ANONYMOUS } from '../src/auth/principal';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';
import { VersionsService } from '../src/versions/versions.service';
import { DataSource } from 'typeorm';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

async function main(): Promise<void> {
  const app = await createApp(loadConfig(process.env), { logger: ['error'] });
  await app.init();
  const eventId = await insertSyntheticProgram(app.get(DataSource), FOSDEM_SCALE);
  await app.get(VersionsService).publish(eventId, 'lighthouse', ANONYMOUS);
  console.log(`FOSDEM-scale program: /e/bench-${eventId.slice(0, 8)}`);
  await app.close();
}

void main();
