import { parse } from 'csv-parse/sync';
import { InsightsResponseDto } from '../../../src/insights/dto/insights-response.dto';
import { feedReachCsv, insightsSessionsCsv } from '../../../src/insights/insights.csv';

const insights = {
  eventId: 'e',
  timezone: 'Asia/Tokyo',
  generatedAt: '',
  noShowRate: 0.2,
  totals: { agendas: 10, agendasWithStars: 9, stars: 12, sessions: 2 },
  sessions: [
    {
      id: 's1',
      title: '=HYPERLINK("http://evil")',
      status: 'confirmed',
      roomId: 'r1',
      trackId: 't1',
      startsAt: '2026-03-10T09:00:00+09:00',
      endsAt: '2026-03-10T10:30:00+09:00',
      day: '2026-03-10',
      stars: 9,
      share: 0.9,
      projectedAttendance: 8,
      capacity: 5,
    },
    { id: 's2', title: '東京の話', status: 'confirmed', stars: 3, share: 0.3, projectedAttendance: 3 },
  ],
  tracks: [{ id: 't1', name: 'Security', sessions: 1, stars: 9, peakStars: 9 }],
  rooms: [{ id: 'r1', name: 'Small, cosy', capacity: 5, sessions: 1, stars: 9, peakStars: 9 }],
  days: [],
  slots: [],
  grid: { days: [] },
  roomFit: {
    overflows: [
      {
        sessionId: 's1',
        title: '',
        roomId: 'r1',
        roomName: 'Small, cosy',
        capacity: 5,
        stars: 9,
        projectedAttendance: 8,
        basis: 'interest',
        overflowBy: 3,
        suggestions: [
          { kind: 'move', roomId: 'r2', roomName: 'Hall', capacity: 50, steps: [] },
          {
            kind: 'swap',
            roomId: 'r3',
            roomName: 'Lab',
            capacity: 20,
            withSessionId: 's9',
            withTitle: 'Quiet',
            withProjectedAttendance: 2,
            steps: [],
          },
        ],
      },
    ],
  },
  feedReach: {
    days: [],
    feeds: [
      {
        kind: 'track',
        id: 't1',
        name: 'Security',
        fetches: 3,
        notModified: 1,
        peakSubscribers: 2,
        days: [{ day: '2026-03-02', fetches: 3, notModified: 1, subscribers: 2 }],
      },
      {
        kind: 'event',
        name: 'Whole event',
        fetches: 9,
        notModified: 4,
        peakSubscribers: 5,
        days: [{ day: '2026-03-01', fetches: 9, notModified: 4, subscribers: 5 }],
      },
    ],
  },
} as unknown as InsightsResponseDto;

const read = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  return parse<Record<string, string>>(text.slice(1), { columns: true });
};

describe('insights CSV', () => {
  it('writes a row per session with local times, room fit and proposals; formulas neutralized', () => {
    const [s1, s2] = read(insightsSessionsCsv(insights));
    expect(s1).toEqual({
      session_id: 's1',
      title: `'=HYPERLINK("http://evil")`,
      status: 'confirmed',
      day: '2026-03-10',
      start: '2026-03-10 09:00',
      end: '2026-03-10 10:30',
      time_zone: 'Asia/Tokyo',
      room: 'Small, cosy',
      capacity: '5',
      track: 'Security',
      stars: '9',
      share_of_agendas: '0.9',
      expected_attendance: '',
      projected_attendance: '8',
      overflow_by: '3',
      suggestions: 'move to Hall (50); swap rooms with "Quiet" (Lab, 20)',
    });
    expect(s2).toMatchObject({
      title: '東京の話',
      start: '',
      time_zone: '',
      room: '',
      overflow_by: '',
      suggestions: '',
    });
  });

  it('writes feed reach per UTC day and feed, oldest first', () => {
    expect(read(feedReachCsv(insights)).map((row) => Object.values(row))).toEqual([
      ['2026-03-01', 'event', '', 'Whole event', '9', '4', '5'],
      ['2026-03-02', 'track', 't1', 'Security', '3', '1', '2'],
    ]);
  });
});
