import { overlapOf } from '../scheduling/intervals';
import { SessionInterest } from './interest';

export interface FitRoom {
  id: string;
  name: string;
  capacity: number | null;
}

/** One PATCH of the normal write path; applied in order they carry out a suggestion. */
export interface SuggestionStep {
  sessionId: string;
  /** the version to send as If-Match */
  ifMatch: number;
  roomId: string | null;
}

export type RoomSuggestion =
  | { kind: 'move'; roomId: string; roomName: string; capacity: number; steps: SuggestionStep[] }
  | {
      kind: 'swap';
      roomId: string;
      roomName: string;
      capacity: number;
      withSessionId: string;
      withTitle: string;
      withProjectedAttendance: number;
      steps: SuggestionStep[];
    };

export interface Overflow {
  sessionId: string;
  title: string;
  roomId: string;
  roomName: string;
  capacity: number;
  stars: number;
  expectedAttendance: number | null;
  projectedAttendance: number;
  /** what drove the projection: the agendas' stars or the organizers' expected attendance */
  basis: 'interest' | 'expected';
  overflowBy: number;
  suggestions: RoomSuggestion[];
}

export interface RoomFitOptions {
  /** share of those interested who will not come, 0..1 */
  noShowRate: number;
  /** per kind of suggestion */
  maxSuggestions?: number;
}

type Placed = SessionInterest & { start: number; end: number; roomId: string };

/** People expected in the room: the larger of stars and expected attendance, less the no-shows. */
export function projectedAttendance(
  session: Pick<SessionInterest, 'stars' | 'expectedAttendance'>,
  noShowRate: number,
): number {
  return Math.ceil(Math.max(session.stars, session.expectedAttendance ?? 0) * (1 - noShowRate));
}

/**
 * Scheduled, non-cancelled sessions whose projected attendance exceeds their room's capacity, each
 * with read-only proposals: a free room that is big enough at the same time (smallest first), or
 * a swap of rooms with a less popular session running at the same time that fits the smaller
 * room, neither landing on a session already in its new room.
 */
export function roomFit(sessions: SessionInterest[], rooms: FitRoom[], options: RoomFitOptions): Overflow[] {
  const max = options.maxSuggestions ?? 3;
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  const placed = sessions.filter(
    (s): s is Placed => s.status !== 'cancelled' && s.start !== null && s.end !== null && s.roomId !== null,
  );
  const byRoom = new Map<string, Placed[]>();
  for (const session of placed) {
    const list = byRoom.get(session.roomId);
    if (list) list.push(session);
    else byRoom.set(session.roomId, [session]);
  }
  const demand = (session: Placed) => projectedAttendance(session, options.noShowRate);
  const capacityOf = (roomId: string) => roomById.get(roomId)?.capacity ?? null;

  const overflows: Overflow[] = [];
  for (const session of placed) {
    const capacity = capacityOf(session.roomId);
    const need = demand(session);
    if (capacity === null || need <= capacity) continue;
    const room = roomById.get(session.roomId)!;
    overflows.push({
      sessionId: session.id,
      title: session.title,
      roomId: room.id,
      roomName: room.name,
      capacity,
      stars: session.stars,
      expectedAttendance: session.expectedAttendance,
      projectedAttendance: need,
      basis: session.stars >= (session.expectedAttendance ?? 0) ? 'interest' : 'expected',
      overflowBy: need - capacity,
      suggestions: [...moves(session, need), ...swaps(session, need, capacity)],
    });
  }
  return overflows.sort((a, b) => b.overflowBy - a.overflowBy || a.sessionId.localeCompare(b.sessionId));

  /** The write path's room rule: two non-cancelled sessions in one room may not overlap ([start, end) intervals). */
  function clashesIn(roomId: string, session: Placed, ignore: Placed[]): boolean {
    return (byRoom.get(roomId) ?? []).some((other) => !ignore.includes(other) && overlapOf(session, other) !== null);
  }

  function moves(session: Placed, need: number): RoomSuggestion[] {
    return rooms
      .filter((room) => room.id !== session.roomId && room.capacity !== null && room.capacity >= need)
      .filter((room) => !clashesIn(room.id, session, []))
      .sort((a, b) => a.capacity! - b.capacity! || a.name.localeCompare(b.name))
      .slice(0, max)
      .map((room) => ({
        kind: 'move',
        roomId: room.id,
        roomName: room.name,
        capacity: room.capacity!,
        steps: [{ sessionId: session.id, ifMatch: session.version, roomId: room.id }],
      }));
  }

  function swaps(session: Placed, need: number, capacity: number): RoomSuggestion[] {
    const candidates = rooms
      .filter((room) => room.id !== session.roomId && room.capacity !== null && room.capacity >= need)
      .flatMap((room) => (byRoom.get(room.id) ?? []).filter((other) => overlapOf(session, other) !== null))
      .filter((other) => demand(other) < need && demand(other) <= capacity)
      // Clash-free both ways: each lands in a room where nothing else runs at its time.
      .filter((other) => !clashesIn(other.roomId, session, [other]) && !clashesIn(session.roomId, other, [session]));
    return candidates
      .sort(
        (a, b) => capacityOf(a.roomId)! - capacityOf(b.roomId)! || demand(a) - demand(b) || a.id.localeCompare(b.id),
      )
      .slice(0, max)
      .map((other) => {
        const room = roomById.get(other.roomId)!;
        return {
          kind: 'swap',
          roomId: room.id,
          roomName: room.name,
          capacity: room.capacity!,
          withSessionId: other.id,
          withTitle: other.title,
          withProjectedAttendance: demand(other),
          // Through the backlog of rooms: moving either first would clash with the other one.
          steps: [
            { sessionId: other.id, ifMatch: other.version, roomId: null },
            { sessionId: session.id, ifMatch: session.version, roomId: other.roomId },
            { sessionId: other.id, ifMatch: other.version + 1, roomId: session.roomId },
          ],
        };
      });
  }
}
