import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateOpenApiMetadata } from '../../scripts/generate-openapi-metadata';
import { createTestApp, TestApp } from '../create-test-app';

const run = promisify(execFile);
const bin = (name: string) => resolve('node_modules/.bin', name);

/** Runs a linter that exits non-zero when it finds problems; its JSON report is what counts. */
async function lint(command: string, args: string[]): Promise<string> {
  try {
    return (await run(bin(command), args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (stdout) return stdout;
    throw error;
  }
}

describe('the served OpenAPI document', () => {
  let t: TestApp;
  let dir: string;
  let file: string;
  let document: any;

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.anon().get('/api/docs/openapi.json').expect(200);
    document = res.body;
    dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
    file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('passes Redocly lint (recommended rules, redocly.yaml) with no error and no warning', async () => {
    const report = JSON.parse(await lint('redocly', ['lint', file, '--config', 'redocly.yaml', '--format', 'json']));
    const problems = report.problems.map(
      (p: any) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`,
    );
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('passes Spectral lint (oas ruleset, .spectral.yaml) with no error and no warning', async () => {
    const report = JSON.parse(
      (await lint('spectral', ['lint', file, '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet'])) || '[]',
    );
    expect(report.map((p: any) => `${p.code}: ${p.message} at ${p.path.join('.')}`)).toEqual([]);
  });

  it('names every operation with a readable operationId, a tag, a summary and a description', () => {
    const operations = Object.entries<any>(document.paths).flatMap(([path, item]) =>
      Object.entries<any>(item).map(([method, operation]) => ({ at: `${method} ${path}`, ...operation })),
    );
    expect(operations.length).toBeGreaterThan(90);
    const bad = operations.filter(
      (o) => !/^[a-z][A-Za-z]+$/.test(o.operationId) || !o.tags?.length || !o.summary || !o.description,
    );
    expect(bad.map((o) => `${o.at} ${o.operationId}`)).toEqual([]);
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents a body for every success answer except 204 and 304, and no untyped object', () => {
    const untyped: string[] = [];
    const visit = (schema: any, at: string) => {
      if (!schema || typeof schema !== 'object') return;
      if (schema.type === 'object' && !schema.properties && !schema.additionalProperties && !schema.$ref)
        untyped.push(at);
      Object.entries<any>(schema.properties ?? {}).forEach(([name, s]) => visit(s, `${at}.${name}`));
      if (schema.items) visit(schema.items, `${at}[]`);
    };
    for (const [path, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        const [status, success] = Object.entries<any>(operation.responses).find(([s]) => s.startsWith('2'))!;
        if (status !== '204' && !success.content) untyped.push(`${method} ${path} ${status} has no body`);
      }
    }
    for (const [name, schema] of Object.entries<any>(document.components.schemas)) visit(schema, name);
    expect(untyped).toEqual([]);
  });

  it('lets Swagger UI authorize with a token or the cookie and send If-Match', async () => {
    const ui = await t.anon().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
    expect(document.components.securitySchemes).toMatchObject({
      bearer: { type: 'http', scheme: 'bearer' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'agenda_session' },
    });
    const update = document.paths['/api/events/{eventId}/sessions/{id}'].patch;
    expect(update.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(update.parameters).toContainEqual({ $ref: '#/components/parameters/IfMatch' });
    expect(document.components.parameters.IfMatch).toMatchObject({ name: 'If-Match', in: 'header' });
    expect(Object.keys(update.responses).sort()).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '409',
      '412',
      '413',
      '415',
    ]);
  });

  it('shows the demo program in its examples', () => {
    const create = document.paths['/api/events/{eventId}/sessions'].post;
    expect(create.requestBody.content['application/json'].example.title).toBe(
      'Scheduling a thousand talks without losing anyone',
    );
    expect(document.components.responses.Conflict.content['application/json'].example.conflicts[0].code).toBe(
      'room_double_booked',
    );
  });

  it('is built from Swagger plugin metadata that matches the source (run `npm run api:metadata` if not)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'openapi-metadata-'));
    try {
      generateOpenApiMetadata(fresh, 'metadata.ts');
      expect(readFileSync(join(fresh, 'metadata.ts'), 'utf8')).toBe(readFileSync('src/metadata.ts', 'utf8'));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 300_000);
});
