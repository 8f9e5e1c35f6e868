import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create } from '../factories/program.factory';

/** A two-talk frab schedule.xml; `second` false drops the second talk, `firstAt` moves the first. */
function scheduleXml({ firstAt = '10:00', second = true } = {}) {
  const event = (guid: string, id: number, start: string, title: string) => `
        <event guid="${guid}" id="${id}">
          <date>2026-05-04T${start}:00+02:00</date><start>${start}</start><duration>00:30</duration>
          <room>Main Hall</room><slug>${guid}</slug><title>${title}</title><subtitle/><track>Talks</track>
          <type>lecture</type><language>en</language><abstract/><description/>
          <persons><person id="${id}">Speaker ${id}</person></persons><links/><attachments/>
        </event>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>1</version>
  <conference>
    <acronym>handmade-2026</acronym><title>Hand-made survives</title>
    <start>2026-05-04</start><end>2026-05-04</end><days>1</days><timeslot_duration>00:15</timeslot_duration>
    <time_zone_name>Europe/Berlin</time_zone_name>
  </conference>
  <day index="1" date="2026-05-04" start="2026-05-04T08:00:00+02:00" end="2026-05-05T02:00:00+02:00">
    <room name="Main Hall">${event('11111111-1111-4111-8111-111111111111', 1, firstAt, 'Imported one')}${
      second ? event('22222222-2222-4222-8222-222222222222', 2, '11:00', 'Imported two') : ''
    }
    </room>
  </day>
</schedule>`;
}

describe('Re-importing a schedule leaves sessions made by hand alone', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const importXml = (xml: string) =>
    t.http().post('/api/events/import').set('Content-Type', 'application/xml').send(xml);

  it('moves and drops imported sessions but keeps the hand-made one exactly as it was', async () => {
    const first = await importXml(scheduleXml());
    expect(first.status).toBe(201);
    const eventId = first.body.event.id as string;
    const rooms = (await t.http().get(`/api/events/${eventId}/rooms`).expect(200)).body as { id: string }[];
    const handMade = await create(
      t.http,
      `/api/events/${eventId}/sessions`,
      buildSession({
        title: 'Made by hand',
        roomId: rooms[0].id,
        startsAt: '2026-05-04T14:00:00+02:00',
        endsAt: '2026-05-04T15:00:00+02:00',
      }),
    );

    const again = await importXml(scheduleXml({ firstAt: '09:00', second: false }));
    expect(again.status).toBe(200);
    expect(again.body.event.id).toBe(eventId);
    expect(again.body.changes).toMatchObject({ updated: 1, removed: 1 });

    const after = await t.http().get(`/api/events/${eventId}/sessions/${handMade.id}`).expect(200);
    const { warnings: _w, ...before } = handMade;
    const { warnings: _a, ...now } = after.body;
    expect(now).toEqual(before);
    const titles = (
      (await t.http().get(`/api/events/${eventId}/sessions`).expect(200)).body.items as { title: string }[]
    )
      .map((s) => s.title)
      .sort();
    expect(titles).toEqual(['Imported one', 'Made by hand']);
  });
});
