import { readSessionRow, SessionCsvView, toCsvRecord } from '../../src/csv/csv-session-row';

const ZONE = 'Europe/Berlin';
const ID = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

const view = (overrides: Partial<SessionCsvView> = {}): SessionCsvView => ({
  id: ID,
  title: 'Keynote',
  subtitle: null,
  type: 'keynote',
  status: 'confirmed',
  trackName: 'Security',
  roomName: null,
  startsAt: new Date('2026-03-10T08:00:00Z'),
  endsAt: new Date('2026-03-10T09:30:00Z'),
  durationMinutes: 90,
  speakers: [{ name: 'Ada', role: 'chair' }],
  language: 'en',
  expectedAttendance: null,
  abstract: null,
  version: 3,
  ...overrides,
});

describe('toCsvRecord', () => {
  it('writes local times in the zone, names, and empty cells for missing values', () => {
    expect(toCsvRecord(view(), ZONE)).toEqual({
      id: ID,
      title: 'Keynote',
      subtitle: '',
      type: 'keynote',
      status: 'confirmed',
      track: 'Security',
      room: '',
      timezone: ZONE,
      start: '2026-03-10 09:00',
      end: '2026-03-10 10:30',
      durationMinutes: '90',
      speakers: 'Ada (chair)',
      language: 'en',
      expectedAttendance: '',
      abstract: '',
      version: '3',
    });
  });

  it('leaves start and end empty for a backlog session', () => {
    expect(toCsvRecord(view({ startsAt: null, endsAt: null, durationMinutes: 45 }), ZONE)).toMatchObject({
      start: '',
      end: '',
      durationMinutes: '45',
    });
  });
});

describe('readSessionRow', () => {
  it('reads what toCsvRecord writes', () => {
    const { input, problems } = readSessionRow(toCsvRecord(view(), ZONE), ZONE);
    expect(problems).toEqual([]);
    expect(input).toEqual({
      id: ID,
      track: 'Security',
      room: null,
      speakers: [{ name: 'Ada', role: 'chair' }],
      version: 3,
      fields: {
        title: 'Keynote',
        subtitle: null,
        type: 'keynote',
        status: 'confirmed',
        language: 'en',
        abstract: null,
        expectedAttendance: null,
        startsAt: '2026-03-10T09:00:00+01:00',
        endsAt: '2026-03-10T10:30:00+01:00',
      },
    });
  });

  it('leaves fields of missing columns alone and clears those of empty cells', () => {
    const { input } = readSessionRow({ id: '', title: 'T', type: 'Talk', subtitle: '', room: '' }, ZONE);
    expect(input).toEqual({
      id: null,
      fields: { title: 'T', type: 'talk', subtitle: null },
      room: null,
      track: undefined,
      speakers: undefined,
      version: undefined,
    });
  });

  it('reads empty start and end as a backlog session keeping its duration', () => {
    expect(readSessionRow({ start: '', end: '', durationMinutes: '45' }, ZONE).input.fields).toEqual({
      startsAt: null,
      durationMinutes: 45,
    });
  });

  it('takes the end from the duration when only the start is given', () => {
    expect(readSessionRow({ start: '2026-03-10 09:00', end: '', durationMinutes: '30' }, ZONE).input.fields).toEqual({
      startsAt: '2026-03-10T09:00:00+01:00',
      durationMinutes: 30,
    });
  });

  it('passes text in number cells on for the validator to name', () => {
    expect(readSessionRow({ expectedAttendance: 'many' }, ZONE).input.fields).toEqual({ expectedAttendance: 'many' });
  });

  it('names the problems of a row', () => {
    expect(
      readSessionRow({ id: 'abc', timezone: 'Asia/Tokyo', start: '', end: '2026-03-10 09:00', version: 'v2' }, ZONE)
        .problems,
    ).toEqual([
      "timezone Asia/Tokyo is not the event's time zone Europe/Berlin, in which start and end are read",
      'end is set but start is empty; leave both empty for a backlog session',
      'id must be a UUID, or empty to create a session',
      'version must be a whole number',
    ]);
  });

  it('warns when a start occurs twice because clocks fall back', () => {
    const { warnings } = readSessionRow({ start: '2026-10-25 02:30', end: '2026-10-25 04:00' }, ZONE);
    expect(warnings).toEqual([
      'start 2026-10-25 02:30 occurs twice in Europe/Berlin (clocks fall back); read as the first, 2026-10-25T02:30:00+02:00',
    ]);
  });

  describe('when start, end and durationMinutes disagree', () => {
    const row = { start: '2026-03-10 09:00', end: '2026-03-10 10:30', durationMinutes: '60' };
    const stored = (endsAt: string, durationMinutes: number) => ({ endsAt: new Date(endsAt), durationMinutes });

    it('follows the end when the duration is the stored one', () => {
      expect(readSessionRow(row, ZONE, stored('2026-03-10T09:00:00Z', 60)).input.fields).toEqual({
        startsAt: '2026-03-10T09:00:00+01:00',
        endsAt: '2026-03-10T10:30:00+01:00',
      });
    });

    it('follows the duration when the end is the stored one', () => {
      expect(readSessionRow(row, ZONE, stored('2026-03-10T09:30:00Z', 90)).input.fields).toEqual({
        startsAt: '2026-03-10T09:00:00+01:00',
        durationMinutes: 60,
      });
    });

    it('refuses the row when both were edited or the session is new', () => {
      expect(readSessionRow(row, ZONE).problems).toEqual([
        'durationMinutes 60 does not match start and end (90 minutes); clear one of them',
      ]);
    });
  });
});
