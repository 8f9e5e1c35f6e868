import { formatLocalDateTime, instantsForWallClock, readLocalDateTime } from '../../src/csv/csv-local-time';

const utc = (iso: string) => new Date(iso).getTime();

describe('formatLocalDateTime', () => {
  it('writes the wall-clock time in the zone', () => {
    expect(formatLocalDateTime(utc('2026-03-10T08:00:00Z'), 'Europe/Berlin')).toBe('2026-03-10 09:00');
    expect(formatLocalDateTime(utc('2026-03-10T00:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-10 09:30');
  });

  it('keeps seconds only when there are some', () => {
    expect(formatLocalDateTime(utc('2026-03-10T08:00:15Z'), 'Europe/Berlin')).toBe('2026-03-10 09:00:15');
  });

  it('appends the offset to a time that occurs twice when clocks fall back', () => {
    expect(formatLocalDateTime(utc('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25 02:30+02:00');
    expect(formatLocalDateTime(utc('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe('2026-10-25 02:30+01:00');
  });
});

describe('readLocalDateTime', () => {
  it.each([
    ['2026-03-10 09:00', '2026-03-10T08:00:00Z'],
    ['2026-03-10T09:00', '2026-03-10T08:00:00Z'],
    ['2026-3-1 9:05:30', '2026-03-01T08:05:30Z'],
    ['10.03.2026 09:00', '2026-03-10T08:00:00Z'],
    ['1.3.2026, 9:00', '2026-03-01T08:00:00Z'],
    ['2026-07-01 09:00', '2026-07-01T07:00:00Z'],
    ['2026-03-10 09:00+09:00', '2026-03-10T00:00:00Z'],
    ['2026-03-10 09:00 Z', '2026-03-10T09:00:00Z'],
  ])('reads %s in Europe/Berlin as %s', (text, expected) => {
    expect(readLocalDateTime(text, 'Europe/Berlin')).toEqual({ instant: utc(expected), ambiguous: false });
  });

  it.each(['09:00', '3/10/2026 9:00', '2026-03-10', 'tomorrow'])(
    'refuses %j, which is not a date-time it knows',
    (text) => {
      expect(readLocalDateTime(text, 'Europe/Berlin')).toEqual({
        problem: `"${text}" is not a date-time like 2026-03-10 09:00`,
      });
    },
  );

  it('refuses a date that does not exist', () => {
    expect(readLocalDateTime('2026-02-30 09:00', 'Europe/Berlin')).toEqual({
      problem: '"2026-02-30 09:00" is not a valid date-time',
    });
  });

  it('refuses a wall-clock time the clocks skip in spring', () => {
    expect(readLocalDateTime('2026-03-29 02:30', 'Europe/Berlin')).toEqual({
      problem: '2026-03-29 02:30 does not exist in Europe/Berlin (the clocks skip that hour)',
    });
    expect(readLocalDateTime('2026-03-08 02:15', 'America/New_York')).toHaveProperty('problem');
  });

  it('reads a time that occurs twice as the first occurrence and says it was ambiguous', () => {
    expect(readLocalDateTime('2026-10-25 02:30', 'Europe/Berlin')).toEqual({
      instant: utc('2026-10-25T00:30:00Z'),
      ambiguous: true,
    });
  });

  it('reads back every instant it formats, across the autumn change', () => {
    for (let minutes = 0; minutes < 240; minutes += 15) {
      const instant = utc('2026-10-24T23:00:00Z') + minutes * 60_000;
      const reading = readLocalDateTime(formatLocalDateTime(instant, 'Europe/Berlin'), 'Europe/Berlin');
      expect(reading).toMatchObject({ instant });
    }
  });
});

describe('instantsForWallClock', () => {
  it('finds one, none or two instants for a wall-clock time', () => {
    expect(instantsForWallClock(utc('2026-03-10T09:00:00Z'), 'Europe/Berlin')).toEqual([utc('2026-03-10T08:00:00Z')]);
    expect(instantsForWallClock(utc('2026-03-29T02:30:00Z'), 'Europe/Berlin')).toEqual([]);
    expect(instantsForWallClock(utc('2026-10-25T02:30:00Z'), 'Europe/Berlin')).toEqual([
      utc('2026-10-25T00:30:00Z'),
      utc('2026-10-25T01:30:00Z'),
    ]);
  });
});
