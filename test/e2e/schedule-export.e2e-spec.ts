import { XMLParser } from 'fast-xml-parser';
import { buildSession, create, createProgram } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { describeWithFixtures } from '../support/fixtures';
import { jsonSchemaErrors, xsdErrors } from '../support/schemas';

const LISTS = [
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, path) => LISTS.includes(String(path)),
});

describeWithFixtures(
  'schedule.xml and schedule.json export',
  () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    async function publishedProgram() {
      const p = await createProgram(t.http);
      await t.http().patch(`${p.base}/speakers/${p.ada.id}`).send({ email: 'ada@private.example' }).expect(200);
      const keynote = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          title: 'Keynote <& "quotes"> 日本語 🎉',
          roomId: p.roomA.id,
          trackId: p.track.id,
          abstract: '<p>HTML & text</p>',
          speakers: [{ speakerId: p.ada.id }, { speakerId: p.grace.id, role: 'moderator' }],
        }),
      );
      const late = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          title: 'Late night',
          type: 'social',
          roomId: p.roomB.id,
          startsAt: '2026-03-10T23:30:00+01:00',
          endsAt: '2026-03-11T01:00:00+01:00',
        }),
      );
      const papers = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          title: 'Papers',
          type: 'paper-session',
          roomId: p.roomB.id,
          startsAt: '2026-03-11T09:00:00+01:00',
          endsAt: '2026-03-11T10:00:00+01:00',
        }),
      );
      await create(t.http, `${p.base}/sessions/${papers.id}/presentations`, {
        title: 'First paper',
        durationMinutes: 20,
        authors: [{ speakerId: p.grace.id }],
      });
      await create(t.http, `${p.base}/sessions`, { title: 'Backlog', type: 'talk', durationMinutes: 30 });
      const cancelled = await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          title: 'Cancelled',
          status: 'cancelled',
          startsAt: '2026-03-11T11:00:00+01:00',
          endsAt: '2026-03-11T12:00:00+01:00',
        }),
      );
      await t.http().post(`${p.base}/publish`).expect(200);
      return { p, keynote, late, papers, cancelled };
    }

    it('writes schedule.xml that validates against the c3voc XSD and carries the program', async () => {
      const { p, keynote, late, papers } = await publishedProgram();
      const res = await t.http().get(`${p.base}/schedule.xml`).expect(200);
      expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(xsdErrors(res.text)).toBe('');
      expect(res.text).not.toContain('ada@private.example');

      const schedule = parser.parse(res.text).schedule;
      expect(schedule.conference).toMatchObject({
        time_zone_name: 'Europe/Berlin',
        start: '2026-03-10',
        end: '2026-03-11',
        days: 2,
      });
      const events = schedule.day.flatMap((day: any) =>
        day.room.flatMap((room: any) => (room.event ?? []).map((e: any) => ({ ...e, dayDate: day['@date'] }))),
      );
      expect(events.map((e: any) => e.title).sort()).toEqual([
        'Keynote <& "quotes"> 日本語 🎉',
        'Late night',
        'Papers',
      ]);
      const byGuid = new Map<string, any>(events.map((e: any) => [e['@guid'], e]));
      expect(byGuid.get(keynote.id)).toMatchObject({
        date: '2026-03-10T09:00:00+01:00',
        start: '09:00',
        duration: '01:00',
        room: 'Room A',
        track: 'Security',
        abstract: '<p>HTML & text</p>',
        '@id': String(keynote.numericId),
      });
      expect(byGuid.get(keynote.id).persons.person.map((person: any) => person['#text'])).toEqual([
        'Ada Lovelace',
        'Grace Hopper',
      ]);
      expect(byGuid.get(late.id)).toMatchObject({ duration: '01:30', dayDate: '2026-03-10' });
      expect(byGuid.get(papers.id).description).toContain('09:00-09:20 First paper (Grace Hopper)');
    });

    it('writes schedule.json that validates against the c3voc JSON schema', async () => {
      const { p, keynote } = await publishedProgram();
      const res = await t.http().get(`${p.base}/schedule.json`).expect(200);
      expect(jsonSchemaErrors(res.body)).toEqual([]);
      const events = res.body.schedule.conference.days.flatMap((day: any) => Object.values(day.rooms).flat());
      expect(events).toHaveLength(3);
      expect(events.find((e: any) => e.guid === keynote.id)).toMatchObject({
        start: '09:00',
        duration: '01:00',
        room: 'Room A',
      });
    });

    it('answers 304 to a matching ETag and 404 for drafts', async () => {
      const { p } = await publishedProgram();
      const first = await t.http().get(`${p.base}/schedule.xml`).expect(200);
      await t.http().get(`${p.base}/schedule.xml`).set('If-None-Match', first.headers.etag).expect(304);
      const draft = await createProgram(t.http);
      await t.http().get(`${draft.base}/schedule.xml`).expect(404);
      await t.http().get(`${draft.base}/schedule.json`).expect(404);
    });

    it('follows published versions: an edit shows only after the next publish', async () => {
      const { p, keynote } = await publishedProgram();
      const first = await t.http().get(`${p.base}/schedule.xml`).expect(200);
      await t.http().patch(`${p.base}/sessions/${keynote.id}`).send({ title: 'Renamed keynote' }).expect(200);
      await t.http().get(`${p.base}/schedule.xml`).set('If-None-Match', first.headers.etag).expect(304);
      await t.http().post(`${p.base}/publish`).expect(200);
      const second = await t.http().get(`${p.base}/schedule.xml`).set('If-None-Match', first.headers.etag).expect(200);
      expect(second.text).toContain('Renamed keynote');
    });
  },
  { xmllint: true },
);
