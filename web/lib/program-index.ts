import { localDate } from './zoned-time';
import { Program, Room, Session, Slot, Speaker, Track } from './types';

/** A scheduled session with its instants parsed once and its local day. */
export interface TimedSession extends Session {
  start: number;
  end: number;
  day: string;
}

export interface TimedSlot extends Slot {
  start: number;
  end: number;
  day: string;
}

export interface ProgramIndex {
  program: Program;
  zone: string;
  days: string[];
  /** scheduled sessions by start, then room order, then title */
  sessions: TimedSession[];
  byDay: Map<string, TimedSession[]>;
  slotsByDay: Map<string, TimedSlot[]>;
  sessionById: Map<string, TimedSession>;
  rooms: Room[];
  roomById: Map<string, Room>;
  trackById: Map<string, Track>;
  speakerById: Map<string, Speaker>;
  slotById: Map<string, TimedSlot>;
  types: string[];
  /** what a text search looks in, built on the first search (not on the way to the first render) */
  searchText: (session: TimedSession) => string;
}

/** Case- and width-insensitive form for searching ("Ｔａｌｋ" finds "talk"). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

function byKey<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function group<T extends { day: string }>(items: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.day);
    if (list) list.push(item);
    else out.set(item.day, [item]);
  }
  return out;
}

export function indexProgram(program: Program): ProgramIndex {
  const zone = program.event.timezone;
  const rooms = [...program.rooms].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const roomById = byKey(rooms);
  const trackById = byKey(program.tracks);
  const roomOrder = new Map(rooms.map((room, index) => [room.id, index]));
  const sessions = program.sessions
    .filter((session) => session.startsAt && session.endsAt)
    .map((session): TimedSession => {
      const start = Date.parse(session.startsAt!);
      return { ...session, start, end: Date.parse(session.endsAt!), day: localDate(start, zone) };
    })
    .sort(
      (a, b) =>
        a.start - b.start ||
        (roomOrder.get(a.roomId ?? '') ?? 1e9) - (roomOrder.get(b.roomId ?? '') ?? 1e9) ||
        a.title.localeCompare(b.title),
    );
  const texts = new Map<string, string>();
  const slots = program.slots
    .map((slot): TimedSlot => ({
      ...slot,
      start: Date.parse(slot.startsAt),
      end: Date.parse(slot.endsAt),
      day: localDate(Date.parse(slot.startsAt), zone),
    }))
    .sort((a, b) => a.start - b.start);
  return {
    program,
    zone,
    days: program.event.days,
    sessions,
    byDay: group(sessions),
    slotsByDay: group(slots),
    sessionById: byKey(sessions),
    rooms,
    roomById,
    trackById,
    speakerById: byKey(program.speakers),
    slotById: byKey(slots),
    types: [...new Set(sessions.map((session) => session.type))].sort(),
    searchText: (session) => {
      let text = texts.get(session.id);
      if (text === undefined) {
        text = normalizeText(
          [
            session.title,
            session.subtitle,
            session.abstract,
            session.type,
            session.trackId && trackById.get(session.trackId)?.name,
            session.roomId && roomById.get(session.roomId)?.name,
            ...session.speakers.map((speaker) => speaker.name),
            ...session.presentations.flatMap((presentation) => [
              presentation.title,
              ...presentation.authors.map((author) => author.name),
            ]),
          ]
            .filter(Boolean)
            .join('\n'),
        );
        texts.set(session.id, text);
      }
      return text;
    },
  };
}
