import { EventDays, intervalProblems, toInterval } from '../../../src/scheduling/time-rules';
import { at } from '../support/placed-session.factory';

const berlin: EventDays = { startDate: '2026-03-28', endDate: '2026-03-29', timezone: 'Europe/Berlin' };
const iv = (from: string, to: string) => ({ start: at(from), end: at(to) });

describe('intervalProblems', () => {
  it('accepts an interval inside the event days', () => {
    expect(intervalProblems(iv('2026-03-28T09:00:00+01:00', '2026-03-28T10:00:00+01:00'), berlin)).toEqual([]);
  });

  it('accepts an interval filling the event from first midnight to last midnight, across the DST change', () => {
    expect(intervalProblems(iv('2026-03-28T00:00:00+01:00', '2026-03-30T00:00:00+02:00'), berlin)).toEqual([]);
  });

  it('accepts a session crossing midnight between two event days', () => {
    expect(intervalProblems(iv('2026-03-28T23:00:00+01:00', '2026-03-29T04:00:00+02:00'), berlin)).toEqual([]);
  });

  it('refuses an end before or at the start', () => {
    expect(intervalProblems(iv('2026-03-28T10:00:00+01:00', '2026-03-28T09:00:00+01:00'), berlin)).toEqual([
      'endsAt must be after startsAt',
    ]);
    expect(intervalProblems(iv('2026-03-28T10:00:00+01:00', '2026-03-28T10:00:00+01:00'), berlin)).toEqual([
      'endsAt must be after startsAt',
    ]);
  });

  it('refuses an interval starting before the first local midnight, naming the days and zone', () => {
    expect(intervalProblems(iv('2026-03-27T23:30:00+01:00', '2026-03-28T01:00:00+01:00'), berlin)).toEqual([
      "startsAt and endsAt must lie within the event's days 2026-03-28 to 2026-03-29 (Europe/Berlin)",
    ]);
  });

  it('refuses an interval running past the local midnight after the last day', () => {
    // 00:30 +02:00 on 2026-03-30 is only 22:30 UTC on the 29th: the zone, not UTC, decides.
    expect(intervalProblems(iv('2026-03-29T23:00:00+02:00', '2026-03-30T00:30:00+02:00'), berlin)).toHaveLength(1);
  });

  it('uses the event zone, not UTC, for the day boundaries', () => {
    const tokyo: EventDays = { startDate: '2026-03-10', endDate: '2026-03-10', timezone: 'Asia/Tokyo' };
    // 2026-03-09T16:00Z is 01:00 on the 10th in Tokyo, inside the event.
    expect(intervalProblems(iv('2026-03-09T16:00:00Z', '2026-03-09T17:00:00Z'), tokyo)).toEqual([]);
    // 2026-03-10T15:30Z is 00:30 on the 11th in Tokyo, outside.
    expect(intervalProblems(iv('2026-03-10T15:00:00Z', '2026-03-10T15:30:00Z'), tokyo)).toHaveLength(1);
  });

  it('prefixes field names for nested intervals', () => {
    expect(
      intervalProblems(iv('2026-03-28T10:00:00+01:00', '2026-03-28T09:00:00+01:00'), berlin, 'availability.0.'),
    ).toEqual(['availability.0.endsAt must be after availability.0.startsAt']);
    expect(
      intervalProblems(iv('2026-04-01T10:00:00+02:00', '2026-04-01T11:00:00+02:00'), berlin, 'presentations.1.')[0],
    ).toMatch(/^presentations\.1\.startsAt and presentations\.1\.endsAt must lie within/);
  });
});

describe('toInterval', () => {
  it('converts two ISO instants to epoch milliseconds', () => {
    expect(toInterval('2026-03-10T09:00:00+09:00', '2026-03-10T10:00:00Z')).toEqual({
      start: Date.UTC(2026, 2, 10, 0, 0, 0),
      end: Date.UTC(2026, 2, 10, 10, 0, 0),
    });
  });

  it('refuses a timestamp without offset', () => {
    expect(() => toInterval('2026-03-10T09:00:00', '2026-03-10T10:00:00Z')).toThrow(/explicit offset/);
  });
});
