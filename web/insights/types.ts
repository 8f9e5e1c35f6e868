/** The parts of GET /api/events/:eventId/insights the page draws (src/insights/dto/insights-response.dto.ts). */
export interface SessionInsight {
  id: string;
  title: string;
  status: string;
  roomId?: string;
  startsAt?: string;
  endsAt?: string;
  day?: string;
  stars: number;
  projectedAttendance: number;
  capacity?: number;
}

export interface RoomInsight {
  id: string;
  name: string;
  capacity?: number;
  sessions: number;
  stars: number;
}

export interface Suggestion {
  kind: 'move' | 'swap';
  roomName: string;
  capacity: number;
  withTitle?: string;
}

export interface Overflow {
  sessionId: string;
  title: string;
  roomName: string;
  capacity: number;
  projectedAttendance: number;
  overflowBy: number;
  basis: 'interest' | 'expected';
  suggestions: Suggestion[];
}

export interface ReachDay {
  day: string;
  fetches: number;
  notModified: number;
  subscriptions: number;
}

export interface FeedReach {
  kind: string;
  name: string;
  fetches: number;
  peakSubscribers: number;
}

export interface Insights {
  eventId: string;
  timezone: string;
  noShowRate: number;
  totals: { agendas: number; agendasWithStars: number; stars: number; sessions: number };
  sessions: SessionInsight[];
  rooms: RoomInsight[];
  grid: { days: { date: string; startsAt: string; endsAt: string }[] };
  roomFit: { overflows: Overflow[] };
  feedReach: { days: ReachDay[]; feeds: FeedReach[] };
}
