import { backupDocumentProblems } from '../../src/backup/backup-validator';
import { buildBackupDocument } from '../factories/backup-document.factory';

describe('backupDocumentProblems', () => {
  it('accepts a complete document', () => {
    expect(backupDocumentProblems(buildBackupDocument())).toEqual([]);
  });

  it('accepts optional fields left out or null', () => {
    const doc = buildBackupDocument() as any;
    delete doc.exportedAt;
    delete doc.sessions[1].speakers;
    delete doc.rooms[0].version;
    doc.event.venue = null;
    expect(backupDocumentProblems(doc)).toEqual([]);
  });

  it('refuses anything but an object', () => {
    for (const body of [undefined, null, 'text', [buildBackupDocument()]]) {
      expect(backupDocumentProblems(body)).toEqual([expect.stringMatching(/^the body must be a backup document/)]);
    }
  });

  it('names a wrong format or version and stops there', () => {
    expect(backupDocumentProblems({ format: 'frab', formatVersion: 2, sessions: 'x' })).toEqual([
      'format must be one of "agenda-planner-backup"',
      'formatVersion must be one of 1',
    ]);
  });

  it('requires the collections and the event', () => {
    const doc = buildBackupDocument() as any;
    delete doc.event;
    doc.rooms = null;
    expect(backupDocumentProblems(doc)).toEqual(['event is required', 'rooms is required']);
  });

  it('names the path of every wrongly typed field', () => {
    const doc = buildBackupDocument() as any;
    doc.event.timezone = 'Mars/Olympus';
    doc.tracks[0].color = 'blue';
    doc.sessions[0].type = 'lecture';
    doc.sessions[0].speakers[1].role = 'host';
    doc.sessions[1].pinned = 'yes';
    doc.speakers[0].availability[0].endsAt = 'soon';
    doc.presentations[0].authors[1] = { speakerId: 'sp1' };
    doc.agendas[0].tokenHash = 'TOKEN';
    expect(backupDocumentProblems(doc)).toEqual([
      'event.timezone must be an IANA time zone such as Europe/Berlin',
      'tracks[0].color must be a colour #RRGGBB',
      'speakers[0].availability[0].endsAt must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T09:00:00+01:00',
      'sessions[0].type must be one of "keynote", "talk", "panel", "workshop", "tutorial", "paper-session", "poster-session", "breakout", "lightning", "social", "other"',
      'sessions[0].speakers[1].role must be one of "speaker", "moderator", "chair", "author"',
      'sessions[1].pinned must be true or false',
      'presentations[0].authors[1].name is required',
      'agendas[0].tokenHash must be a SHA-256 hash in lower-case hex (64 characters)',
    ]);
  });

  it('refuses instants without an offset, saying so', () => {
    const doc = buildBackupDocument();
    doc.slots[0].startsAt = '2026-03-10T09:00:00';
    expect(backupDocumentProblems(doc)).toEqual(['slots[0].startsAt must carry an explicit offset (Z or ±HH:MM)']);
  });

  it('checks lengths and ranges like the REST API', () => {
    const doc = buildBackupDocument();
    doc.rooms[0].name = 'x'.repeat(201);
    doc.rooms[1].capacity = -1;
    doc.sessions[0].title = '  ';
    doc.speakers[1].email = 'not-an-email';
    doc.event.slug = 'Dev Conf';
    expect(backupDocumentProblems(doc)).toEqual([
      'event.slug must be lower-case letters, digits and dashes (at most 120)',
      'rooms[0].name must be at most 200 characters long',
      'rooms[1].capacity must be an integer from 0 to 1000000',
      'speakers[1].email must be an e-mail address',
      'sessions[0].title must not be empty',
    ]);
  });

  it('names each reference that points outside the document', () => {
    const doc = buildBackupDocument();
    doc.sessions[0].roomId = 'r9';
    doc.sessions[0].trackId = 't9';
    doc.sessions[1].slotId = 'sl9';
    doc.sessions[0].speakers[0].speakerId = 'sp9';
    doc.presentations[0].sessionId = 's9';
    doc.presentations[0].authors[0].speakerId = 'sp9';
    doc.agendas[0].sessionIds = ['s1', 's9'];
    expect(backupDocumentProblems(doc)).toEqual([
      'sessions[0].trackId refers to no track in the document',
      'sessions[0].roomId refers to no room in the document',
      'sessions[0].speakers[0].speakerId refers to no speaker in the document',
      'sessions[1].slotId refers to no slot in the document',
      'presentations[0].sessionId refers to no session in the document',
      'presentations[0].authors[0].speakerId refers to no speaker in the document',
      'agendas[0].sessionIds[1] refers to no session in the document',
    ]);
  });

  it('refuses duplicate ids and numeric ids, one token hash twice and a speaker listed twice in a session', () => {
    const doc = buildBackupDocument();
    doc.rooms[1].id = 'r1';
    doc.sessions[1].numericId = 1;
    doc.sessions[0].speakers[1].speakerId = 'sp2';
    doc.agendas.push({ ...doc.agendas[0], id: 'a2' });
    expect(backupDocumentProblems(doc)).toEqual([
      'rooms[1].id duplicates rooms[0].id',
      'sessions[1].numericId duplicates sessions[0].numericId',
      'agendas[1].tokenHash duplicates agendas[0].tokenHash',
      'sessions[0].speakers[1].speakerId lists a speaker twice',
    ]);
  });
});
