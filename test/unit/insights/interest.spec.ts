import { dayOf, dayWindows, eventDays, groupInterest, SessionInterest, slotOf } from '../../../src/insights/interest';

const at = (iso: string) => Date.parse(iso);
let n = 0;
const session = (overrides: Partial<SessionInterest>): SessionInterest => ({
  id: `s${++n}`,
  title: `S${n}`,
  status: 'confirmed',
  trackId: 't1',
  roomId: 'r1',
  slotId: null,
  start: at('2026-03-28T09:00:00+01:00'),
  end: at('2026-03-28T10:00:00+01:00'),
  expectedAttendance: null,
  version: 1,
  stars: 0,
  ...overrides,
});

describe('groupInterest', () => {
  it('sums stars per group, keeps the peak session, and leaves out cancelled sessions and null keys', () => {
    const groups = groupInterest(
      [
        session({ id: 'a', stars: 5 }),
        session({ id: 'b', stars: 9 }),
        session({ id: 'c', stars: 50, status: 'cancelled' }),
        session({ id: 'd', stars: 2, trackId: 't2' }),
        session({ id: 'e', stars: 7, trackId: null }),
      ],
      (s) => s.trackId,
    );
    expect([...groups.values()]).toEqual([
      { key: 't1', sessions: 2, stars: 14, peakSessionId: 'b', peakStars: 9 },
      { key: 't2', sessions: 1, stars: 2, peakSessionId: 'd', peakStars: 2 },
    ]);
  });

  it('names a peak even when nothing is starred', () => {
    expect(groupInterest([session({ id: 'x' })], () => 'all').get('all')).toMatchObject({
      peakSessionId: 'x',
      peakStars: 0,
    });
  });
});

describe('days of the event', () => {
  // Europe/Berlin moves its clocks forward in the night of 28 to 29 March 2026: that day has 23 hours.
  const days = eventDays('Europe/Berlin', '2026-03-28', '2026-03-29');

  it('are local midnights, one of them 23 hours long', () => {
    expect(days.map((d) => [d.date, (d.end - d.start) / 3_600_000])).toEqual([
      ['2026-03-28', 24],
      ['2026-03-29', 23],
    ]);
  });

  it('put a session on the local date it starts, the backlog on none', () => {
    const toDay = dayOf(days);
    expect(toDay(session({ start: at('2026-03-28T23:30:00+01:00') }))).toBe('2026-03-28');
    expect(toDay(session({ start: at('2026-03-29T00:30:00+01:00') }))).toBe('2026-03-29');
    expect(toDay(session({ start: at('2026-03-30T00:30:00+02:00') }))).toBeNull();
    expect(toDay(session({ start: null, end: null }))).toBeNull();
  });

  it('frame each day from the full hour before its first session to the full hour after its last', () => {
    const windows = dayWindows(
      [
        session({ start: at('2026-03-29T09:20:00+02:00'), end: at('2026-03-29T10:00:00+02:00') }),
        session({ start: at('2026-03-29T14:00:00+02:00'), end: at('2026-03-29T16:10:00+02:00') }),
      ],
      'Europe/Berlin',
      days,
    );
    expect(windows.map((w) => [w.date, new Date(w.start).toISOString(), new Date(w.end).toISOString()])).toEqual([
      ['2026-03-28', '2026-03-28T08:00:00.000Z', '2026-03-28T17:00:00.000Z'], // no sessions: 09:00-18:00 local
      ['2026-03-29', '2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'], // 09:00-17:00 local, summer time
    ]);
  });
});

describe('slotOf', () => {
  const slots = [
    { id: 'morning', start: at('2026-03-28T09:00:00+01:00'), end: at('2026-03-28T10:30:00+01:00') },
    { id: 'late', start: at('2026-03-28T11:00:00+01:00'), end: at('2026-03-28T12:00:00+01:00') },
  ];
  const toSlot = slotOf(slots);

  it('takes the slot a session was placed into, else the slot its start falls in (half-open)', () => {
    expect(toSlot(session({ slotId: 'late' }))).toBe('late');
    expect(toSlot(session({ start: at('2026-03-28T10:00:00+01:00') }))).toBe('morning');
    expect(toSlot(session({ start: at('2026-03-28T10:30:00+01:00') }))).toBeNull();
    expect(toSlot(session({ slotId: 'deleted-slot', start: at('2026-03-28T11:15:00+01:00') }))).toBe('late');
  });
});
