import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, TestApp } from '../create-test-app';

const run = promisify(execFile);
const bin = (name: string) => resolve('node_modules/.bin', name);
const GENERATED = resolve('web/generated');

/**
 * The browser code (agenda page, console, editor, insights) takes its API types from the served
 * OpenAPI document: regenerate them from the app under test, as `npm run api:types` does, and
 * type-check every page with `tsc -p web` (strict), so a server change that breaks a page fails CI.
 */
describe('Browser code against the served API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('compiles under tsc --strict with types generated from /api/docs/openapi.json', async () => {
    const document = (await t.anon().get('/api/docs/openapi.json').expect(200)).body;
    mkdirSync(GENERATED, { recursive: true });
    writeFileSync(join(GENERATED, 'openapi.json'), JSON.stringify(document, null, 2) + '\n');
    await run(bin('openapi-typescript'), [
      join(GENERATED, 'openapi.json'),
      '-o',
      join(GENERATED, 'api.d.ts'),
      '--root-types',
    ]);
    await expect(run(bin('tsc'), ['-p', 'web'])).resolves.toBeDefined();
  }, 180_000);
});
