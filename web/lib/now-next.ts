import { TimedSession } from './program-index';

export interface NowNext {
  now: Set<string>;
  next: Set<string>;
}

/**
 * During the event: sessions running at `now`, and in each room the first one still to start
 * that day. Cancelled sessions are neither.
 */
export function nowAndNext(daySessions: TimedSession[], now: number): NowNext {
  const result: NowNext = { now: new Set(), next: new Set() };
  const nextByRoom = new Map<string, TimedSession>();
  for (const session of daySessions) {
    if (session.status === 'cancelled') continue;
    if (session.start <= now && now < session.end) result.now.add(session.id);
    if (session.start > now) {
      const room = session.roomId ?? '';
      const known = nextByRoom.get(room);
      if (!known || session.start < known.start) nextByRoom.set(room, session);
    }
  }
  for (const [room, first] of nextByRoom) {
    for (const session of daySessions) {
      if ((session.roomId ?? '') === room && session.start === first.start && session.status !== 'cancelled')
        result.next.add(session.id);
    }
  }
  return result;
}
