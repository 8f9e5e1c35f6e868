import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../create-test-app';
import { createFuzzFixture, FuzzFixture, OWN_ORIGIN } from '../fuzz/fuzz-fixture';
import { DeepJson } from '../fuzz/hostile-values';
import { formatStats, runFuzz } from '../fuzz/run-fuzz';

// 1,000 cases reach every write group; `npm run bench -- fuzz` runs more with a new seed each time.
// In CI the spec runs late in one jest process with the contract check on every answer: about 0.1 s a case.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
// A fixed seed keeps CI reproducible; `npm run bench -- fuzz` explores with a new seed each run (FUZZ_SEED here replays one).
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

describe('fuzzed writes: hostile requests against every write endpoint', () => {
  jest.setTimeout(60_000 + RUNS * 150);
  let t: TestApp;
  let fx: FuzzFixture;

  beforeAll(async () => {
    t = await createTestApp();
    fx = await createFuzzFixture(t);
  });

  afterAll(() => t.close());

  describe('the inputs the fuzzer first broke the app with', () => {
    const raw = (path: string, bytes: Buffer | string, type = 'application/json') =>
      t
        .http()
        .post(path)
        .set('Content-Type', type)
        .serialize((data: unknown) => data as string)
        .send(bytes as string);

    it.each([
      [
        'nesting 20,000 levels deep (was a 500: stack overflow)',
        () => raw(`/api/events/${fx.target.eventId}/rooms`, `{"name":"x","extra":${new DeepJson(20_000).text()}}`),
        /body nests deeper than 32 levels/,
      ],
      [
        'a NUL character (PostgreSQL refuses it: a 500 there)',
        () => t.http().post(`/api/events/${fx.target.eventId}/rooms`).send({ name: 'a\u0000b' }),
        /name must not contain NUL/,
      ],
      [
        'a lone surrogate (was stored as U+FFFD after a 201)',
        () => t.http().post(`/api/events/${fx.target.eventId}/speakers`).send({ name: 'Ada \ud800' }),
        /name must be valid Unicode/,
      ],
      [
        'invalid UTF-8 bytes (were replaced silently)',
        () =>
          raw(
            `/api/events/${fx.target.eventId}/rooms`,
            Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
          ),
        /body is not valid UTF-8/,
      ],
      [
        'a NUL byte in a CSV upload',
        () => raw(`/api/events/${fx.target.eventId}/sessions.csv`, 'id,title,type\n,"a\u0000",talk\n', 'text/csv'),
        /NUL characters \(line 2\)/,
      ],
      [
        "a path parameter over 100 characters (was fastify's own 414 body)",
        () =>
          t
            .http()
            .patch(`/api/events/${fx.target.eventId}/rooms/${'x'.repeat(200)}`)
            .send({}),
        /longer than 100 characters/,
      ],
      [
        "a percent-escape that is not UTF-8 (was fastify's own body)",
        () => t.http().delete(`/api/events/${fx.target.eventId}/rooms/%E2%82`),
        /percent-escape/,
      ],
    ])('refuses %s with 400 and the one error body', async (_label, send, message) => {
      const res = await send();
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: [expect.stringMatching(message)] });
    });

    it('refuses a token for an event that does not exist with 404 (was a 500: foreign key)', async () => {
      const res = await t
        .anon()
        .post('/api/tokens')
        .set('Cookie', fx.adminCookie)
        .set('Origin', OWN_ORIGIN)
        .send({ name: 'x', scopes: ['read'], eventId: randomUUID().toUpperCase() }); // an event that does not exist, spelled in upper case
      expect(res.status).toBe(404);
      expect(res.body.message).toEqual([expect.stringMatching(/not found/)]);
    });
  });

  it(`answers ${RUNS} generated requests with 2xx or a documented 4xx, and only accepted writes change the database`, async () => {
    const stats = await runFuzz(t, fx, { runs: RUNS, seed: SEED });
    console.log(`fuzz: ${formatStats(stats)}`);
    expect(stats.failures).toEqual([]);
    expect(stats.serverErrors).toBe(0);
    if (RUNS >= 1000)
      expect(Object.keys(stats.statuses).sort()).toEqual([
        'agendas',
        'auth',
        'csv',
        'events',
        'import',
        'members',
        'presentations',
        'restore',
        'rooms',
        'sessions',
        'slots',
        'speakers',
        'tokens',
        'tracks',
        'users',
      ]);
  });
});
