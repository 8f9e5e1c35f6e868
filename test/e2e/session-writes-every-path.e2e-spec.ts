import { createTestApp, TestApp } from '../create-test-app';
import { createPlannerProgram, PlannerProgram, plannerAt } from '../factories/planner.factory';
import { buildSession, create } from '../factories/program.factory';
import { importCsv } from '../support/csv';

const MINUTE = 60_000;

/** What a move leaves behind, relative to the session: the part every write path must agree on. */
interface MoveTrace {
  presentations: { fromStart: number; toEnd: number; version: number }[];
  sessionVersion: number;
  sequence: number;
}

describe('A session moves the same way from every write path', () => {
  let t: TestApp;
  let p: PlannerProgram;
  beforeAll(async () => {
    t = await createTestApp();
    p = await createPlannerProgram(t.http);
  });
  afterAll(() => t.close());

  /** A session with two 30-minute presentations filling it. */
  async function sessionWithPapers(title: string, startsAt: string, overrides: Record<string, unknown> = {}) {
    const start = Date.parse(startsAt);
    const session = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({
        title,
        type: 'paper-session',
        startsAt,
        endsAt: new Date(start + 60 * MINUTE).toISOString(),
        ...overrides,
      }),
    );
    for (const [index, offset] of [0, 30].entries()) {
      await create(t.http, `${p.base}/sessions/${session.id}/presentations`, {
        title: `${title} paper ${index + 1}`,
        authors: [{ name: `Author ${index + 1}` }],
        startsAt: new Date(start + offset * MINUTE).toISOString(),
        endsAt: new Date(start + (offset + 30) * MINUTE).toISOString(),
      });
    }
    return session as { id: string; startsAt: string };
  }

  async function trace(sessionId: string): Promise<MoveTrace & { start: number }> {
    const session = (await t.http().get(`${p.base}/sessions/${sessionId}`).expect(200)).body;
    const [row] = await t.dataSource.query(`SELECT sequence FROM sessions WHERE id = '${sessionId}'`);
    const start = Date.parse(session.startsAt);
    return {
      start,
      presentations: session.presentations.map((x: any) => ({
        fromStart: Date.parse(x.startsAt) - start,
        toEnd: Date.parse(session.endsAt) - Date.parse(x.endsAt),
        version: x.version,
      })),
      sessionVersion: session.version,
      sequence: Number(row.sequence),
    };
  }

  /** "2026-03-10 14:15" in the event's zone (Berlin is +01:00 in March). */
  const csvLocal = (instant: number) => new Date(instant + 60 * MINUTE).toISOString().slice(0, 16).replace('T', ' ');
  const berlin = (instant: number) => new Date(instant + 60 * MINUTE).toISOString().slice(0, 19) + '+01:00';

  it('shifts presentations, bumps their versions and the SEQUENCE alike: REST, planner, re-import and CSV', async () => {
    // off the grid, so the planner must move it; the others are pinned and only move when told
    const planned = await sessionWithPapers('Planned', plannerAt(10, '10:15'), { roomId: p.roomA.id });
    const byRest = await sessionWithPapers('By REST', plannerAt(10, '13:00'), { roomId: p.roomB.id, pinned: true });
    const byCsv = await sessionWithPapers('By CSV', plannerAt(10, '15:00'), { roomId: p.roomB.id, pinned: true });
    const byImport = await sessionWithPapers('By import', plannerAt(10, '17:00'), { roomId: p.roomB.id, pinned: true });
    const before = new Map(
      await Promise.all([planned, byRest, byCsv, byImport].map(async (s) => [s.id, await trace(s.id)] as const)),
    );

    const proposal = await t.http().post(`${p.base}/schedule/proposals`).send({ scope: 'unpinned' }).expect(201);
    expect(proposal.body.placements.map((x: any) => x.sessionId)).toEqual([planned.id]);
    await t.http().post(`${p.base}/schedule/proposals/${proposal.body.id}/apply`).expect(200);
    const after = new Map([[planned.id, await trace(planned.id)]]);
    const delta = after.get(planned.id)!.start - before.get(planned.id)!.start;
    expect(delta).not.toBe(0);
    const target = (session: { id: string }) => before.get(session.id)!.start + delta;

    const restStart = target(byRest);
    await t
      .http()
      .patch(`${p.base}/sessions/${byRest.id}`)
      .send({ startsAt: berlin(restStart), endsAt: berlin(restStart + 60 * MINUTE) })
      .expect(200);
    after.set(byRest.id, await trace(byRest.id));

    const csvStart = target(byCsv);
    const csv = await importCsv(
      t.http,
      p.base,
      `id,title,type,room,start,end\n${byCsv.id},By CSV,paper-session,Room B,${csvLocal(csvStart)},${csvLocal(csvStart + 60 * MINUTE)}\n`,
    );
    expect(csv.status).toBe(200);
    after.set(byCsv.id, await trace(byCsv.id));

    const importStart = target(byImport);
    await t.http().post(`${p.base}/publish`).expect(200); // the export is of the published program
    const xml = (await t.http().get(`${p.base}/schedule.xml`).expect(200)).text;
    const edited = xml.replace(new RegExp(`<event [^>]*guid="${byImport.id}"[\\s\\S]*?</event>`), (block) =>
      block
        .replace(/<date>[^<]*<\/date>/, `<date>${berlin(importStart)}</date>`)
        .replace(/<start>[^<]*<\/start>/, `<start>${berlin(importStart).slice(11, 16)}</start>`),
    );
    expect(edited).not.toBe(xml);
    const reimport = await t
      .http()
      .post(`/api/events/import?eventId=${p.eventId}`)
      .set('Content-Type', 'application/xml')
      .send(edited);
    expect(reimport.status).toBe(200);
    after.set(byImport.id, await trace(byImport.id));

    const outcomes = [planned, byRest, byCsv, byImport].map((session) => {
      const was = before.get(session.id)!;
      const now = after.get(session.id)!;
      expect(now.start).toBe(was.start + delta);
      return {
        presentations: now.presentations.map((x, i) => ({ ...x, version: x.version - was.presentations[i].version })),
        sessionVersion: now.sessionVersion - was.sessionVersion,
        sequence: now.sequence - was.sequence,
      };
    });
    const expected: MoveTrace = {
      presentations: [
        { fromStart: 0, toEnd: 30 * MINUTE, version: 1 },
        { fromStart: 30 * MINUTE, toEnd: 0, version: 1 },
      ],
      sessionVersion: 1,
      sequence: 1,
    };
    expect(outcomes).toEqual([expected, expected, expected, expected]);
  });
});
