import fc from 'fast-check';
import { TestApp } from '../create-test-app';
import { changeCounter, sameSnapshot, snapshotDatabase, snapshotDiff } from './db-snapshot';
import { FuzzCase, jsonCase } from './fuzz-case';
import { FuzzFixture, OWN_ORIGIN } from './fuzz-fixture';
import { toJsonText } from './hostile-values';
import { importerCases, otherEndpoints } from './other-endpoints';
import { programEndpoints } from './program-endpoints';

/** The statuses docs/design.md documents for client mistakes (plus 405/415 for a wrong method or media type). */
const DOCUMENTED_4XX = new Set([400, 401, 403, 404, 405, 409, 412, 413, 415, 429]);
const READ_BACK =
  /^\/api\/events\/[^/?]+(\/(rooms|tracks|slots|speakers|sessions|sessions\/[^/?]+\/presentations)(\/[^/?]+)?)?$/;

export interface FuzzStats {
  seed: number;
  cases: number;
  /** Answers by status, per endpoint group. */
  statuses: Record<string, Record<number, number>>;
  accepted: number;
  serverErrors: number;
  failures: string[];
  ms: number;
  /** Of ms: waiting for answers, and taking database snapshots. */
  requestMs: number;
  snapshotMs: number;
}

interface Answer {
  status: number;
  type: string;
  body: any;
  text: string;
}

/** Every write endpoint, hostile cases weighted so that each group gets a fair share. */
export function fuzzCases(fx: FuzzFixture): fc.Arbitrary<FuzzCase> {
  const json = [...programEndpoints(fx), ...otherEndpoints(fx)].map((endpoint) => jsonCase(endpoint, fx));
  return fc.oneof(
    { weight: 5, arbitrary: fc.oneof(...json) },
    { weight: 1, arbitrary: fc.oneof(...importerCases(fx)) },
  );
}

async function send(t: TestApp, fx: FuzzFixture, c: FuzzCase): Promise<Answer> {
  let req = t.anon()[c.method.toLowerCase() as 'post'](c.path);
  const auth = (token: string) => req.set('Authorization', `Bearer ${token}`);
  if (c.caller === 'admin') req = auth(t.adminToken);
  if (c.caller === 'readOnly') req = auth(fx.readOnlyToken);
  if (c.caller === 'foreign') req = auth(fx.foreignToken);
  if (c.caller === 'badToken') req = auth('ap_not-a-real-token');
  if (c.caller.startsWith('cookie')) req = req.set('Cookie', fx.adminCookie);
  if (c.caller === 'cookie') req = req.set('Origin', OWN_ORIGIN);
  if (c.caller === 'cookieEvilOrigin') req = req.set('Origin', 'https://evil.example');
  for (const [name, value] of Object.entries(c.headers)) req = req.set(name, value);
  if (c.body) {
    const bytes = c.body.kind === 'json' ? Buffer.from(toJsonText(c.body.value)) : c.body.bytes;
    const type = c.body.kind === 'json' ? 'application/json' : c.body.contentType;
    if (type) req = req.set('Content-Type', type);
    // serialize: superagent would otherwise JSON-encode a Buffer as {"type":"Buffer",...}.
    req = req.serialize((data: unknown) => data as string).send(bytes as unknown as string);
  }
  const res = await req;
  return { status: res.status, type: String(res.headers['content-type'] ?? ''), body: res.body, text: res.text ?? '' };
}

/** What is wrong with an answer, judged on the answer alone. */
function answerProblems(answer: Answer): string[] {
  const { status, body } = answer;
  if (status >= 500) return [`server error ${status}`];
  if (status < 200 || (status >= 300 && status < 400)) return [`unexpected status ${status}`];
  if (status < 400) return [];
  const problems: string[] = [];
  if (!DOCUMENTED_4XX.has(status)) problems.push(`undocumented status ${status}`);
  if (!answer.type.startsWith('application/json')) problems.push(`error body is ${answer.type || 'untyped'}, not JSON`);
  if (body?.statusCode !== status) problems.push(`body.statusCode ${body?.statusCode} differs from ${status}`);
  if (typeof body?.error !== 'string' || !body.error) problems.push('body.error missing');
  if (!Array.isArray(body?.message) || !body.message.length || body.message.some((m: unknown) => typeof m !== 'string'))
    problems.push('body.message is not a non-empty string[]');
  return problems;
}

