import { randomUUID } from 'node:crypto';
import { changedFields } from '../../src/audit/audit-diff';
import { buildSession, buildSlot, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';

interface AuditRow {
  method: string;
  event_id: string | null;
  entity: string;
  entity_id: string | null;
  status: number;
  changes: Record<string, { before?: unknown; after?: unknown }> | null;
  request_id: string;
}

/**
 * The audit entry is written by the service that owns the write, in the write's transaction:
 * it commits with the write or not at all, it is there when the response arrives, and its
 * "before" is the record as that transaction saw it (nothing is read again over HTTP).
 */
describe('Audit entries recorded inside the write transaction', () => {
  let t: TestApp;
  let p: Program;
  const postgres = () => t.dataSource.options.type === 'postgres';
  // request ids unique to this run: on PostgreSQL, entries of deleted events outlive earlier runs
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    t = await createTestApp({ WEBHOOKS_ALLOW_PRIVATE: 'true' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  /** Read straight from the table, at once: no waiting, no polling. */
  const entries = async (where: string): Promise<AuditRow[]> =>
    (
      await t.dataSource.query(
        `SELECT method, event_id, entity, entity_id, status, changes, request_id FROM audit_log WHERE ${where} ORDER BY at, id`,
      )
    ).map((row: AuditRow & { changes: unknown; status: unknown }) => ({
      ...row,
      status: Number(row.status),
      changes: typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes,
    }));

  it('is in the database when the response of the write arrives', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Before' }));
    await t
      .http()
      .patch(`/api/events/${p.eventId.toUpperCase()}/sessions/${session.id.toUpperCase()}`) // ids as stored: lower case
      .set('X-Request-Id', `req-1-${run}`)
      .send({ title: 'After' })
      .expect(200);
    expect(await entries(`request_id = 'req-1-${run}'`)).toEqual([
      expect.objectContaining({
        method: 'PATCH',
        event_id: p.eventId,
        entity: 'sessions',
        entity_id: session.id,
        status: 200,
        changes: { title: { before: 'Before', after: 'After' } },
      }),
    ]);
    await t.http().delete(`/api/events/${p.eventId.toUpperCase()}`).set('X-Request-Id', `req-2-${run}`).expect(204);
    expect(await entries(`request_id = 'req-2-${run}'`)).toEqual([
      expect.objectContaining({
        method: 'DELETE',
        event_id: null,
        entity: 'events',
        entity_id: p.eventId,
        status: 204,
      }),
    ]);
  });

  it('never shows a committed edit without its entry, to a reader watching the database during the writes', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession());
    // one statement, so one snapshot: the session's version and the count of its edit entries
    const observe = async () =>
      (
        await t.dataSource.query(
          `SELECT (SELECT version FROM sessions WHERE id = '${session.id}') AS version, (SELECT COUNT(*) FROM audit_log WHERE entity_id = '${session.id}' AND method = 'PATCH') AS edits`,
        )
      ).map((row: { version: unknown; edits: unknown }) => ({
        version: Number(row.version),
        edits: Number(row.edits),
      }))[0];
    let writing = true;
    const seen: { version: number; edits: number }[] = [];
    const watcher = (async () => {
      while (writing) seen.push(await observe());
    })();
    try {
      for (let edit = 1; edit <= 20; edit++) {
        await t
          .http()
          .patch(`${p.base}/sessions/${session.id}`)
          .send({ title: `Edit ${edit}` })
          .expect(200);
        seen.push(await observe()); // and at once when the response arrives
      }
    } finally {
      writing = false;
      await watcher;
    }
    expect(seen.filter(({ version, edits }) => edits !== version - 1)).toEqual([]);
    expect(seen.at(-1)).toEqual({ version: 21, edits: 20 });
  });

  it('leaves no entry for a write that fails: a stale If-Match (412) or a room clash (409)', async () => {
    const first = await create(t.http, `${p.base}/sessions`, buildSession({ roomId: p.roomA.id }));
    const second = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ roomId: p.roomA.id, startsAt: '2026-03-10T11:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00' }),
    );
    await t
      .http()
      .patch(`${p.base}/sessions/${first.id}`)
      .set('If-Match', `"${first.version + 5}"`)
      .send({ title: 'Never written' })
      .expect(412);
    await t
      .http()
      .patch(`${p.base}/sessions/${second.id}`)
      .send({ startsAt: '2026-03-10T09:30:00+01:00', endsAt: '2026-03-10T10:30:00+01:00' })
      .expect(409);
    expect(await entries(`method = 'PATCH' AND entity_id IN ('${first.id}', '${second.id}')`)).toEqual([]);
  });

  it('refuses the write when its entry cannot be written: no change is committed without its entry', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Kept' }));
    await refuseAuditInserts(true);
    try {
      await t.http().patch(`${p.base}/sessions/${session.id}`).send({ title: 'Unrecorded' }).expect(500);
    } finally {
      await refuseAuditInserts(false);
    }
    forgiveDeliberate500s();
    const read = await t.http().get(`${p.base}/sessions/${session.id}`).expect(200);
    expect(read.body).toMatchObject({ title: 'Kept', version: session.version });
  });

  it('commits a publish and a CSV import only with their entries: when the entry fails, neither happens', async () => {
    const csv = 'id,title,type,abstract\n,From a sheet,talk,Unscheduled\n';
    const before = (await t.http().get(`${p.base}/sessions?limit=500`).expect(200)).body.total;
    await refuseAuditInserts(true);
    try {
      await t.http().post(`${p.base}/publish`).expect(500);
      await t.http().post(`${p.base}/sessions.csv`).set('Content-Type', 'text/csv').send(csv).expect(500);
    } finally {
      await refuseAuditInserts(false);
    }
    forgiveDeliberate500s();
    expect((await t.http().get(`${p.base}/versions`).expect(200)).body.items ?? []).toEqual([]);
    expect((await t.http().get(`${p.base}/sessions?limit=500`).expect(200)).body.total).toBe(before);

    await t.http().post(`${p.base}/publish`).set('X-Request-Id', `pub-${run}`).expect(200);
    await t
      .http()
      .post(`${p.base}/sessions.csv`)
      .set('Content-Type', 'text/csv')
      .set('X-Request-Id', `csv-${run}`)
      .send(csv)
      .expect(200);
    expect(await entries(`request_id IN ('pub-${run}', 'csv-${run}')`)).toEqual([
      expect.objectContaining({ method: 'POST', event_id: p.eventId, entity: 'publish' }),
      expect.objectContaining({
        method: 'POST',
        event_id: p.eventId,
        changes: expect.objectContaining({ created: { after: 1 } }),
      }),
    ]);
  });

  it('reads nothing back over HTTP: no request is injected into the app during a write', async () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    const inject = fastify.inject.bind(fastify);
    let injected = 0;
    fastify.inject = (...args: Parameters<typeof inject>) => {
      injected++;
      return inject(...args);
    };
    try {
      const session = await create(t.http, `${p.base}/sessions`, buildSession());
      await t.http().patch(`${p.base}/sessions/${session.id}`).send({ title: 'Renamed' }).expect(200);
      await t.http().patch(`${p.base}/rooms/${p.roomA.id}`).send({ capacity: 120 }).expect(200);
      await t.http().delete(`${p.base}/sessions/${session.id}`).expect(204);
    } finally {
      fastify.inject = inject;
    }
    expect(injected).toBe(0);
    expect(await entries(`entity_id IN ('${p.roomA.id}') AND method = 'PATCH'`)).toEqual([
      expect.objectContaining({ changes: { capacity: { before: 100, after: 120 } } }),
    ]);
  });

  it('chains two concurrent edits of one session: the second one starts from what the first wrote', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Original' }));
    const patch = (title: string) => t.http().patch(`${p.base}/sessions/${session.id}`).send({ title }).expect(200);
    await Promise.all([patch('Edit one'), patch('Edit two')]);
    const edits = await entries(`method = 'PATCH' AND entity_id = '${session.id}'`);
    expect(edits).toHaveLength(2);
    const first = edits.find((entry) => entry.changes?.title.before === 'Original');
    const second = edits.find((entry) => entry !== first);
    expect(first).toBeDefined();
    expect(second!.changes!.title.before).toBe(first!.changes!.title.after);
    const final = (await t.http().get(`${p.base}/sessions/${session.id}`).expect(200)).body;
    expect(second!.changes!.title.after).toBe(final.title);
  });

  describe('keeps the changes the API shows: before and after as GET renders the record', () => {
    type Prepared = { path: string; patch: object };
    const cases: [string, () => Prepared | Promise<Prepared>][] = [
      ['track', () => ({ path: `${p.base}/tracks/${p.track.id}`, patch: { name: 'Privacy', color: '#000000' } })],
      ['room', () => ({ path: `${p.base}/rooms/${p.roomB.id}`, patch: { name: 'Aula', capacity: 500 } })],
      ['speaker', () => ({ path: `${p.base}/speakers/${p.ada.id}`, patch: { affiliation: 'Babbage & Co' } })],
      [
        'slot',
        async () => ({
          path: `${p.base}/slots/${(await create(t.http, `${p.base}/slots`, buildSlot({ label: 'Morning' }))).id}`,
          patch: { label: 'Early', endsAt: '2026-03-10T10:00:00+01:00' },
        }),
      ],
      [
        'session',
        async () => ({
          path: `${p.base}/sessions/${(await create(t.http, `${p.base}/sessions`, buildSession({ speakers: [{ speakerId: p.ada.id, role: 'speaker' }] }))).id}`,
          patch: {
            startsAt: '2026-03-10T09:30:00+01:00',
            endsAt: '2026-03-10T10:30:00+01:00',
            speakers: [{ speakerId: p.grace.id, role: 'moderator' }],
          },
        }),
      ],
      [
        'presentation',
        async () => {
          const session = await create(t.http, `${p.base}/sessions`, buildSession());
          const paper = await create(t.http, `${p.base}/sessions/${session.id}/presentations`, {
            title: 'Paper',
            durationMinutes: 10,
          });
          return {
            path: `${p.base}/sessions/${session.id}/presentations/${paper.id}`,
            patch: { title: 'Better paper', durationMinutes: 20 },
          };
        },
      ],
      [
        'webhook',
        async () => ({
          path: `${p.base}/webhooks/${(await create(t.http, `${p.base}/webhooks`, { url: 'http://127.0.0.1:9/hook', events: ['schedule.published'] })).id}`,
          patch: { description: 'Site rebuild', active: false },
        }),
      ],
      ['event', () => ({ path: p.base, patch: { name: 'Renamed', venue: 'Elsewhere' } })],
    ];

    it.each(cases)('%s: PATCH and DELETE', async (kind, prepare) => {
      const { path, patch } = await prepare();
      const before = (await t.http().get(path).expect(200)).body;
      const after = (await t.http().patch(path).set('X-Request-Id', `patch-${kind}-${run}`).send(patch).expect(200))
        .body;
      const [edit] = await entries(`request_id = 'patch-${kind}-${run}'`);
      expect(edit.changes).toEqual(changedFields(before, after));
      expect(Object.keys(edit.changes!).length).toBeGreaterThan(0);
      const last = (await t.http().get(path).expect(200)).body;
      await t.http().delete(path).set('X-Request-Id', `delete-${kind}-${run}`).expect(204);
      const [removal] = await entries(`request_id = 'delete-${kind}-${run}'`);
      expect(removal.changes).toEqual(changedFields(last, {}));
    });
  });

  /** A deliberately broken database gives the one answer the contract does not document: a 500. */
  function forgiveDeliberate500s(): void {
    const rest = t.contract.violations.filter((v) => !/→ 500/.test(v));
    t.contract.violations.splice(0, t.contract.violations.length, ...rest);
  }

  /** A trigger that makes every insert into the audit log fail, as a full disk or a broken table would. */
  async function refuseAuditInserts(on: boolean): Promise<void> {
    if (postgres()) {
      if (on) {
        await t.dataSource.query(
          `CREATE OR REPLACE FUNCTION audit_refused() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit log refused'; END $$ LANGUAGE plpgsql`,
        );
        await t.dataSource.query(
          `CREATE TRIGGER audit_refused BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_refused()`,
        );
      } else await t.dataSource.query(`DROP TRIGGER IF EXISTS audit_refused ON audit_log`);
      return;
    }
    await t.dataSource.query(
      on
        ? `CREATE TRIGGER audit_refused BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log refused'); END`
        : `DROP TRIGGER IF EXISTS audit_refused`,
    );
  }
});
