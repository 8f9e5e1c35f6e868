import { createTestApp, TestApp } from '../create-test-app';

/** Two talks in one room at the same time: a schedule import accepts and reports such a clash. */
const clashingXml = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>1</version>
  <conference>
    <acronym>clash-scope-2026</acronym><title>Clash scope</title>
    <start>2026-05-04</start><end>2026-05-04</end><days>1</days><timeslot_duration>00:15</timeslot_duration>
    <time_zone_name>Europe/Berlin</time_zone_name>
  </conference>
  <day index="1" date="2026-05-04" start="2026-05-04T08:00:00+02:00" end="2026-05-05T02:00:00+02:00">
    <room name="Main Hall">${[1, 2]
      .map(
        (n) => `
      <event guid="0000000${n}-1111-4111-8111-111111111111" id="${n}">
        <date>2026-05-04T10:00:00+02:00</date><start>10:00</start><duration>00:30</duration>
        <room>Main Hall</room><slug>talk-${n}</slug><title>Talk ${n}</title><subtitle/><track>Talks</track>
        <type>lecture</type><language>en</language><abstract/><description/>
        <persons><person id="${n}">Speaker ${n}</person></persons><links/><attachments/>
      </event>`,
      )
      .join('')}
    </room>
  </day>
</schedule>`;

describe('Conflict checks look only at what a write changes', () => {
  let t: TestApp;
  let base: string;
  let talk: { id: string; version: number };
  let other: { id: string };
  beforeAll(async () => {
    t = await createTestApp();
    const imported = await t.http().post('/api/events/import').set('Content-Type', 'application/xml').send(clashingXml);
    expect(imported.status).toBe(201);
    expect(imported.body.conflicts).toHaveLength(1);
    base = `/api/events/${imported.body.event.id}`;
    const items = (await t.http().get(`${base}/sessions`).expect(200)).body.items;
    [talk, other] = ['Talk 1', 'Talk 2'].map((title) => items.find((s: { title: string }) => s.title === title));
  });
  afterAll(() => t.close());

  it('lets the title and abstract of a clashing session change: that edit runs no conflict check', async () => {
    const res = await t
      .http()
      .patch(`${base}/sessions/${talk.id}`)
      .send({ title: 'Talk 1, renamed', abstract: 'Now with an abstract.', version: talk.version })
      .expect(200);
    expect(res.body).toMatchObject({ title: 'Talk 1, renamed', version: talk.version + 1 });
    expect(res.body.warnings).toEqual([]);
    talk = res.body;
  });

  it('still refuses a move that keeps the clash, naming the other session', async () => {
    const res = await t
      .http()
      .patch(`${base}/sessions/${talk.id}`)
      .send({ startsAt: '2026-05-04T10:05:00+02:00', endsAt: '2026-05-04T10:35:00+02:00', version: talk.version })
      .expect(409);
    expect(res.body.conflicts).toEqual([expect.objectContaining({ kind: 'room', sessionId: other.id })]);
  });

  it('accepts a move out of the clash', async () => {
    await t
      .http()
      .patch(`${base}/sessions/${talk.id}`)
      .send({ startsAt: '2026-05-04T11:00:00+02:00', endsAt: '2026-05-04T11:30:00+02:00', version: talk.version })
      .expect(200);
  });
});
