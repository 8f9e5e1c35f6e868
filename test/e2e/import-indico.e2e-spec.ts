import { createTestApp, TestApp } from '../create-test-app';
import { describeWithFixtures, realFixture } from '../support/fixtures';

const FILE = 'indico-fel2022-event-export.json';

describeWithFixtures('import of an Indico event export with sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const importFile = (query = '') =>
    t.http().post(`/api/events/import${query}`).set('Content-Type', 'text/plain').send(realFixture(FILE));
  const count = async (sql: string) => Number((await t.dataSource.query(sql))[0].n);

  it('makes session blocks sessions chaired by their conveners, contributions presentations, posters share their block', async () => {
    const source = JSON.parse(realFixture(FILE)).results[0];
    const blocks = source.sessions as any[];
    const res = await importFile();
    expect(res.status).toBe(201);
    const eventId: string = res.body.event.id;
    expect(res.body.event).toMatchObject({ timezone: 'Europe/Zurich', startDate: '2022-08-21', endDate: '2022-08-26' });
    expect(res.body.counts.sessions).toBe(blocks.length);
    const inEvent = `FROM presentations p JOIN sessions s ON s.id = p.session_id WHERE s.event_id = '${eventId}'`;
    expect(await count(`SELECT COUNT(*) AS n ${inEvent}`)).toBe(
      blocks.reduce((n, block) => n + block.contributions.length, 0),
    );
    const conveners = new Set(blocks.flatMap((block) => block.conveners.map((c: any) => c.person_id)));
    expect(
      await count(
        `SELECT COUNT(DISTINCT l.speaker_id) AS n FROM session_speakers l JOIN sessions s ON s.id = l.session_id WHERE s.event_id = '${eventId}' AND l.role = 'chair'`,
      ),
    ).toBe(conveners.size);
    expect(conveners.size).toBe(15);

    const sessions = (await t.http().get(`/api/events/${eventId}/sessions?limit=100`).expect(200)).body.items;
    const monday = sessions.find((s: any) => s.title === 'Monday posters: Coffee & Exhibition');
    expect(monday).toMatchObject({
      type: 'poster-session',
      startsAt: '2022-08-22T16:00:00+02:00',
      endsAt: '2022-08-22T17:30:00+02:00',
    });
    for (const poster of monday.presentations) {
      expect(poster).toMatchObject({
        startsAt: monday.startsAt,
        endsAt: monday.endsAt,
        boardNumber: expect.stringMatching(/^MOP\d+/),
      });
    }
    const oral = sessions.find((s: any) => s.type === 'paper-session' && s.presentations.length > 1);
    expect(oral.speakers.some((l: any) => l.role === 'chair')).toBe(true);
    expect(Date.parse(oral.presentations[1].startsAt)).toBeGreaterThan(Date.parse(oral.presentations[0].startsAt));

    const again = await importFile(`?eventId=${eventId}`);
    expect(again.status).toBe(200);
    expect(again.body.changes).toEqual({ added: 0, updated: 0, unchanged: blocks.length, removed: 0 });
    expect(again.body.counts).toEqual(res.body.counts);
  });
});
