import { createTestApp, TestApp } from '../create-test-app';
import { describeWithFixtures, realFixture } from '../support/fixtures';

const FILE = 'sessionize-scottish-summit-2026.json';

describeWithFixtures('import of a Sessionize "All data" export', () => {
  let t: TestApp;
  let source: any;

  beforeAll(async () => {
    t = await createTestApp();
    source = JSON.parse(realFixture(FILE));
  });
  afterAll(() => t.close());

  const importFile = (query: string) =>
    t.http().post(`/api/events/import${query}`).set('Content-Type', 'text/plain').send(realFixture(FILE));
  const eventCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM events'))[0].n);

  it('refuses local times without a zone, naming the parameter, and writes nothing', async () => {
    const before = await eventCount();
    const res = await importFile('');
    expect(res.status).toBe(400);
    expect(res.body.message[0]).toMatch(/sessions\[0\].*startsAt.*has no offset; give the event's zone as \?timezone=/);
    expect(await eventCount()).toBe(before);
  });

  it('imports every non-service session in the event zone with trimmed titles, and re-imports as a fixed point', async () => {
    const res = await importFile('?timezone=Europe/London');
    expect(res.status).toBe(201);
    const talks = source.sessions.filter((s: any) => !s.isServiceSession);
    const speakerIds = new Set(talks.flatMap((s: any) => s.speakers));
    expect(res.body.counts).toMatchObject({
      sessions: talks.length,
      rooms: source.rooms.length,
      speakers: speakerIds.size,
    });
    expect(res.body.event).toMatchObject({ timezone: 'Europe/London', startDate: '2026-10-02', endDate: '2026-10-03' });
    const eventId = res.body.event.id;
    const sessions = (await t.http().get(`/api/events/${eventId}/sessions?limit=500`).expect(200)).body.items;
    for (const original of talks) {
      const ours = sessions.find((s: any) => s.externalId === `sessionize-${original.id}`);
      expect(ours.title).toBe(original.title.trim());
      // local wall-clock time in Edinburgh (BST, +01:00 in October)
      expect(ours.startsAt).toBe(`${original.startsAt}+01:00`);
      expect(ours.endsAt).toBe(`${original.endsAt}+01:00`);
    }
    const keynote = source.sessions.find((s: any) => s.isPlenumSession);
    const slots = (await t.http().get(`/api/events/${eventId}/slots`).expect(200)).body;
    expect(slots).toEqual([
      expect.objectContaining({
        kind: 'plenary',
        startsAt: `${keynote.startsAt}+01:00`,
        endsAt: `${keynote.endsAt}+01:00`,
      }),
    ]);
    const lightning = sessions.filter((s: any) => s.type === 'lightning');
    // the format category gives the type; two sessions carry both formats, the first one listed wins
    const formats = new Map<number, string>(
      source.categories
        .filter((c: any) => /type/.test(c.title))
        .flatMap((c: any) => c.items.map((i: any) => [i.id, i.name])),
    );
    const firstFormat = (s: any) => s.categoryItems.map((id: number) => formats.get(id)).find(Boolean);
    expect(lightning.length).toBe(talks.filter((s: any) => firstFormat(s) === '20 min lightning talk').length);
    expect(lightning.length).toBeGreaterThan(0);
    expect(lightning[0].sourceType).toBe('20 min lightning talk');

    const again = await importFile(`?timezone=Europe/London&eventId=${eventId}`);
    expect(again.status).toBe(200);
    expect(again.body.changes).toEqual({ added: 0, updated: 0, unchanged: talks.length, removed: 0 });
    expect(again.body.counts).toEqual(res.body.counts);
    expect((await t.http().get(`/api/events/${eventId}/slots`).expect(200)).body).toHaveLength(1);
  });
});
