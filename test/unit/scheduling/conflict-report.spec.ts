import { attendeeClashes, buildConflictReport, ConflictReportInput } from '../../../src/scheduling/conflict-report';
import { at, buildPlacedSession } from '../support/placed-session.factory';

const t = (hhmm: string) => at(`2026-03-10T${hhmm}:00+01:00`);
const talk = (id: string, from: string, to: string, overrides: Parameters<typeof buildPlacedSession>[0] = {}) =>
  buildPlacedSession({
    id,
    title: id,
    start: t(from),
    end: t(to),
    roomId: `room-${id}`,
    trackId: null,
    speakerIds: [],
    ...overrides,
  });

const report = (input: Partial<ConflictReportInput>) =>
  buildConflictReport({
    sessions: [],
    rooms: [],
    speakers: [],
    tracks: [],
    breaks: [],
    agendas: [],
    ...input,
  });

describe('buildConflictReport', () => {
  it('reports room and speaker double bookings as hard errors with the overlap', () => {
    const { conflicts } = report({
      sessions: [
        talk('a', '09:00', '10:00', { roomId: 'hall', speakerIds: ['ada'] }),
        talk('b', '09:30', '10:30', { roomId: 'hall', speakerIds: ['ada'] }),
      ],
      rooms: [{ id: 'hall', name: 'Hall', capacity: null }],
      speakers: [{ id: 'ada', name: 'Ada', availability: null }],
    });
    expect(conflicts).toEqual([
      {
        kind: 'room',
        hard: true,
        severity: 'error',
        message: '"a" and "b" are both in Hall at the same time',
        sessionIds: ['a', 'b'],
        overlap: { start: t('09:30'), end: t('10:00') },
        roomId: 'hall',
      },
      {
        kind: 'speaker',
        hard: true,
        severity: 'error',
        message: 'speaker Ada is in "a" and "b" at the same time',
        sessionIds: ['a', 'b'],
        overlap: { start: t('09:30'), end: t('10:00') },
        speakerId: 'ada',
      },
    ]);
  });

  it('reports the soft rules of the write path: availability, capacity, breaks, a track running twice at once', () => {
    const { conflicts } = report({
      sessions: [
        talk('early', '09:00', '10:00', { speakerIds: ['linus'], trackId: 'sec' }),
        talk('crowded', '09:30', '10:30', { roomId: 'small', expectedAttendance: 80, trackId: 'sec' }),
        talk('long', '10:30', '11:30'),
        talk('cancelled', '09:00', '12:00', { status: 'cancelled', roomId: 'small', trackId: 'sec' }),
      ],
      rooms: [{ id: 'small', name: 'Small', capacity: 30 }],
      speakers: [{ id: 'linus', name: 'Linus', availability: [{ start: t('14:00'), end: t('18:00') }] }],
      tracks: [{ id: 'sec', name: 'Security' }],
      breaks: [{ id: 'coffee', label: 'Coffee', start: t('11:00'), end: t('11:30') }],
    });
    expect(conflicts.map((c) => [c.kind, c.sessionIds, c.severity, c.hard])).toEqual([
      ['availability', ['early'], 'warning', false],
      ['capacity', ['crowded'], 'warning', false],
      ['break', ['long'], 'warning', false],
      ['track', ['early', 'crowded'], 'warning', false],
    ]);
    expect(conflicts[2]).toMatchObject({
      slotId: 'coffee',
      overlap: { start: t('11:00'), end: t('11:30') },
      message: '"long": it runs into the break "Coffee"',
    });
  });

  it('counts attendee clashes per pair and lists those starred together often enough, most shared first', () => {
    const sessions = [
      talk('a', '09:00', '10:00'),
      talk('b', '09:30', '10:30'),
      talk('c', '10:00', '11:00'),
      talk('d', '12:00', '13:00'),
    ];
    const agendas = [
      ['a', 'b', 'd'],
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'b', 'a'],
      ['x-unknown', 'a'],
    ];
    expect(attendeeClashes(sessions, agendas).map((p) => [p.first.id, p.second.id, p.count])).toEqual([
      ['a', 'b', 3],
      ['b', 'c', 2],
    ]);

    const { conflicts, agendaThreshold } = report({ sessions, agendas });
    expect(agendaThreshold).toBe(2);
    expect(conflicts.map((c) => [c.sessionIds, c.agendas, c.severity])).toEqual([
      [['a', 'b'], 3, 'warning'],
      [['b', 'c'], 2, 'warning'],
    ]);
    expect(report({ sessions, agendas, minAgendas: 3 }).conflicts).toHaveLength(1);
  });

  it('grades attendee clashes shared by fewer than 5% of agendas as info', () => {
    const sessions = [talk('a', '09:00', '10:00'), talk('b', '09:00', '10:00')];
    const agendas = [...Array(3).fill(['a', 'b']), ...Array(97).fill(['a'])];
    expect(report({ sessions, agendas }).conflicts).toMatchObject([
      { kind: 'attendees', agendas: 3, severity: 'info' },
    ]);
  });
});
