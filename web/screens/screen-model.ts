import { nowAndNext } from '../lib/now-next';
import { ProgramIndex, TimedSession, TimedSlot } from '../lib/program-index';
import { Room } from '../lib/types';

export interface RoomLine {
  room: Room;
  /** running at the instant (usually one; two only if the program lets sessions overlap) */
  now: TimedSession[];
  /** the first still to start in this room, on any later day (several when they start together) */
  next: TimedSession[];
}

export interface ScreenState {
  lines: RoomLine[];
  /** a break of the grid (coffee, lunch) running at the instant */
  breakNow?: TimedSlot;
}

/**
 * What a room screen shows at an instant: for each room (one, or every room of the venue), the
 * sessions running now and those coming next. Cancelled sessions are left out (now-next.ts).
 */
export function screenState(index: ProgramIndex, at: number, roomId?: string): ScreenState {
  const { now, next } = nowAndNext(index.sessions, at);
  const rooms = roomId ? index.rooms.filter((room) => room.id === roomId) : index.rooms;
  const lines = rooms.map((room) => ({
    room,
    now: index.sessions.filter((session) => session.roomId === room.id && now.has(session.id)),
    next: index.sessions.filter((session) => session.roomId === room.id && next.has(session.id)),
  }));
  const slots = [...index.slotsByDay.values()].flat();
  const breakNow = slots.find((slot) => slot.kind === 'break' && slot.start <= at && at < slot.end);
  const edges = [
    ...lines.flatMap((line) => [
      ...line.now.map((session) => session.end),
      ...line.next.map((session) => session.start),
    ]),
    ...slots.flatMap((slot) => [slot.start, slot.end]),
  ].filter((edge) => edge > at);
  return { lines, ...(breakNow && { breakNow }), ...(edges.length && { changesAt: Math.min(...edges) }) };
}

/** Rooms the venue screen lists: those with a session today or later (an empty store room is noise). */
export function roomsInUse(state: ScreenState): RoomLine[] {
  return state.lines.filter((line) => line.now.length || line.next.length);
}
