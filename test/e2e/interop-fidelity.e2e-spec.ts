import { XMLParser } from 'fast-xml-parser';
import MarkdownIt from 'markdown-it';
import { createTestApp, TestApp } from '../create-test-app';
import { describeWithFixtures, realFixture } from '../support/fixtures';
import { xsdErrors } from '../support/schemas';

const LISTS = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
  'schedule.day.room.event.links.link',
  'schedule.day.room.event.attachments.attachment',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, path) => LISTS.has(String(path)),
});

const minutes = (duration: string) => {
  const [h, m] = duration.split(':').map(Number);
  return h * 60 + m;
};
const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'object'
      ? text((value as any)['#text'])
      : (value as string | number | boolean).toString();
const items = (value: unknown, key: string): any[] =>
  value && typeof value === 'object' ? ((value as any)[key] ?? []) : [];

const markdown = new MarkdownIt();
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The words a reader sees: HTML (FOSDEM) as written, Markdown (ours, frab) as markdown-it renders
 * it; tags dropped, entities decoded. Abstracts are stored as Markdown, so HTML sources differ in
 * notation only.
 */
function words(source: string): string {
  const html = /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(source) ? source : markdown.render(source);
  return (
    html
      .replace(/<\/?(p|li|ul|ol|br|h\d|pre|div|blockquote|hr)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
      .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? m)
      .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
      // emphasis on a lone comma (`<strong>,</strong>`) is not emphasis in CommonMark: the one notation loss
      .replace(/\*\*([,.;:])\*\*/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .join(' ')
  );
}

/**
 * Every field of an event that the source carries and the c3voc XSD has a place for, in a form
 * that ignores only notation (duration `00:05:00` = `00:05`, instants in any offset).
 */
function eventFields(event: any, day: any) {
  return {
    id: event['@id'],
    dayIndex: day['@index'],
    date: Date.parse(event.date),
    start: text(event.start).slice(0, 5),
    duration: minutes(text(event.duration)),
    room: text(event.room),
    slug: text(event.slug),
    title: text(event.title),
    subtitle: text(event.subtitle),
    track: text(event.track),
    type: text(event.type),
    language: text(event.language),
    abstract: words(text(event.abstract)),
    description: words(text(event.description)),
    url: text(event.url),
    feedback_url: text(event.feedback_url),
    logo: /^https?:/.test(text(event.logo)) ? text(event.logo) : '',
    optout: event.recording ? text(event.recording.optout) : '',
    persons: items(event.persons, 'person').map((p) => `${p['@id']} ${text(p)}`),
    // `[ ]` percent-encoded for strict URI validators: the same address
    links: items(event.links, 'link').map((l) => `${decodeURIComponent(l['@href'])} ${text(l)}`),
    attachments: items(event.attachments, 'attachment').map((a) => `${a['@href']} ${a['@type'] ?? ''} ${text(a)}`),
  };
}

function read(xml: string) {
  const schedule = parser.parse(xml).schedule;
  const events = new Map<string, ReturnType<typeof eventFields>>();
  for (const day of schedule.day)
    for (const room of day.room ?? [])
      for (const event of room.event ?? []) events.set(event['@guid'], eventFields(event, day));
  const c = schedule.conference;
  return {
    conference: {
      acronym: text(c.acronym),
      title: text(c.title),
      start: text(c.start),
      end: text(c.end),
      days: text(c.days),
      timeslot: minutes(text(c.timeslot_duration)),
      dayStarts: schedule.day.map((d: any) => Date.parse(d['@start'])),
    },
    events,
  };
}

describeWithFixtures(
  'field-by-field fidelity of schedule.xml round trips',
  () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it.each([
      ['fosdem-2025-schedule.xml', ''],
      ['33c3-schedule.xml', '?timezone=Europe/Berlin'],
    ])('%s: every field the XSD allows survives import → publish → export', async (file, query) => {
      const original = realFixture(file);
      const res = await t
        .http()
        .post(`/api/events/import${query}`)
        .set('Content-Type', 'application/xml')
        .send(original);
      expect(res.status).toBe(201);
      const eventId = res.body.event.id;
      await t.http().post(`/api/events/${eventId}/publish`).expect(200);
      const exported = (await t.http().get(`/api/events/${eventId}/schedule.xml`).expect(200)).text;
      expect(xsdErrors(exported)).toBe('');

      const before = read(original);
      const after = read(exported);
      expect(after.conference).toEqual(before.conference);
      expect(after.events.size).toBe(before.events.size);
      for (const [guid, fields] of before.events) {
        const ours = after.events.get(guid)!;
        // an event without a URL gets its page here: added, not lost
        if (!fields.url) expect(ours.url).toMatch(/^https:\/\/agenda\.example\/e\/[a-z0-9-]+#s=[0-9a-f-]{36}$/);
        expect({ guid, ...ours, url: fields.url ? ours.url : '' }).toEqual({ guid, ...fields });
      }
      await t.http().delete(`/api/events/${eventId}`).expect(204);
    });

    it('keeps FOSDEM venue, city and day change where the JSON schema has a place (conference meta)', async () => {
      const res = await t
        .http()
        .post('/api/events/import')
        .set('Content-Type', 'application/xml')
        .send(realFixture('fosdem-2025-schedule.xml'));
      expect(res.body.event).toMatchObject({
        venue: 'ULB (Université Libre de Bruxelles)',
        city: 'Brussels',
        dayChange: '09:00',
        timeslotMinutes: 5,
      });
      await t.http().post(`/api/events/${res.body.event.id}/publish`).expect(200);
      const json = (await t.http().get(`/api/events/${res.body.event.id}/schedule.json`).expect(200)).body;
      expect(json.schedule.conference.meta).toEqual({
        venue: 'ULB (Université Libre de Bruxelles)',
        city: 'Brussels',
        day_change: '09:00',
      });
      const devroomTalks = json.schedule.conference.days
        .flatMap((d: any) => Object.values(d.rooms).flat())
        .filter((e: any) => e.type === 'devroom');
      expect(devroomTalks.length).toBeGreaterThan(800);
      const one = await t
        .http()
        .get(`/api/events/${res.body.event.id}/sessions?limit=1&q=${encodeURIComponent('callee-saved')}`);
      expect(one.body.items[0]).toMatchObject({ type: 'talk', sourceType: 'devroom' });
    });
  },
  { xmllint: true },
);
