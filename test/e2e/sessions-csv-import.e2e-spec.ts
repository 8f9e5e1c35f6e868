import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';
import { exportCsv, importCsv, parseCsv, programSnapshot, toCsv } from '../support/csv';

describe('Sessions CSV import', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const post = (csv: string, query = '') => importCsv(t.http, p.base, csv, query);
  const sessions = async () => (await t.http().get(`${p.base}/sessions?limit=500`)).body.items;

  it('reads a file saved by European Excel: BOM, semicolons, CRLF, German dates, new names created', async () => {
    const csv =
      '\uFEFFid;title;type;track;room;start;end;speakers;abstract\r\n' +
      ';Grüße aus Zürich;talk;Sicherheit;Room A;10.03.2026 14:00;10.03.2026 14:45;"Ada Lovelace (chair); Jürgen Groß";"Erste Zeile\r\nzweite; Zeile"\r\n';

    const res = await t.http().post(`${p.base}/sessions.csv`).set('Content-Type', 'text/csv; charset=utf-8').send(csv);

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: false,
      created: 1,
      updated: 0,
      unchanged: 0,
      createdTracks: ['Sicherheit'],
      createdRooms: [],
      createdSpeakers: ['Jürgen Groß'],
      warnings: [],
    });
    const [session] = await sessions();
    expect(session).toMatchObject({
      title: 'Grüße aus Zürich',
      roomId: p.roomA.id,
      startsAt: '2026-03-10T14:00:00+01:00',
      endsAt: '2026-03-10T14:45:00+01:00',
      abstract: 'Erste Zeile\nzweite; Zeile',
      speakers: [
        { speakerId: p.ada.id, role: 'chair' },
        { name: 'Jürgen Groß', role: 'speaker' },
      ],
    });
  });

  it('keeps a line break quoted inside an abstract', async () => {
    const csv = 'id,title,type,abstract\n,Backlog talk,talk,"First line\nsecond line, still the abstract"\n';
    expect((await post(csv)).status).toBe(200);
    expect((await sessions())[0]).toMatchObject({ abstract: 'First line\nsecond line, still the abstract' });
  });

  it('refuses the whole file when one row is bad, naming every bad row, and writes nothing', async () => {
    await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Existing' }));
    const before = await programSnapshot(t.http, p.base);
    const csv = toCsv([
      {
        id: '',
        title: 'Good one',
        type: 'talk',
        track: 'Brand new track',
        start: '2026-03-10 11:00',
        end: '2026-03-10 12:00',
      },
      { id: '', title: 'Backwards', type: 'talk', track: '', start: '2026-03-10 14:00', end: '2026-03-10 13:00' },
      { id: '', title: 'Good two', type: 'panel', track: '', start: '', end: '' },
      { id: '', title: 'Wrong type', type: 'rave', track: '', start: '', end: '' },
    ]);

    const res = await post(csv);

    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([
      'row 3: endsAt must be after startsAt',
      expect.stringMatching(/^row 5: type must be one of/),
    ]);
    expect(await programSnapshot(t.http, p.base)).toEqual(before);
  });

  it('reports a dry run like a real one and writes nothing', async () => {
    const before = await programSnapshot(t.http, p.base);
    const csv =
      'id,title,type,room,start,end,speakers\n,Dry talk,talk,Hall Z,2026-03-10 09:00,2026-03-10 10:00,New Person\n';

    const res = await post(csv, '?dryRun=true');

    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: true,
      created: 1,
      updated: 0,
      unchanged: 0,
      createdTracks: [],
      createdRooms: ['Hall Z'],
      createdSpeakers: ['New Person'],
      warnings: [],
    });
    expect(await programSnapshot(t.http, p.base)).toEqual(before);
  });

  it('accepts soft conflicts and reports them with their row', async () => {
    const csv =
      'id,title,type,room,start,end,expectedAttendance\n,Crowded,talk,Room B,2026-03-10 09:00,2026-03-10 10:00,45\n';
    const res = await post(csv);
    expect(res.status).toBe(200);
    expect(res.body.warnings).toEqual([
      { row: 2, kind: 'capacity', message: "expected attendance 45 exceeds Room B's capacity of 30" },
    ]);
  });

  it('refuses a row that clashes with an existing session in the same room, naming the row', async () => {
    await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Keynote', roomId: p.roomA.id }));
    const csv =
      'id,title,type,room,start,end\n,Free slot,talk,Room A,2026-03-10 10:00,2026-03-10 11:00\n' +
      ',Clash,talk,Room A,2026-03-10 09:30,2026-03-10 10:00\n';

    const res = await post(csv);

    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([expect.stringMatching(/^row 3: room is already booked by "Keynote"/)]);
    expect(await sessions()).toHaveLength(1);
  });

  it('moves a session into a place another row frees later in the same file', async () => {
    const a = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'A', roomId: p.roomA.id }));
    const b = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'B', roomId: p.roomB.id }));
    const csv =
      `id,title,type,room,start,end\n${b.id},B,talk,Room A,2026-03-10 09:00,2026-03-10 10:00\n` +
      `${a.id},A,talk,Room A,2026-03-10 11:00,2026-03-10 12:00\n`;

    const res = await post(csv);

    expect(res.body).toMatchObject({ updated: 2 });
    expect((await t.http().get(`${p.base}/sessions/${b.id}`)).body.roomId).toBe(p.roomA.id);
  });

  it('names unknown and missing required columns', async () => {
    const res = await post('id,title,colour,Speaker Notes\n,Talk,red,x\n');
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([
      expect.stringMatching(/^unknown column\(s\): "colour", "Speaker Notes"/),
      'missing required column(s): type',
    ]);
  });

  it('refuses a local time that the clocks skip, naming the row', async () => {
    const dst = await createProgram(t.http, { startDate: '2026-03-28', endDate: '2026-03-29' });
    const res = await importCsv(
      t.http,
      dst.base,
      'id,title,type,start,end\n,Night owl,talk,2026-03-29 02:30,2026-03-29 03:30\n',
    );
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([
      'row 2: start: 2026-03-29 02:30 does not exist in Europe/Berlin (the clocks skip that hour)',
    ]);
  });

  it('refuses a row whose version is stale', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Original' }));
    const rows = parseCsv((await exportCsv(t.http, p.base)).text);
    await t.http().patch(`${p.base}/sessions/${session.id}`).send({ title: 'Edited meanwhile' }).expect(200);

    const res = await post(toCsv([{ ...rows[0], subtitle: 'from the spreadsheet' }]));

    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['row 2: session was changed by someone else: you sent version 1, current is 2']);
  });

  it('refuses ids of sessions of another event and a body that is not CSV', async () => {
    const other = await createProgram(t.http);
    const foreign = await create(t.http, `${other.base}/sessions`, buildSession());
    const res = await post(`id,title,type\n${foreign.id},Stolen,talk\n`);
    expect(res.body.message).toEqual([`row 2: id ${foreign.id} is not a session of this event`]);
    const json = await t.http().post(`${p.base}/sessions.csv`).send({ title: 'x' });
    expect(json.status).toBe(400);
    expect(json.body.message).toEqual(['send the CSV file as the request body with Content-Type text/csv']);
  });
});
