/**
 * Writes the served OpenAPI document to a file (the browser code's API types are generated from
 * it by openapi-typescript): the real app on a throw-away in-memory database, no port opened.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';

async function main(out: string) {
  const config = loadConfig({
    DATABASE_PATH: ':memory:',
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    WEBHOOKS_POLL_MS: '0',
  });
  const app = await createApp(config, { logger: ['error'] });
  try {
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/docs/openapi.json -> ${res.statusCode}`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(JSON.parse(res.body), null, 2) + '\n');
  } finally {
    await app.close();
  }
}

main(process.argv[2] ?? 'web/generated/openapi.json').catch((error) => {
  console.error(error);
  process.exit(1);
});
