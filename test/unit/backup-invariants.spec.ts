import { hardConflicts, programProblems } from '../../src/backup/backup-invariants';
import { buildBackupDocument } from '../factories/backup-document.factory';
import { buildPlacedSession } from './support/placed-session.factory';

const placed = (overrides: Parameters<typeof buildPlacedSession>[0]) =>
  buildPlacedSession({ speakerIds: [], ...overrides });

describe('programProblems', () => {
  it('accepts a program that keeps every invariant', () => {
    expect(programProblems(buildBackupDocument())).toEqual([]);
  });

  it('refuses an event whose last day is before its first', () => {
    const doc = buildBackupDocument();
    doc.event.endDate = '2026-03-09';
    expect(programProblems(doc)).toEqual(['event.endDate must not be before event.startDate']);
  });

  it('refuses a slot, session or availability window that ends before it starts', () => {
    const doc = buildBackupDocument();
    doc.slots[0].endsAt = doc.slots[0].startsAt;
    doc.sessions[0].endsAt = '2026-03-10T08:00:00+01:00';
    doc.speakers[0].availability![0].endsAt = '2026-03-10T07:00:00+01:00';
    doc.presentations = [];
    expect(programProblems(doc)).toEqual([
      'slots[0].endsAt must be after slots[0].startsAt',
      'speakers[0].availability[0].endsAt must be after speakers[0].availability[0].startsAt',
      'sessions[0].endsAt must be after sessions[0].startsAt',
    ]);
  });

  it("refuses a live session or slot outside the event's local days", () => {
    const doc = buildBackupDocument();
    doc.slots[0].startsAt = '2026-03-09T23:30:00+01:00';
    doc.sessions[1].startsAt = '2026-03-11T23:30:00+01:00';
    doc.sessions[1].endsAt = '2026-03-12T00:30:00+01:00';
    expect(programProblems(doc)).toEqual([
      "slots[0].startsAt and slots[0].endsAt must lie within the event's days 2026-03-10 to 2026-03-11 (Europe/Berlin)",
      "sessions[1].startsAt and sessions[1].endsAt must lie within the event's days 2026-03-10 to 2026-03-11 (Europe/Berlin)",
    ]);
  });

  it("keeps a tombstone outside the event's days (the days may have moved since it was deleted)", () => {
    const doc = buildBackupDocument();
    Object.assign(doc.sessions[1], {
      startsAt: '2026-03-12T10:00:00+01:00',
      endsAt: '2026-03-12T11:00:00+01:00',
      deletedAt: '2026-03-01T10:00:00+01:00',
    });
    expect(programProblems(doc)).toEqual([]);
  });

  it('refuses a session with a start but no end', () => {
    const doc = buildBackupDocument();
    doc.sessions[1].startsAt = '2026-03-10T11:00:00+01:00';
    expect(programProblems(doc)).toEqual([
      'sessions[1].startsAt and sessions[1].endsAt must both be set (scheduled) or both be null (backlog)',
    ]);
  });

  it('refuses a presentation outside its session or in an unscheduled one', () => {
    const doc = buildBackupDocument();
    doc.presentations.push(
      { ...doc.presentations[0], id: 'p2', startsAt: '2026-03-10T10:20:00+01:00', endsAt: '2026-03-10T10:40:00+01:00' },
      { ...doc.presentations[0], id: 'p3', sessionId: 's2' },
      { ...doc.presentations[0], id: 'p4', endsAt: '2026-03-10T08:00:00+01:00' },
    );
    expect(programProblems(doc)).toEqual([
      'presentations[1] must lie inside its session sessions[0]',
      'presentations[2] belongs to sessions[1], which is not scheduled',
      'presentations[3].endsAt must be after presentations[3].startsAt',
    ]);
  });
});

describe('hardConflicts', () => {
  const hour = 3_600_000;
  const nine = Date.parse('2026-03-10T08:00:00Z');

  it('reports room and speaker double bookings with the overlap in the event offset', () => {
    const a = placed({ id: 'a', title: 'A', start: nine, end: nine + hour, roomId: 'r1', speakerIds: ['sp1'] });
    const b = placed({
      id: 'b',
      title: 'B',
      start: nine + hour / 2,
      end: nine + 2 * hour,
      roomId: 'r1',
      speakerIds: ['sp1'],
    });
    const conflicts = hardConflicts([a, b], 'Europe/Berlin');
    expect(conflicts).toHaveLength(2);
    expect(conflicts).toEqual(
      expect.arrayContaining([
        {
          kind: 'room',
          sessionId: 'a',
          title: 'A',
          otherSessionId: 'b',
          otherTitle: 'B',
          roomId: 'r1',
          overlapStart: '2026-03-10T09:30:00+01:00',
          overlapEnd: '2026-03-10T10:00:00+01:00',
        },
        expect.objectContaining({ kind: 'speaker', speakerId: 'sp1', sessionId: 'a', otherSessionId: 'b' }),
      ]),
    );
  });

  it('ignores cancelled sessions and sessions that only touch', () => {
    const a = placed({ id: 'a', start: nine, end: nine + hour, roomId: 'r1' });
    const b = placed({ id: 'b', start: nine + hour, end: nine + 2 * hour, roomId: 'r1' });
    const c = placed({ id: 'c', start: nine, end: nine + hour, roomId: 'r1', status: 'cancelled' });
    expect(hardConflicts([a, b, c], 'UTC')).toEqual([]);
  });
});