/** An accepted write must be stored as acknowledged: read the record back and compare field by field. */
async function readBackProblems(t: TestApp, c: FuzzCase, answer: Answer): Promise<string[]> {
  const path = c.path.split('?')[0];
  if (!READ_BACK.test(path) || c.method === 'DELETE' || typeof answer.body?.id !== 'string') return [];
  const url = c.method === 'POST' ? `${path}/${answer.body.id}` : path;
  const stored = await t.http().get(url);
  if (stored.status !== 200) return [`read-back GET ${url} -> ${stored.status}`];
  const differences = Object.keys(answer.body)
    .filter((key) => key !== 'warnings' && JSON.stringify(answer.body[key]) !== JSON.stringify(stored.body[key]))
    .map(
      (key) =>
        `${key}: acknowledged ${JSON.stringify(answer.body[key])?.slice(0, 120)}, stored ${JSON.stringify(stored.body[key])?.slice(0, 120)}`,
    );
  return differences.length ? [`stored record differs from the acknowledged one: ${differences.join('; ')}`] : [];
}

/**
 * Sends `runs` generated hostile requests through the real app and checks each: never a 5xx,
 * every error in the documented body, the database unchanged by every refused request (byte for
 * byte, all tables), and every accepted write stored as acknowledged. Failures are collected,
 * not thrown, so one run lists them all; the seed reproduces the run.
 */
export async function runFuzz(
  t: TestApp,
  fx: FuzzFixture,
  options: { runs: number; seed?: number; progress?: (done: number) => void },
): Promise<FuzzStats> {
  const seed = options.seed ?? Date.now() % 1_000_000_000;
  const stats: FuzzStats = {
    seed,
    cases: 0,
    statuses: {},
    accepted: 0,
    serverErrors: 0,
    failures: [],
    ms: 0,
    requestMs: 0,
    snapshotMs: 0,
  };
  const started = Date.now();
  let before = await snapshotDatabase(t.dataSource);
  let counter = await changeCounter(t.dataSource);
  const property = fc.asyncProperty(fuzzCases(fx), async (c) => {
    stats.cases += 1;
    let answer: Answer;
    const sent = Date.now();
    try {
      answer = await send(t, fx, c);
      stats.requestMs += Date.now() - sent;
    } catch (error) {
      stats.failures.push(`${c.method} ${c.path} as ${c.caller} (${c.note}): no answer: ${(error as Error).message}`);
      return;
    }
    const group = (stats.statuses[c.group] ??= {});
    group[answer.status] = (group[answer.status] ?? 0) + 1;
    if (answer.status >= 500) stats.serverErrors += 1;
    const problems = answerProblems(answer);
    const snapshotted = Date.now();
    const count = await changeCounter(t.dataSource);
    const after = count !== undefined && count === counter ? before : await snapshotDatabase(t.dataSource);
    counter = count;
    stats.snapshotMs += Date.now() - snapshotted;
    if (answer.status >= 400 && !sameSnapshot(before, after)) {
      problems.push(
        `the database changed although the answer was ${answer.status}: ${snapshotDiff(before, after).join(' | ')}`,
      );
    }
    if (answer.status < 300) {
      stats.accepted += 1;
      problems.push(...(await readBackProblems(t, c, answer)));
    }
    before = after;
    if (problems.length && stats.failures.length < 50) {
      stats.failures.push(
        `${c.method} ${c.path.slice(0, 200)} as ${c.caller} (${c.note.slice(0, 400)}) -> ${answer.status} ${answer.text.slice(0, 300)}\n    ${problems.join('\n    ')}`,
      );
    }
    if (stats.cases % 250 === 0) {
      const health = await t.anon().get('/api/health');
      if (health.status !== 200)
        stats.failures.push(`after ${stats.cases} cases /api/health answered ${health.status}`);
      options.progress?.(stats.cases);
    }
  });
  await fc.assert(property, { numRuns: options.runs, seed });
  stats.ms = Date.now() - started;
  return stats;
}

/** One line per group: how the app answered. */
export function formatStats(stats: FuzzStats): string {
  const groups = Object.entries(stats.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([group, statuses]) =>
        `${group}: ${Object.entries(statuses)
          .map(([status, n]) => `${status}×${n}`)
          .join(' ')}`,
    );
  return (
    `${stats.cases} cases in ${(stats.ms / 1000).toFixed(1)} s (requests ${(stats.requestMs / 1000).toFixed(1)} s, ` +
    `snapshots ${(stats.snapshotMs / 1000).toFixed(1)} s; seed ${stats.seed}): ${stats.accepted} accepted writes, ` +
    `${stats.serverErrors} server errors, ${stats.failures.length} failures\n  ${groups.join('\n  ')}`
  );
}
