import { hash } from 'node:crypto';
import { slugify } from '../events/event.mapper';
import { instantFormatter, localDates, localDayInterval } from '../time/instants';
import { formatDuration } from './frab-time';

/** What the schedule.xml/json writers need, already resolved (names, not ids). */
export interface ExportProgram {
  title: string;
  slug: string;
  timezone: string;
  startDate: string;
  endDate: string;
  version: string;
  baseUrl: string;
  scheduleUrl: string;
  tracks: { name: string; color?: string }[];
  rooms: { id: string; guid: string; name: string }[];
  sessions: ExportSession[];
}

export interface ExportSession {
  guid: string;
  numericId: number;
  title: string;
  subtitle?: string;
  abstract?: string;
  description?: string;
  type: string;
  language?: string;
  track?: string;
  room: string;
  roomId?: string;
  start: number;
  end: number;
  url: string;
  links: { href: string; title?: string }[];
  persons: { id: number; guid: string; name: string }[];
}

export interface ExportDay {
  index: number;
  date: string;
  start: string;
  end: string;
  rooms: { name: string; guid?: string; events: ExportEvent[] }[];
}

/** One `<event>` in the form both writers share. */
export interface ExportEvent {
  session: ExportSession;
  slug: string;
  date: string;
  startTime: string;
  duration: string;
}

/** The room our exports name for sessions without one (the schema requires a room); imports read it back as none. */
export const UNASSIGNED_ROOM = 'TBA';

/** frab acronyms allow only [a-z0-9_] after the first character (schema.json), at least four. */
export function acronymOf(slug: string): string {
  const acronym = slug.replace(/-/g, '_');
  return acronym.length >= 4 ? acronym : `${acronym}_conf`.slice(0, Math.max(4, acronym.length + 5));
}

/** Days from local midnight to local midnight in the event zone, all rooms in their order, events by start. */
export function exportDays(program: ExportProgram): ExportDay[] {
  const acronym = acronymOf(program.slug);
  const format = instantFormatter(program.timezone);
  const events = program.sessions
    .map((session) => toExportEvent(session, acronym, format))
    .sort((a, b) => a.session.start - b.session.start || a.session.numericId - b.session.numericId);
  // the local date is the first part of the local ISO time
  const byDate = groupBy(events, (event) => event.date.slice(0, 10));
  const rooms = [...program.rooms, { id: '', guid: '', name: UNASSIGNED_ROOM }];
  return localDates(program.startDate, program.endDate).map((date, index) => {
    const day = localDayInterval(date, program.timezone);
    const byRoom = groupBy(byDate.get(date) ?? [], (event) => event.session.roomId ?? '');
    return {
      index: index + 1,
      date,
      start: format(day.start),
      end: format(day.end),
      rooms: rooms
        // every room every day, as FOSDEM does: a reader meets all rooms, in their order, even unused ones
        .filter((room) => room.id !== '' || byRoom.has(room.id))
        .map((room) => ({ name: room.name, guid: room.guid || undefined, events: byRoom.get(room.id) ?? [] })),
    };
  });
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function toExportEvent(session: ExportSession, acronym: string, format: (instant: number) => string): ExportEvent {
  const date = format(session.start);
  return {
    session,
    slug: `${acronym}-${session.numericId}-${slugify(session.title).replace(/-/g, '_').replace(/_+$/, '') || 'session'}`,
    date,
    startTime: date.slice(11, 16),
    duration: formatDuration(Math.round((session.end - session.start) / 60_000)),
  };
}

/** Stable positive integer for a person: the source file's id when it had one, else from the uuid. */
export function personNumber(externalId: string | null, uuid: string): number {
  const source = /^id:(\d{1,9})$/.exec(externalId ?? '');
  if (source && Number(source[1]) > 0) return Number(source[1]);
  return (parseInt(hash('sha1', uuid, 'hex').slice(0, 8), 16) % 2_000_000_000) + 1;
}

/** An absolute http(s) URL in its normalized, percent-encoded form (strict URI validators accept it), or undefined. */
export function normalizedUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // WHATWG URLs keep [ ] { } | ^ ` and a second # (matrix.to/#/#room), which RFC 3986 (and so
    // JSON-schema "uri") forbids.
    const hash = url.hash ? `#${url.hash.slice(1).replace(/#/g, '%23')}` : '';
    const rest = (url.pathname + url.search + hash).replace(/[[\]{}|\\^`]/g, (c) => encodeURIComponent(c));
    return url.origin + rest;
  } catch {
    return undefined;
  }
}
