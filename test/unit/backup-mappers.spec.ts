import { BackupDocument } from '../../src/backup/backup-document';
import { EventRecords, toBackupDocument } from '../../src/backup/backup-export.mapper';
import { RestoreRows, slugCandidate, toRestoreRows } from '../../src/backup/backup-restore.mapper';
import { SessionEntity } from '../../src/sessions/session.entity';
import { buildBackupDocument } from '../factories/backup-document.factory';

const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const NOW = new Date('2026-04-01T10:00:00Z');

/** The database's view of restored rows: sessions carry their speaker links. */
const asRecords = (rows: RestoreRows): EventRecords =>
  ({
    ...rows,
    sessions: rows.sessions.map((session) => ({
      ...session,
      speakers: rows.sessionSpeakers.filter((link) => link.sessionId === session.id),
    })) as SessionEntity[],
  }) as unknown as EventRecords;

/** Replaces every id the document uses by the one at the same place in `other`. */
function renameIds(doc: BackupDocument, other: BackupDocument): BackupDocument {
  const names = new Map<string, string>([[doc.event.id, other.event.id]]);
  for (const key of ['tracks', 'rooms', 'slots', 'speakers', 'sessions', 'presentations', 'agendas'] as const) {
    doc[key].forEach((item, index) => names.set(item.id, other[key][index].id));
  }
  return JSON.parse(JSON.stringify(doc), (key, value) =>
    typeof value === 'string' && names.has(value) ? names.get(value) : value,
  );
}

describe('toRestoreRows', () => {
  it('gives every record a fresh id and remaps every reference', () => {
    const rows = toRestoreRows(buildBackupDocument(), counter(), 'devconf-2026-2', NOW);
    const session = rows.sessions[0];
    expect(rows.event).toMatchObject({
      id: 'new-1',
      slug: 'devconf-2026-2',
      status: 'published',
      version: 3,
      programVersion: 12,
    });
    expect(rows.tracks[0]).toMatchObject({ id: 'new-2', eventId: 'new-1' });
    expect(session).toMatchObject({
      trackId: rows.tracks[0].id,
      roomId: rows.rooms[0].id,
      slotId: rows.slots[0].id,
      eventId: 'new-1',
    });
    expect(rows.sessionSpeakers).toEqual([
      { sessionId: session.id, speakerId: rows.speakers[1].id, role: 'chair', position: 0 },
      { sessionId: session.id, speakerId: rows.speakers[0].id, role: 'author', position: 1 },
    ]);
    expect(rows.presentations[0]).toMatchObject({
      sessionId: session.id,
      authors: [{ speakerId: rows.speakers[0].id, name: 'Ada Lovelace' }, { name: 'C. Babbage' }],
    });
    expect(rows.agendas[0]).toMatchObject({ tokenHash: 'a'.repeat(64), sessionIds: [session.id], eventId: 'new-1' });
    const allIds = JSON.stringify(rows);
    for (const old of ['"e1"', '"t1"', '"r1"', '"sl1"', '"sp1"', '"s1"', '"p1"', '"a1"'])
      expect(allIds).not.toContain(old);
  });

  it('keeps instants to the millisecond and converts availability to epoch windows', () => {
    const rows = toRestoreRows(buildBackupDocument(), counter(), 'x', NOW);
    expect(rows.event.createdAt.toISOString()).toBe('2026-01-05T09:00:00.123Z');
    expect(rows.speakers[0].availability).toEqual([
      { start: Date.parse('2026-03-10T07:00:00Z'), end: Date.parse('2026-03-10T11:00:00Z') },
    ]);
  });

  it('gives left-out values the defaults of the REST API', () => {
    const doc = buildBackupDocument() as any;
    for (const key of ['status', 'pinned', 'version', 'sequence', 'createdAt', 'speakers', 'links'])
      delete doc.sessions[1][key];
    delete doc.event.status;
    const rows = toRestoreRows(doc, counter(), 'x', NOW);
    expect(rows.event.status).toBe('draft');
    expect(rows.sessions[1]).toMatchObject({
      status: 'confirmed',
      pinned: false,
      version: 1,
      sequence: 0,
      createdAt: NOW,
      links: null,
    });
  });

  it('lists only live scheduled sessions for the clash check', () => {
    const doc = buildBackupDocument();
    doc.sessions.push({ ...doc.sessions[0], id: 's3', deletedAt: '2026-03-01T00:00:00+01:00' });
    const rows = toRestoreRows(doc, counter(), 'x', NOW);
    expect(rows.placed.map((p) => p.id)).toEqual([rows.sessions[0].id]);
    expect(rows.placed[0].speakerIds).toEqual([rows.speakers[1].id, rows.speakers[0].id]);
  });
});

describe('toBackupDocument', () => {
  it('writes back the document it was restored from, ids aside', () => {
    const original = buildBackupDocument();
    const exported = toBackupDocument(
      asRecords(toRestoreRows(original, counter(), original.event.slug, NOW)),
      new Date(original.exportedAt),
    );
    expect(exported).toEqual(renameIds(original, exported));
  });

  it('drops links to speakers and sessions that no longer exist', () => {
    const rows = toRestoreRows(buildBackupDocument(), counter(), 'x', NOW);
    rows.presentations[0].authors[0].speakerId = 'gone';
    rows.agendas[0].sessionIds.push('gone');
    const exported = toBackupDocument(asRecords(rows), NOW);
    expect(exported.presentations[0].authors[0]).toEqual({ name: 'Ada Lovelace' });
    expect(exported.agendas[0].sessionIds).toEqual([rows.sessions[0].id]);
  });

  it("writes instants in the event's offset", () => {
    const exported = toBackupDocument(asRecords(toRestoreRows(buildBackupDocument(), counter(), 'x', NOW)), NOW);
    expect(exported.exportedAt).toBe('2026-04-01T12:00:00+02:00');
    expect(exported.slots[0].startsAt).toBe('2026-03-10T09:00:00+01:00');
  });
});

describe('slugCandidate', () => {
  it('keeps the slug first, then suffixes -2, -3 ...', () => {
    expect([1, 2, 3].map((n) => slugCandidate('devconf', n))).toEqual(['devconf', 'devconf-2', 'devconf-3']);
  });

  it('cuts a long slug so the suffix fits 120 characters', () => {
    expect(slugCandidate(`${'a'.repeat(117)}-bc`, 12)).toBe(`${'a'.repeat(117)}-12`);
    expect(slugCandidate(`${'a'.repeat(116)}-bcd`, 2)).toBe(`${'a'.repeat(116)}-b-2`);
  });

  it('never leaves a double dash where the cut falls on one', () => {
    expect(slugCandidate(`${'a'.repeat(116)}-bcd`, 10)).toBe(`${'a'.repeat(116)}-10`);
  });
});
