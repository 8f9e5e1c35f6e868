import { SessionInterest } from '../../../src/insights/interest';
import { FitRoom, projectedAttendance, roomFit } from '../../../src/insights/room-fit';

const H = 3_600_000;
const rooms: FitRoom[] = [
  { id: 'small', name: 'Small', capacity: 30 },
  { id: 'mid', name: 'Mid', capacity: 60 },
  { id: 'big', name: 'Big', capacity: 200 },
  { id: 'foyer', name: 'Foyer', capacity: null },
];

let n = 0;
const session = (overrides: Partial<SessionInterest>): SessionInterest => ({
  id: `s${++n}`,
  title: `Session ${n}`,
  status: 'confirmed',
  trackId: null,
  roomId: 'small',
  slotId: null,
  start: 9 * H,
  end: 10 * H,
  expectedAttendance: null,
  version: 1,
  stars: 0,
  ...overrides,
});

describe('projectedAttendance', () => {
  it('takes the larger of stars and expected attendance, less the no-shows, rounded up', () => {
    expect(projectedAttendance({ stars: 50, expectedAttendance: 20 }, 0.2)).toBe(40);
    expect(projectedAttendance({ stars: 3, expectedAttendance: 101 }, 0.5)).toBe(51);
    expect(projectedAttendance({ stars: 0, expectedAttendance: null }, 0)).toBe(0);
  });
});

describe('roomFit', () => {
  beforeEach(() => {
    n = 0;
  });

  it('reports nothing when every session fits', () => {
    expect(roomFit([session({ stars: 30 }), session({ roomId: 'big', stars: 200 })], rooms, { noShowRate: 0 })).toEqual(
      [],
    );
  });

  it('names the overflow, what drove it and by how much', () => {
    const [overflow] = roomFit([session({ stars: 10, expectedAttendance: 50 })], rooms, { noShowRate: 0.2 });
    expect(overflow).toMatchObject({
      sessionId: 's1',
      roomName: 'Small',
      capacity: 30,
      projectedAttendance: 40,
      overflowBy: 10,
      basis: 'expected',
    });
  });

  it('proposes free rooms that are big enough, smallest first, and never a busy or unmeasured one', () => {
    const popular = session({ stars: 55 });
    const busyMid = session({ roomId: 'mid', start: 9.5 * H, end: 11 * H, stars: 100 });
    let [overflow] = roomFit([popular, busyMid], rooms, { noShowRate: 0 }).filter((o) => o.sessionId === popular.id);
    expect(overflow.suggestions.filter((s) => s.kind === 'move').map((s) => s.roomId)).toEqual(['big']);
    [overflow] = roomFit([popular], rooms, { noShowRate: 0 });
    expect(overflow.suggestions.map((s) => [s.kind, s.roomId])).toEqual([
      ['move', 'mid'],
      ['move', 'big'],
    ]);
  });

  it('treats intervals as half-open: a room whose session ends at the start is free', () => {
    const [overflow] = roomFit([session({ stars: 55 }), session({ roomId: 'mid', start: 8 * H, end: 9 * H })], rooms, {
      noShowRate: 0,
    });
    expect(overflow.suggestions.map((s) => s.roomId)).toEqual(['mid', 'big']);
  });

  it('proposes a swap with a less popular parallel session that fits the smaller room, as three PATCH steps', () => {
    const popular = session({ stars: 55, version: 4 });
    const quiet = session({ roomId: 'mid', start: 9 * H, end: 10 * H, stars: 12, version: 7 });
    const bigBusy = session({ roomId: 'big', start: 9 * H, end: 10 * H, stars: 150 });
    const [overflow] = roomFit([popular, quiet, bigBusy], rooms, { noShowRate: 0 });
    expect(overflow.suggestions).toEqual([
      {
        kind: 'swap',
        roomId: 'mid',
        roomName: 'Mid',
        capacity: 60,
        withSessionId: quiet.id,
        withTitle: quiet.title,
        withProjectedAttendance: 12,
        steps: [
          { sessionId: quiet.id, ifMatch: 7, roomId: null },
          { sessionId: popular.id, ifMatch: 4, roomId: 'mid' },
          { sessionId: quiet.id, ifMatch: 8, roomId: 'small' },
        ],
      },
    ]);
  });

  it('refuses swaps that would clash, or that only move the problem', () => {
    const popular = session({ stars: 55, start: 9 * H, end: 10 * H });
    const longQuiet = session({ roomId: 'mid', start: 8 * H, end: 11 * H, stars: 5 }); // would clash with a later session in Small
    const laterInSmall = session({ start: 10 * H, end: 11 * H, stars: 1 });
    const tooPopular = session({ roomId: 'big', stars: 40 }); // would not fit Small (30)
    const [overflow] = roomFit([popular, longQuiet, laterInSmall, tooPopular], rooms, { noShowRate: 0 });
    expect(overflow.suggestions).toEqual([]);
  });

  it('ignores cancelled, unscheduled and roomless sessions, and rooms without a capacity', () => {
    const overflows = roomFit(
      [
        session({ stars: 90, status: 'cancelled' }),
        session({ stars: 90, start: null, end: null }),
        session({ stars: 90, roomId: null }),
        session({ stars: 900, roomId: 'foyer' }),
      ],
      rooms,
      { noShowRate: 0 },
    );
    expect(overflows).toEqual([]);
  });

  it('lists the worst overflows first and caps suggestions per kind', () => {
    const overflows = roomFit(
      [session({ stars: 35 }), session({ roomId: 'mid', start: 12 * H, end: 13 * H, stars: 100 })],
      rooms,
      { noShowRate: 0, maxSuggestions: 1 },
    );
    expect(overflows.map((o) => [o.sessionId, o.overflowBy, o.suggestions.length])).toEqual([
      ['s2', 40, 1],
      ['s1', 5, 1],
    ]);
  });
});
