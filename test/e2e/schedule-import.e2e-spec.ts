import { XMLParser } from 'fast-xml-parser';
import { createTestApp, TestApp } from '../create-test-app';
import { describeWithFixtures, realFixture } from '../support/fixtures';
import { parseCalendar } from '../support/ical';
import { jsonSchemaErrors, xsdErrors } from '../support/schemas';

const LISTS = ['schedule.day', 'schedule.day.room', 'schedule.day.room.event'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, path) => LISTS.includes(String(path)),
});

/** guid → the fields a re-export must keep: room, start instant, duration in minutes, title. */
function eventsOf(xml: string): Map<string, { room: string; start: number; minutes: number; title: string }> {
  const days = parser.parse(xml).schedule.day as any[];
  const events = days.flatMap((day) => (day.room ?? []).flatMap((room: any) => (room.event ?? []).map((e: any) => e)));
  return new Map(
    events.map((e) => {
      const [h, m] = String(e.duration).split(':').map(Number);
      return [e['@guid'], { room: e.room, start: Date.parse(e.date), minutes: h * 60 + m, title: String(e.title) }];
    }),
  );
}

describeWithFixtures(
  'schedule.xml / schedule.json import of real programs',
  () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    const importXml = (xml: string, query = '') =>
      t.http().post(`/api/events/import${query}`).set('Content-Type', 'application/xml').send(xml);
    const eventCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM events'))[0].n);

    it('imports FOSDEM 2025 without loss, reports its clashes, re-imports as an update and exports valid files', async () => {
      const xml = realFixture('fosdem-2025-schedule.xml');
      const res = await importXml(xml);
      expect(res.status).toBe(201);
      expect(res.body.counts).toEqual({ sessions: 943, rooms: 40, tracks: 74, speakers: 992 });
      expect(res.body.event).toMatchObject({
        slug: 'fosdem-2025',
        timezone: 'Europe/Brussels',
        status: 'draft',
        startDate: '2025-02-01',
        endDate: '2025-02-02',
      });
      expect(res.body.conflicts.length).toBeGreaterThan(0);
      for (const conflict of res.body.conflicts) {
        expect(conflict).toMatchObject({
          kind: expect.stringMatching(/^(room|speaker)$/),
          sessionId: expect.any(String),
          otherSessionId: expect.any(String),
        });
      }
      const eventId = res.body.event.id;
      const usedTracks = await t.dataSource.query(
        'SELECT COUNT(DISTINCT track_id) AS n FROM sessions WHERE event_id = $1'.replace('$1', `'${eventId}'`),
      );
      expect(Number(usedTracks[0].n)).toBe(69);
      // 942 HTML abstracts are stored as Markdown (docs/interop.md): no tag left, the words kept
      const withHtml = await t
        .http()
        .get(`/api/events/${eventId}/sessions?q=${encodeURIComponent('<p>')}&limit=1`)
        .expect(200);
      expect(withHtml.body.total).toBe(0);
      const torch = await t
        .http()
        .get(`/api/events/${eventId}/sessions?q=${encodeURIComponent('TorchOnnxToTorch')}&limit=1`)
        .expect(200);
      expect(torch.body.items[0].abstract).toContain('-   The `TorchOnnxToTorch` conversion');

      const again = await importXml(xml);
      expect(again.status).toBe(200);
      expect(again.body.event.id).toBe(eventId);
      expect(again.body.changes).toEqual({ added: 0, updated: 0, unchanged: 943, removed: 0 });

      await t.http().post(`/api/events/${eventId}/publish`).expect(200);
      const exported = await t.http().get(`/api/events/${eventId}/schedule.xml`).expect(200);
      expect(xsdErrors(exported.text)).toBe('');
      expect(eventsOf(exported.text).size).toBe(943);
      const json = await t.http().get(`/api/events/${eventId}/schedule.json`).expect(200);
      expect(jsonSchemaErrors(json.body)).toEqual([]);
    });

    it('round-trips 33C3: guid, room, start, duration and title of all 150 events match the original', async () => {
      const original = realFixture('33c3-schedule.xml');
      const res = await importXml(original, '?timezone=Europe/Berlin');
      expect(res.status).toBe(201);
      expect(res.body.counts).toEqual({ sessions: 150, rooms: 5, tracks: 8, speakers: 208 });
      expect(res.body.event).toMatchObject({
        timezone: 'Europe/Berlin',
        startDate: '2016-12-27',
        endDate: '2016-12-30',
      });
      await t.http().post(`/api/events/${res.body.event.id}/publish`).expect(200);
      const exported = await t.http().get(`/api/events/${res.body.event.id}/schedule.xml`).expect(200);
      expect(xsdErrors(exported.text)).toBe('');
      const before = eventsOf(original);
      const after = eventsOf(exported.text);
      expect(after.size).toBe(150);
      for (const [guid, event] of before) expect(after.get(guid)).toEqual(event);
    });

    it('imports the 33C3 frab JSON and the rC3 pretalx JSON', async () => {
      const frab = await t
        .http()
        .post('/api/events/import?timezone=Europe/Berlin')
        .send(JSON.parse(realFixture('33c3-schedule.json')));
      expect(frab.status).toBe(200); // same acronym as the XML import above: an update of that event
      expect(frab.body.changes).toMatchObject({ added: 0, removed: 0 });
      const pretalx = await t
        .http()
        .post('/api/events/import')
        .set('Content-Type', 'text/plain')
        .send(realFixture('rc3-channels-2020-pretalx-schedule.json'));
      expect(pretalx.status).toBe(201);
      expect(pretalx.body.counts).toEqual({ sessions: 48, rooms: 5, tracks: 5, speakers: 56 });
      expect(pretalx.body.event.timezone).toBe('Etc/GMT-1');
    });

    it('updates a published event from a newer file: moved sessions get a higher SEQUENCE, dropped ones are cancelled', async () => {
      const original = realFixture('33c3-schedule.xml');
      const imported = await importXml(
        original.replace(/<acronym>33c3<\/acronym>/, '<acronym>33c3-update</acronym>'),
        '?timezone=Europe/Berlin',
      );
      const eventId = imported.body.event.id;
      await t.http().post(`/api/events/${eventId}/publish`).expect(200);
      const feedBefore = parseCalendar((await t.http().get(`/api/events/${eventId}/calendar.ics`).expect(200)).text);

      const newer = original
        .replace(/<acronym>33c3<\/acronym>/, '<acronym>33c3-update</acronym>')
        .replace(
          /(<event guid='b8e0eb47-4832-4726-bc9b-9015bd96becf'[\s\S]*?<date>)2016-12-27T11:00:00\+01:00/,
          '$12016-12-27T12:00:00+01:00',
        )
        .replace(/(<event guid='b8e0eb47-4832-4726-bc9b-9015bd96becf'[\s\S]*?<start>)11:00/, '$112:00')
        .replace(/<event guid='87092ad2-d3fd-4a37-bb58-1fe71217a06b'[\s\S]*?<\/event>/, '');
      const res = await importXml(newer, `?eventId=${eventId}`);
      expect(res.status).toBe(200);
      expect(res.body.changes).toEqual({ added: 0, updated: 1, unchanged: 148, removed: 1 });
      await t.http().post(`/api/events/${eventId}/publish`).expect(200);

      const feedAfter = parseCalendar((await t.http().get(`/api/events/${eventId}/calendar.ics`).expect(200)).text);
      const find = (feed: typeof feedBefore, guid: string) =>
        feed.events.find((e) =>
          e.summary.includes(guid === 'moved' ? '33C3 Opening Ceremony' : 'Global Assassination Grid'),
        )!;
      expect(find(feedAfter, 'moved').start).toBe('2016-12-27T11:00:00.000Z');
      expect(find(feedAfter, 'moved').sequence).toBeGreaterThan(find(feedBefore, 'moved').sequence);
      expect(find(feedAfter, 'dropped')).toMatchObject({ status: 'CANCELLED' });
    });

    it.each([
      [
        'a billion-laughs DTD',
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><schedule>&lol2;</schedule>',
        /DTDs/,
      ],
      [
        'an external entity (XXE)',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><schedule>&xxe;</schedule>',
        /DTDs/,
      ],
      ['malformed XML', '<schedule><conference><title>x</conference></schedule>', /not well-formed at line 1/],
      [
        'an event without duration',
        '<schedule><version>1</version><conference><acronym>test</acronym><title>T</title></conference><day index="1" date="2026-01-01" start="2026-01-01T00:00:00Z" end="2026-01-02T00:00:00Z"><room name="R"><event id="1" guid="6f1d1c5e-0000-4000-8000-000000000001"><date>2026-01-01T10:00:00Z</date><title>Talk</title><room>R</room><type>talk</type><abstract/><track/></event></room></day></schedule>',
        /event 1: duration "" is not/,
      ],
      ['garbage', 'hello', /neither a schedule.xml nor a schedule.json/],
    ])('refuses %s with 400 and writes nothing', async (_label, body, message) => {
      const before = await eventCount();
      const res = await t.http().post('/api/events/import').set('Content-Type', 'application/xml').send(body);
      expect(res.status).toBe(400);
      expect(res.body.message.join('\n')).toMatch(message);
      expect(await eventCount()).toBe(before);
    });

    it('writes nothing when one event of a large file cannot be stored', async () => {
      const before = await eventCount();
      const xml = realFixture('fosdem-2025-schedule.xml')
        .replace(/<acronym>fosdem-2025<\/acronym>/, '<acronym>fosdem-broken</acronym>')
        .replace(/(<event [\s\S]*?<title>)[^<]*/, `$1${'x'.repeat(400)}`);
      const res = await importXml(xml);
      expect(res.status).toBe(400);
      expect(res.body.message[0]).toMatch(/title is longer than 300 characters/);
      expect(await eventCount()).toBe(before);
    });
  },
  { xmllint: true },
);
