import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { exportCsv, importCsv, parseCsv, programSnapshot, toCsv } from '../support/csv';

const COLUMNS = [
  'id',
  'title',
  'subtitle',
  'type',
  'status',
  'track',
  'room',
  'timezone',
  'start',
  'end',
  'durationMinutes',
  'speakers',
  'language',
  'expectedAttendance',
  'abstract',
  'version',
];

describe('Sessions CSV export and round trip', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const addSession = (overrides: Record<string, unknown>) =>
    create(t.http, `${p.base}/sessions`, buildSession(overrides));

  it('exports one row per live session with names, local times and a BOM, in session-list order', async () => {
    await addSession({
      title: 'Backlog idea',
      type: 'workshop',
      startsAt: undefined,
      endsAt: undefined,
      durationMinutes: 90,
    });
    const keynote = await addSession({
      title: 'Grüße aus Köln',
      subtitle: 'Über Planung',
      type: 'keynote',
      roomId: p.roomA.id,
      trackId: p.track.id,
      startsAt: '2026-03-10T08:00:00Z',
      endsAt: '2026-03-10T09:00:00Z',
      language: 'de',
      expectedAttendance: 80,
      abstract: 'Zeile 1\nZeile 2, mit "Zitat"',
      speakers: [{ speakerId: p.ada.id, role: 'chair' }, { speakerId: p.grace.id }],
    });
    const deleted = await addSession({
      title: 'Deleted',
      startsAt: '2026-03-11T09:00:00+01:00',
      endsAt: '2026-03-11T10:00:00+01:00',
    });
    await t.http().delete(`${p.base}/sessions/${deleted.id}`).expect(204);
    const event = (await t.http().get(p.base)).body;

    const res = await exportCsv(t.http, p.base);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${event.slug}-sessions.csv"`);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    expect(res.text.split('\r\n')[0].slice(1)).toBe(COLUMNS.join(','));
    const rows = parseCsv(res.text);
    expect(rows.map((row) => row.title)).toEqual(['Grüße aus Köln', 'Backlog idea']);
    expect(rows[0]).toEqual({
      id: keynote.id,
      title: 'Grüße aus Köln',
      subtitle: 'Über Planung',
      type: 'keynote',
      status: 'confirmed',
      track: 'Security',
      room: 'Room A',
      timezone: 'Europe/Berlin',
      start: '2026-03-10 09:00',
      end: '2026-03-10 10:00',
      durationMinutes: '60',
      speakers: 'Ada Lovelace (chair); Grace Hopper',
      language: 'de',
      expectedAttendance: '80',
      abstract: 'Zeile 1\nZeile 2, mit "Zitat"',
      version: '1',
    });
    expect(rows[1]).toMatchObject({ start: '', end: '', durationMinutes: '90', room: '', speakers: '' });
  });

  it('prefixes cells that a spreadsheet would run as formulas with a quote', async () => {
    await addSession({
      title: '=HYPERLINK("http://evil.example","click")',
      subtitle: '+1 for this',
      abstract: '@SUM(A1:A9)',
    });
    await addSession({
      title: '-2 degrees',
      subtitle: '\tindented',
      startsAt: '2026-03-10T11:00:00+01:00',
      endsAt: '2026-03-10T12:00:00+01:00',
    });

    const rows = parseCsv((await exportCsv(t.http, p.base)).text);

    expect(rows[0]).toMatchObject({
      title: `'=HYPERLINK("http://evil.example","click")`,
      subtitle: "'+1 for this",
      abstract: "'@SUM(A1:A9)",
    });
    expect(rows[1]).toMatchObject({ title: "'-2 degrees", subtitle: "'\tindented" });
  });

  it('reads its own export back as unchanged, formulas and Japanese titles included', async () => {
    await addSession({ title: '=1+1', roomId: p.roomA.id, speakers: [{ speakerId: p.ada.id, role: 'moderator' }] });
    await addSession({
      title: '基調講演：未来の会議',
      startsAt: '2026-03-10T11:00:00+01:00',
      endsAt: '2026-03-10T12:00:00+01:00',
    });
    const before = await programSnapshot(t.http, p.base);
    const eventBefore = (await t.http().get(p.base)).body;

    const res = await importCsv(t.http, p.base, (await exportCsv(t.http, p.base)).text);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: false,
      created: 0,
      updated: 0,
      unchanged: 2,
      createdTracks: [],
      createdRooms: [],
      createdSpeakers: [],
      warnings: [],
    });
    expect(await programSnapshot(t.http, p.base)).toEqual(before);
    expect((await t.http().get(p.base)).body.updatedAt).toBe(eventBefore.updatedAt);
  });

  it('applies a cell edited in the spreadsheet and leaves the other rows alone', async () => {
    const edited = await addSession({ title: 'Old title', roomId: p.roomA.id });
    const other = await addSession({
      title: 'Other',
      startsAt: '2026-03-10T11:00:00+01:00',
      endsAt: '2026-03-10T12:00:00+01:00',
    });
    const rows = parseCsv((await exportCsv(t.http, p.base)).text);
    const row = rows.find((r) => r.id === edited.id)!;
    Object.assign(row, { title: 'New title', room: 'Room B', start: '2026-03-11 14:00', end: '2026-03-11 15:30' });

    const res = await importCsv(t.http, p.base, toCsv(rows));

    expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const session = (await t.http().get(`${p.base}/sessions/${edited.id}`)).body;
    expect(session).toMatchObject({
      title: 'New title',
      roomId: p.roomB.id,
      startsAt: '2026-03-11T14:00:00+01:00',
      endsAt: '2026-03-11T15:30:00+01:00',
      durationMinutes: 90,
      version: 2,
    });
    expect((await t.http().get(`${p.base}/sessions/${other.id}`)).body.version).toBe(1);
  });

  it('round-trips a Japanese title created from a CSV file', async () => {
    const csv = 'id,title,type,start,end\r\n,基調講演：未来の会議,keynote,2026-03-10 09:00,2026-03-10 10:00\r\n';
    expect((await importCsv(t.http, p.base, csv)).body).toMatchObject({ created: 1 });

    const rows = parseCsv((await exportCsv(t.http, p.base)).text);

    expect(rows).toEqual([
      expect.objectContaining({ title: '基調講演：未来の会議', start: '2026-03-10 09:00', type: 'keynote' }),
    ]);
  });

  it('answers 404 for an unknown event', async () => {
    const res = await exportCsv(t.http, '/api/events/00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
  });
});
