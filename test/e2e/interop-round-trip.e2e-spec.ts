import { createTestApp, TestApp } from '../create-test-app';
import { exportCsv, importCsv } from '../support/csv';
import { describeWithFixtures, realFixture } from '../support/fixtures';

/** Every real program we have, in the format it came in; exports go out in the same format. */
const FILES = [
  { file: 'fosdem-2025-schedule.xml', format: 'xml', query: '' },
  { file: '33c3-schedule.xml', format: 'xml', query: '?timezone=Europe/Berlin' },
  { file: '33c3-schedule.json', format: 'json', query: '?timezone=Europe/Berlin' },
  { file: 'rc3-channels-2020-pretalx-schedule.json', format: 'json', query: '' },
] as const;

/** The generator names our build; the document's own URL names the event's id on this instance. */
const comparable = (document: string, eventId: string) =>
  document
    .replace(/<generator [^>]*\/>|"generator":\{[^}]*\}/, '')
    .split(eventId)
    .join('<event id>');

describeWithFixtures('round trips of real programs through our own exports', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const importFile = (body: string, query = '') =>
    t.http().post(`/api/events/import${query}`).set('Content-Type', 'text/plain').send(body);
  const exportOf = async (eventId: string, format: string) =>
    (await t.http().get(`/api/events/${eventId}/schedule.${format}`).expect(200)).text;
  const speakerCount = async (eventId: string) =>
    Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM speakers WHERE event_id = '${eventId}'`))[0].n);

  it.each(FILES)(
    '$file: import → publish → export → import changes nothing, and export → import → export is byte-identical',
    async ({ file, format, query }) => {
      const first = await importFile(realFixture(file), query);
      expect(first.status).toBe(201);
      const eventId: string = first.body.event.id;
      const persons = await speakerCount(eventId);
      await t.http().post(`/api/events/${eventId}/publish`).expect(200);
      const exported = await exportOf(eventId, format);

      const again = await importFile(exported);
      expect(again.status).toBe(200);
      expect(again.body.event.id).toBe(eventId);
      expect(again.body.changes).toEqual({ added: 0, updated: 0, unchanged: first.body.counts.sessions, removed: 0 });
      expect(again.body.counts).toEqual(first.body.counts);
      expect(await speakerCount(eventId)).toBe(persons);

      // the same export read into a fresh event (this one deleted, so the acronym names no event)
      await t.http().delete(`/api/events/${eventId}`).expect(204);
      const copy = await importFile(exported);
      expect(copy.status).toBe(201);
      const copyId: string = copy.body.event.id;
      expect(copy.body.counts).toEqual(first.body.counts);
      await t.http().post(`/api/events/${copyId}/publish`).expect(200);
      const reexported = await exportOf(copyId, format);
      expect(comparable(reexported, copyId)).toBe(comparable(exported, eventId));
      await t.http().delete(`/api/events/${copyId}`).expect(204);
    },
  );

  it('reads the schedule.json export of an XML import, and a program made here, back as unchanged', async () => {
    const imported = await importFile(realFixture('33c3-schedule.xml'), '?timezone=Europe/Berlin');
    const eventId: string = imported.body.event.id;
    const base = `/api/events/${eventId}`;
    // a session and a speaker created here, not imported: their own ids are the guids we write
    const speaker = await t.http().post(`${base}/speakers`).send({ name: 'Local Speaker' }).expect(201);
    await t
      .http()
      .post(`${base}/sessions`)
      .send({
        title: 'Made here',
        type: 'talk',
        startsAt: '2016-12-30T20:00:00+01:00',
        endsAt: '2016-12-30T20:30:00+01:00',
        speakers: [{ speakerId: speaker.body.id }],
      })
      .expect(201);
    const persons = await speakerCount(eventId);
    await t.http().post(`${base}/publish`).expect(200);
    const again = await t
      .http()
      .post('/api/events/import')
      .send(JSON.parse(await exportOf(eventId, 'json')));
    expect(again.status).toBe(200);
    expect(again.body.changes).toEqual({ added: 0, updated: 0, unchanged: 151, removed: 0 });
    expect(await speakerCount(eventId)).toBe(persons);
    await t.http().delete(base).expect(204);
  });

  it('reads its own sessions.csv of FOSDEM back as unchanged, creating no speaker', async () => {
    const imported = await importFile(realFixture('fosdem-2025-schedule.xml'));
    const base = `/api/events/${imported.body.event.id}`;
    const persons = await speakerCount(imported.body.event.id);
    const res = await importCsv(t.http, base, (await exportCsv(t.http, base)).text);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 0, updated: 0, unchanged: 943, createdSpeakers: [], createdRooms: [] });
    expect(await speakerCount(imported.body.event.id)).toBe(persons);
  });
});
