import { createTestApp, TestApp } from '../create-test-app';
import { buildBacklogSession, createPlannerProgram, PlannerProgram } from '../factories/planner.factory';
import { buildSession, create } from '../factories/program.factory';

/** A person is busy while presenting a paper: every write path and the conflict report know it. */
describe('Presenting authors', () => {
  let t: TestApp;
  let p: PlannerProgram;
  let papers: any;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A paper session in room B 09:00-10:00 (slot "Morning 1") with Ada presenting 09:00-09:30 and Grace co-author. */
  beforeEach(async () => {
    p = await createPlannerProgram(t.http);
    papers = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Paper session', type: 'paper-session', roomId: p.roomB.id, pinned: true }),
    );
    await create(t.http, `${p.base}/sessions/${papers.id}/presentations`, {
      title: 'On Engines',
      authors: [{ speakerId: p.ada.id }, { speakerId: p.grace.id }],
      startsAt: '2026-03-10T09:00:00+01:00',
      endsAt: '2026-03-10T09:30:00+01:00',
    });
  });

  const talk = (speakerId: string, overrides: Record<string, unknown> = {}) =>
    buildSession({ title: 'Talk', roomId: p.roomA.id, speakers: [{ speakerId }], ...overrides });

  it('marks the first linked author as presenting when nobody is marked', async () => {
    const list = await t.http().get(`${p.base}/sessions/${papers.id}/presentations`).expect(200);
    expect(list.body.items[0].authors).toEqual([
      { speakerId: p.ada.id, name: 'Ada Lovelace', presenting: true },
      { speakerId: p.grace.id, name: 'Grace Hopper', presenting: false },
    ]);
  });

  describe('REST sessions', () => {
    it('refuses a talk by the presenting author during the paper with 409 naming the paper session', async () => {
      const res = await t.http().post(`${p.base}/sessions`).send(talk(p.ada.id));
      expect(res.status).toBe(409);
      expect(res.body.conflicts).toEqual([
        expect.objectContaining({
          kind: 'speaker',
          sessionId: papers.id,
          title: 'Paper session',
          speakerId: p.ada.id,
          overlapStart: '2026-03-10T09:00:00+01:00',
          overlapEnd: '2026-03-10T09:30:00+01:00',
        }),
      ]);
    });

    it('accepts the same talk after the paper, and a co-author during it with a warning', async () => {
      await t
        .http()
        .post(`${p.base}/sessions`)
        .send(talk(p.ada.id, { startsAt: '2026-03-10T09:30:00+01:00' }))
        .expect(201);
      const coAuthor = await t
        .http()
        .post(`${p.base}/sessions`)
        .send(talk(p.grace.id, { endsAt: '2026-03-10T09:30:00+01:00' }))
        .expect(201);
      expect(coAuthor.body.warnings).toEqual([
        expect.objectContaining({
          kind: 'author',
          sessionId: papers.id,
          speakerId: p.grace.id,
          message: 'Grace Hopper speaks here and co-authored "On Engines" in "Paper session" at the same time',
        }),
      ]);
    });

    it('refuses moving the paper session onto the presenting author’s talk (the papers move along)', async () => {
      await create(
        t.http,
        `${p.base}/sessions`,
        talk(p.ada.id, { startsAt: '2026-03-10T11:30:00+01:00', endsAt: '2026-03-10T12:00:00+01:00' }),
      );
      const res = await t
        .http()
        .patch(`${p.base}/sessions/${papers.id}`)
        .set('If-Match', `"${papers.version}"`)
        .send({ startsAt: '2026-03-10T11:30:00+01:00', endsAt: '2026-03-10T12:30:00+01:00' });
      expect(res.status).toBe(409);
      expect(res.body.conflicts[0]).toMatchObject({ kind: 'speaker', speakerId: p.ada.id });
      // 12:00 puts the paper at 12:00-12:30, after the talk
      await t
        .http()
        .patch(`${p.base}/sessions/${papers.id}`)
        .send({ startsAt: '2026-03-10T12:00:00+01:00', endsAt: '2026-03-10T13:00:00+01:00' })
        .expect(200);
    });
  });

  describe('REST presentations', () => {
    it('refuses a paper whose presenting author speaks elsewhere then, and stores nothing', async () => {
      await create(
        t.http,
        `${p.base}/sessions`,
        talk(p.grace.id, { startsAt: '2026-03-10T09:30:00+01:00', endsAt: '2026-03-10T10:00:00+01:00' }),
      );
      const path = `${p.base}/sessions/${papers.id}/presentations`;
      const res = await t
        .http()
        .post(path)
        .send({ title: 'Compilers', authors: [{ speakerId: p.grace.id }], durationMinutes: 30 });
      expect(res.status).toBe(409);
      expect(res.body.conflicts[0]).toMatchObject({ kind: 'speaker', speakerId: p.grace.id, title: 'Talk' });
      expect((await t.http().get(path).expect(200)).body.items).toHaveLength(1);

      const asCoAuthor = await t
        .http()
        .post(path)
        .send({
          title: 'Compilers',
          authors: [{ name: 'Jean Sammet', presenting: true }, { speakerId: p.grace.id }],
          durationMinutes: 30,
        })
        .expect(201);
      expect(asCoAuthor.body.warnings).toEqual([expect.objectContaining({ kind: 'author', speakerId: p.grace.id })]);

      const made = await t
        .http()
        .patch(`${path}/${asCoAuthor.body.id}`)
        .set('If-Match', `"${asCoAuthor.body.version}"`)
        .send({ authors: [{ name: 'Jean Sammet' }, { speakerId: p.grace.id, presenting: true }] });
      expect(made.status).toBe(409);
    });

    it('refuses a non-boolean presenting flag with 400 naming the field', async () => {
      const res = await t
        .http()
        .post(`${p.base}/sessions/${papers.id}/presentations`)
        .send({ title: 'X', authors: [{ speakerId: p.ada.id, presenting: 'yes' }], durationMinutes: 10 });
      expect(res.status).toBe(400);
      expect(res.body.message.join()).toMatch(/presenting/);
    });
  });

  describe('conflict report', () => {
    it('lists a co-author’s clash as a warning (a presenting author’s cannot be written, see above)', async () => {
      await create(t.http, `${p.base}/sessions`, talk(p.grace.id));
      const report = await t.http().get(`${p.base}/conflicts`).expect(200);
      const people = report.body.conflicts.filter((c: any) => c.kind === 'author' || c.kind === 'speaker');
      expect(people).toEqual([
        expect.objectContaining({
          kind: 'author',
          hard: false,
          speakerId: p.grace.id,
          overlapStart: '2026-03-10T09:00:00+01:00',
          overlapEnd: '2026-03-10T09:30:00+01:00',
        }),
      ]);
    });
  });

  describe('planner', () => {
    it('never proposes the presenting author’s talk while the paper session runs, and applies cleanly', async () => {
      const backlog = await create(
        t.http,
        `${p.base}/sessions`,
        buildBacklogSession({ title: 'Ada alone', speakers: [{ speakerId: p.ada.id }] }),
      );
      const res = await t.http().post(`${p.base}/schedule/proposals`).send({ seed: 1 }).expect(201);
      const placement = res.body.placements.find((x: any) => x.sessionId === backlog.id);
      expect(Date.parse(placement.startsAt) >= Date.parse('2026-03-10T10:00:00+01:00')).toBe(true);
      await t.http().post(`${p.base}/schedule/proposals/${res.body.id}/apply`).expect(200);
      const report = await t.http().get(`${p.base}/conflicts`).expect(200);
      expect(report.body.counts.hard).toBe(0);
    });
  });
});

