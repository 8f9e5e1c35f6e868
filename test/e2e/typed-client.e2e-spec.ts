import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, TestApp } from '../create-test-app';

const run = promisify(execFile);
const bin = (name: string) => resolve('node_modules/.bin', name);

/** An integrator's program: reads a 409's conflict codes, a 412's current version and the feed directory. */
const CLIENT = `
import createClient from 'openapi-fetch';
import type { components, paths } from './api';

type CreateSession = components['schemas']['CreateSessionDto'];
const client = createClient<paths>({ baseUrl: 'https://agenda.example' });

export async function conflictCodes(eventId: string, body: CreateSession): Promise<string[]> {
  const { data, error } = await client.POST('/api/events/{eventId}/sessions', { params: { path: { eventId } }, body });
  if (data) return [];
  if (error && 'conflicts' in error) return (error.conflicts ?? []).map((conflict) => conflict.code);
  return [];
}

export async function currentVersion(eventId: string, id: string, seen: number): Promise<number | undefined> {
  const { error } = await client.PATCH('/api/events/{eventId}/rooms/{id}', {
    params: { path: { eventId, id }, header: { 'If-Match': \`"\${seen}"\` } },
    body: { capacity: 10 },
  });
  if (error && 'currentVersion' in error) return error.currentVersion;
  return undefined;
}

export async function feedLinks(eventId: string): Promise<string[]> {
  const { data } = await client.GET('/api/events/{eventId}/feeds', { params: { path: { eventId } } });
  if (!data) return [];
  return [data.event.feedUrl, ...data.tracks.map((track) => track.webcalUrl)];
}

export async function sessionTitles(eventId: string): Promise<string[]> {
  const { data } = await client.GET('/api/events/{eventId}/sessions', {
    params: { path: { eventId }, query: { page: 1, limit: 500 } },
  });
  return data ? data.items.map((session) => session.title) : [];
}
`;

/** The same program with a misspelt field: it must not compile, or the types say nothing. */
const WRONG = `
import createClient from 'openapi-fetch';
import type { paths } from './api';

const client = createClient<paths>({ baseUrl: 'https://agenda.example' });
export async function feedLink(eventId: string): Promise<string | undefined> {
  const { data } = await client.GET('/api/events/{eventId}/feeds', { params: { path: { eventId } } });
  return data?.event.feedURL;
}
`;

async function tsc(dir: string, file: string): Promise<{ ok: boolean; output: string }> {
  const args = ['--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'ESNext'];
  try {
    await run(bin('tsc'), [...args, '--moduleResolution', 'bundler', join(dir, file)]);
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe('a typed client generated from the served document', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp();
    // Inside node_modules so that the program resolves openapi-fetch as an integrator's project would.
    mkdirSync(resolve('node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(resolve('node_modules/.cache/typed-client-'));
    const document = (await t.anon().get('/api/docs/openapi.json').expect(200)).body;
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    await run(bin('openapi-typescript'), [join(dir, 'openapi.json'), '-o', join(dir, 'api.d.ts')]);
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    writeFileSync(join(dir, 'wrong.ts'), WRONG);
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("compiles under tsc --strict, reading a 409's conflict codes, a 412's current version and the feed directory", async () => {
    const { ok, output } = await tsc(dir, 'client.ts');
    expect(output).toBe('');
    expect(ok).toBe(true);
  });

  it('refuses a program that reads a field the document does not have', async () => {
    const { ok, output } = await tsc(dir, 'wrong.ts');
    expect(ok).toBe(false);
    expect(output).toMatch(/Property 'feedURL' does not exist/);
  });
});
