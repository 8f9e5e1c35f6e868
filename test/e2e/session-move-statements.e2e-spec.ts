import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

/**
 * What one session write costs in SQL statements, counted through TypeORM's logger (every
 * statement of the app passes it). Two statements that come only now and then are left out of
 * the count: a token's last-use stamp (once a minute) and the live-stream log's trim (every
 * twentieth entry).
 */
const PERIODIC = [/^UPDATE "api_tokens"/, /FROM "program_changes"/, /^DELETE FROM "program_changes"/];

describe('What a session write costs in statements', () => {
  let t: TestApp;
  let p: Program;
  let statements: string[] | null = null;
  const postgres = Boolean(process.env.DATABASE_URL);

  /** The statements the app sends while `work` runs (the test's own request included). */
  const counted = async (work: () => Promise<unknown>): Promise<string[]> => {
    statements = [];
    try {
      await work();
      return statements.filter((sql) => !PERIODIC.some((pattern) => pattern.test(sql)));
    } finally {
      statements = null;
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ WEBHOOKS_POLL_MS: '0' }); // no outbox polling among the counted statements
    const logger = t.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements?.push(query);
      return logQuery(query, parameters, runner);
    };
    p = await createProgram(t.http);
  });
  afterAll(() => t.close());

  const newTalk = (overrides: Record<string, unknown> = {}) =>
    create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        roomId: p.roomA.id,
        trackId: p.track.id,
        speakers: [{ speakerId: p.ada.id }],
        expectedAttendance: 50,
        ...overrides,
      }),
    );

  it('moves a session in three statements to authorize and one transaction that also logs the change', async () => {
    const talk = await newTalk();
    const sent = await counted(() =>
      t
        .http()
        .patch(`${p.base}/sessions/${talk.id}`)
        .set('If-Match', `"${talk.version}"`)
        .send({ startsAt: '2026-03-10T09:15:00+01:00', endsAt: '2026-03-10T10:15:00+01:00' })
        .expect(200),
    );
    const begin = sent.findIndex((sql) => /^(BEGIN|START TRANSACTION)/.test(sql));
    const commit = sent.indexOf('COMMIT');
    // the token with its owner, the event's access row, the caller's role
    expect(begin).toBe(3);
    // lock (PostgreSQL), session with its event, its neighbours, the soft rules' context, the
    // versioned UPDATE, the audit entry, the program version, the change log (with its NOTIFY)
    expect(commit - begin - 1).toBe(postgres ? 8 : 7);
    expect(sent).toHaveLength(commit + 1);
    const changeLog = sent.findIndex((sql) => /INSERT INTO "?program_changes/.test(sql));
    expect(changeLog).toBeGreaterThan(begin);
    expect(changeLog).toBeLessThan(commit);
  });

  it('edits a title without reading any other session or the soft rules’ context', async () => {
    const talk = await newTalk({ startsAt: '2026-03-10T11:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00' });
    const sent = await counted(() =>
      t
        .http()
        .patch(`${p.base}/sessions/${talk.id}`)
        .set('If-Match', `"${talk.version}"`)
        .send({ title: 'Renamed' })
        .expect(200),
    );
    expect(sent.filter((sql) => /\bsessions\b/.test(sql) && sql.startsWith('SELECT'))).toHaveLength(1);
    expect(sent.filter((sql) => /UNION|time_slots|speakers WHERE/.test(sql))).toEqual([]);
    expect(sent).toHaveLength(postgres ? 11 : 10);
  });

  it('answers a move with the session as a later read shows it, presentations moved along', async () => {
    const talk = await newTalk({ startsAt: '2026-03-10T13:00:00+01:00', endsAt: '2026-03-10T14:00:00+01:00' });
    await create(t.http, `${p.base}/sessions/${talk.id}/presentations`, { title: 'First paper', durationMinutes: 20 });
    const current = (await t.http().get(`${p.base}/sessions/${talk.id}`).expect(200)).body;
    const moved = await t
      .http()
      .patch(`${p.base}/sessions/${talk.id}`)
      .set('If-Match', `"${current.version}"`)
      .send({ startsAt: '2026-03-10T13:30:00+01:00', endsAt: '2026-03-10T14:30:00+01:00' })
      .expect(200);
    const { warnings, ...answer } = moved.body;
    expect(warnings).toEqual([]);
    expect(answer.presentations[0]).toMatchObject({
      startsAt: '2026-03-10T13:30:00+01:00',
      version: current.presentations[0].version + 1,
    });
    expect((await t.http().get(`${p.base}/sessions/${talk.id}`).expect(200)).body).toEqual(answer);
  });
});
