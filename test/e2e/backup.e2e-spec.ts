import { createHash } from 'node:crypto';
import { createTestApp, TestApp } from '../create-test-app';
import { buildEvent, create } from '../factories/program.factory';
import { createRichProgram, RichProgram } from '../factories/rich-program.factory';
import { BACKUP_COLLECTIONS, fieldDifferences, idMapping } from '../support/backup-compare';

const UNKNOWN_ID = '3f1e0c1e-0000-4000-8000-000000000000';
const TABLES = [
  'events',
  'tracks',
  'rooms',
  'time_slots',
  'speakers',
  'sessions',
  'session_speakers',
  'presentations',
  'agendas',
];

/**
 * Export and restore run against the real app and database. Agenda tokens: a restored agenda keeps
 * its token hash, and two agendas cannot share one, so restoring while the original event exists
 * skips the agenda and reports it; once the original is deleted (last test) the restored agenda
 * answers to the original token.
 */
describe('Event backup (export.json, restore)', () => {
  let t: TestApp;
  let program: RichProgram;
  let original: any;

  beforeAll(async () => {
    t = await createTestApp();
    program = await createRichProgram(t.http);
    original = (await t.http().get(`${program.base}/export.json`).expect(200)).body;
  });
  afterAll(() => t.close());

  const exportOf = async (eventId: string) =>
    (await t.http().get(`/api/events/${eventId}/export.json`).expect(200)).body;
  const restore = (document: unknown) =>
    t
      .http()
      .post('/api/events/restore')
      .send(document as object);
  const rowCounts = async () =>
    Promise.all(
      TABLES.map(async (table) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)),
    );
  const copy = () => JSON.parse(JSON.stringify(original));

  it('exports everything of the event as an attachment, e-mails included, agenda tokens never', async () => {
    const res = await t.http().get(`${program.base}/export.json`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${program.slug}-backup.json"`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).not.toContain(program.agendaToken);
    const doc = res.body;
    expect(doc).toMatchObject({
      format: 'agenda-planner-backup',
      formatVersion: 1,
      exportedAt: expect.stringMatching(/[+-]\d\d:\d\d$/),
    });
    expect(doc.event).toMatchObject({
      id: program.eventId,
      slug: program.slug,
      status: 'published',
      venue: 'Congress Centre',
      programVersion: expect.any(Number),
    });
    expect(BACKUP_COLLECTIONS.map((key) => doc[key].length)).toEqual([2, 3, 3, 3, 6, 3, 1]);
    expect(doc.speakers[0]).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@example.org',
      availability: [
        { startsAt: '2026-03-10T08:00:00+01:00', endsAt: '2026-03-10T18:00:00+01:00' },
        expect.any(Object),
      ],
    });
    const byTitle = (title: string) => doc.sessions.find((s: any) => s.title === title);
    expect(byTitle('Withdrawn talk')).toMatchObject({ deletedAt: expect.stringMatching(/\+01:00$/), sequence: 1 });
    expect(byTitle('Unscheduled workshop')).toMatchObject({
      startsAt: null,
      endsAt: null,
      durationMinutes: 45,
      status: 'tentative',
      pinned: true,
    });
    expect(byTitle('Cancelled panel').status).toBe('cancelled');
    expect(byTitle('Closing talk (moved)')).toMatchObject({
      version: 2,
      sequence: 1,
      startsAt: '2026-03-11T10:00:00+01:00',
    });
    expect(byTitle('Opening keynote')).toMatchObject({
      numericId: 1,
      externalId: null,
      description: 'Long text',
      url: 'https://example.org/keynote',
      links: [{ href: 'https://example.org/slides.pdf', title: 'Slides' }],
      speakers: [
        { speakerId: doc.speakers[0].id, role: 'speaker', position: 0 },
        { speakerId: doc.speakers[2].id, role: 'moderator', position: 1 },
      ],
    });
    expect(doc.presentations[1]).toMatchObject({
      title: 'Paper 2',
      position: 1,
      authors: [{ name: 'Tony Hoare' }, { speakerId: doc.speakers[0].id, name: 'Ada Lovelace' }],
    });
    expect(doc.agendas).toEqual([
      {
        id: expect.any(String),
        tokenHash: createHash('sha256').update(program.agendaToken).digest('hex'),
        sessionIds: [
          program.sessions.keynote.id,
          program.sessions.papers.id,
          program.sessions.deleted.id,
          program.sessions.dayTwo.id,
        ],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
  });

  it('restores a copy beside the original: new ids, slug suffixed, every other field equal, the agenda skipped and reported', async () => {
    const res = await restore(original).expect(201);
    expect(res.body.event).toMatchObject({ slug: `${program.slug}-2`, status: 'published', name: original.event.name });
    expect(res.body.counts).toEqual({
      tracks: 2,
      rooms: 3,
      slots: 3,
      speakers: 3,
      sessions: 6,
      presentations: 3,
      agendas: 0,
    });
    expect(res.body.conflicts).toEqual([]);
    expect(res.body.skippedAgendas).toEqual([
      { path: 'agendas[0]', id: original.agendas[0].id, reason: expect.stringMatching(/same token already exists/) },
    ]);

    const copied = await exportOf(res.body.event.id);
    const oldIds = [...idMapping(original, copied).keys()];
    expect(oldIds.filter((id) => JSON.stringify(copied).includes(id))).toEqual([]);
    expect(withoutRepublish(fieldDifferences(original, copied, ['exportedAt', 'agendas']))).toEqual([
      `event.slug: "${program.slug}" -> "${program.slug}-2"`,
    ]);
    expect(copied.agendas).toEqual([]);
    await t
      .http()
      .get(`/api/agendas/${program.agendaToken}`)
      .expect(200)
      .expect((r) => expect(r.body.eventId).toBe(program.eventId));
  });

  it('restores double bookings as they were and reports them like a 409 body', async () => {
    const doc = copy();
    const keynote = doc.sessions.find((s: any) => s.title === 'Opening keynote');
    const clash = doc.sessions.find((s: any) => s.title === 'Closing talk (moved)');
    Object.assign(clash, { startsAt: '2026-03-10T09:30:00+01:00', endsAt: '2026-03-10T10:30:00+01:00' });
    doc.agendas = [];
    const res = await restore(doc).expect(201);
    const sessions = (await t.http().get(`/api/events/${res.body.event.id}/sessions`).expect(200)).body.items;
    const idOf = (title: string) => sessions.find((s: any) => s.title === title).id;
    expect(res.body.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'room',
          sessionId: idOf('Opening keynote'),
          title: 'Opening keynote',
          otherSessionId: idOf('Closing talk (moved)'),
          roomId: sessions.find((s: any) => s.title === 'Opening keynote').roomId,
          overlapStart: '2026-03-10T09:30:00+01:00',
          overlapEnd: '2026-03-10T10:00:00+01:00',
        }),
        expect.objectContaining({
          kind: 'speaker',
          speakerId: expect.any(String),
          overlapStart: '2026-03-10T09:30:00+01:00',
        }),
      ]),
    );
    expect(res.body.conflicts).toHaveLength(2);
    expect(sessions.find((s: any) => s.id === idOf('Closing talk (moved)')).startsAt).toBe(clash.startsAt);
    expect(keynote.roomId).toBe(clash.roomId);
  });

  it('refuses a malformed document naming the path of each problem, and writes nothing', async () => {
    const doc = copy();
    doc.event.timezone = 'Europe/Nowhere';
    doc.rooms[1].capacity = 'many';
    doc.sessions[2].startsAt = '2026-03-10T09:00:00';
    delete doc.sessions[3].title;
    doc.agendas[0].tokenHash = program.agendaToken;
    const before = await rowCounts();
    const res = await restore(doc).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.message).toEqual([
      'event.timezone must be an IANA time zone such as Europe/Berlin',
      'rooms[1].capacity must be an integer from 0 to 1000000',
      'sessions[2].startsAt must carry an explicit offset (Z or ±HH:MM)',
      'sessions[3].title is required',
      'agendas[0].tokenHash must be a SHA-256 hash in lower-case hex (64 characters)',
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a document that is not a backup at all', async () => {
    await restore({ schedule: { version: '1' } })
      .expect(400)
      .expect((r) => expect(r.body.message).toEqual(['format is required', 'formatVersion is required']));
    await restore([original])
      .expect(400)
      .expect((r) => expect(r.body.message[0]).toMatch(/^the body must be a backup document/));
  });

  it('refuses a reference to a record the document does not hold', async () => {
    const doc = copy();
    doc.sessions[3].roomId = UNKNOWN_ID;
    doc.presentations[0].sessionId = 'nowhere';
    const before = await rowCounts();
    const res = await restore(doc).expect(400);
    expect(res.body.message).toEqual([
      'sessions[3].roomId refers to no room in the document',
      'presentations[0].sessionId refers to no session in the document',
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a program that breaks the rules every write path enforces', async () => {
    const doc = copy();
    doc.presentations[2].endsAt = '2026-03-10T13:30:00+01:00';
    doc.slots[0].startsAt = '2026-03-09T09:00:00+01:00';
    const res = await restore(doc).expect(400);
    expect(res.body.message).toEqual([
      "slots[0].startsAt and slots[0].endsAt must lie within the event's days 2026-03-10 to 2026-03-11 (Europe/Berlin)",
      'presentations[2] must lie inside its session sessions[1]',
    ]);
  });

  it('exports a draft and restores it as a draft', async () => {
    const draft = await create(t.http, '/api/events', buildEvent({ slug: 'draft-backup' }));
    const doc = await exportOf(draft.id);
    expect(doc.event).toMatchObject({ status: 'draft', slug: 'draft-backup' });
    const first = await restore(doc).expect(201);
    const second = await restore(doc).expect(201);
    expect([first.body.event.slug, second.body.event.slug]).toEqual(['draft-backup-2', 'draft-backup-3']);
    expect(first.body.event.status).toBe('draft');
  });

  it('accepts a backup larger than the normal 1 MB body limit', async () => {
    const doc = copy();
    doc.agendas = [];
    doc.speakers.push(
      ...Array.from({ length: 60 }, (_, i) => ({ id: `bulk-${i}`, name: `Speaker ${i}`, bio: 'x'.repeat(20_000) })),
    );
    const res = await restore(doc).expect(201);
    expect(res.body.counts.speakers).toBe(63);
  });

  it('answers 404 for an unknown event and 400 for a malformed id', async () => {
    await t.http().get(`/api/events/${UNKNOWN_ID}/export.json`).expect(404);
    await t.http().get('/api/events/Not_A_Uuid/export.json').expect(400);
  });

  it('once the original is deleted, restores it with its slug and the agenda answers to the original token', async () => {
    await t.http().delete(program.base).expect(204);
    await t.http().get(`/api/agendas/${program.agendaToken}`).expect(404);
    const res = await restore(original).expect(201);
    expect(res.body).toMatchObject({ event: { slug: program.slug }, counts: { agendas: 1 }, skippedAgendas: [] });

    const restored = await exportOf(res.body.event.id);
    expect(withoutRepublish(fieldDifferences(original, restored, ['exportedAt']))).toEqual([]);
    const ids = idMapping(original, restored);
    const agenda = await t.http().get(`/api/agendas/${program.agendaToken}`).expect(200);
    expect(agenda.body).toMatchObject({
      eventId: res.body.event.id,
      sessionIds: original.agendas[0].sessionIds.map((id: string) => ids.get(id)),
    });
    const feed = await t.http().get(`/api/agendas/${program.agendaToken}/calendar.ics`).expect(200);
    expect(feed.text).toContain(`UID:${ids.get(program.sessions.keynote.id)}@${t.config.feedDomain}`);
    expect(feed.text).toMatch(/SUMMARY:Cancelled: Withdrawn talk/);
  });
});

/** A restored published event is published again (version 1 of the copy): that bumps its program version and update time. */
function withoutRepublish(differences: string[]): string[] {
  return differences.filter((line) => !/^event\.(programVersion|updatedAt):/.test(line));
}