describe('Presenting authors in an import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const schedule = (talkStart: string) => `<?xml version="1.0"?>
<schedule><version>1</version><conference><acronym>authors-test</acronym><title>Authors</title><time_zone_name>Europe/Berlin</time_zone_name></conference>
<day index="1" date="2026-03-10" start="2026-03-10T00:00:00+01:00" end="2026-03-11T00:00:00+01:00">
<room name="A"><event id="1" guid="6f1d1c5e-0000-4000-8000-0000000000a1"><date>2026-03-10T09:00:00+01:00</date><start>09:00</start><duration>01:00</duration><title>Paper session</title><room>A</room><type>paper-session</type><abstract/><track/><persons><person id="7">Grace Hopper</person></persons></event></room>
<room name="B"><event id="2" guid="6f1d1c5e-0000-4000-8000-0000000000a2"><date>2026-03-10T${talkStart}:00+01:00</date><start>${talkStart}</start><duration>00:30</duration><title>Ada talk</title><room>B</room><type>talk</type><abstract/><track/><persons><person id="8">Ada Lovelace</person></persons></event></room>
</day></schedule>`;
  const importXml = (xml: string) =>
    t.http().post('/api/events/import?timezone=Europe/Berlin').set('Content-Type', 'application/xml').send(xml);

  it('reports a presenting author’s clash among the import’s conflicts', async () => {
    const first = await importXml(schedule('11:00'));
    expect(first.status).toBe(201);
    expect(first.body.conflicts).toEqual([]);
    const base = `/api/events/${first.body.event.id}`;
    const sessions = (await t.http().get(`${base}/sessions`).expect(200)).body.items;
    const papers = sessions.find((s: any) => s.title === 'Paper session');
    const ada = (await t.http().get(`${base}/speakers`).expect(200)).body;
    const adaId = ada.items.find((s: any) => s.name === 'Ada Lovelace').id;
    await create(t.http, `${base}/sessions/${papers.id}/presentations`, {
      title: 'On Engines',
      authors: [{ speakerId: adaId }],
      startsAt: '2026-03-10T09:00:00+01:00',
      endsAt: '2026-03-10T09:30:00+01:00',
    });

    const again = await importXml(schedule('09:15'));
    expect(again.status).toBe(200);
    expect(again.body.conflicts).toEqual([
      expect.objectContaining({
        kind: 'speaker',
        speakerId: adaId,
        overlapStart: '2026-03-10T09:15:00+01:00',
        overlapEnd: '2026-03-10T09:30:00+01:00',
      }),
    ]);
    const report = await t.http().get(`${base}/conflicts`).expect(200);
    expect(report.body.counts.hard).toBe(1);
    expect(report.body.conflicts[0]).toMatchObject({
      kind: 'speaker',
      hard: true,
      speakerId: adaId,
      message: '"Paper session": Ada Lovelace presents "On Engines" here and speaks in "Ada talk" at the same time',
    });
  });
});
