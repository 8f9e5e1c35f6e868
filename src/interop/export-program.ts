import { createHash } from 'node:crypto';
import { slugify } from '../events/event.mapper';
import { formatInstant, localDateOf, localDates, localDayInterval } from '../time/instants';
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
  rooms: { id: string; name: string }[];
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
export interface ExportEvent extends ExportSession {
  slug: string;
  date: string;
  startTime: string;
  duration: string;
}

/** frab acronyms allow only [a-z0-9_] after the first character (schema.json), at least four. */
export function acronymOf(slug: string): string {
  const acronym = slug.replace(/-/g, '_');
  return acronym.length >= 4 ? acronym : `${acronym}_conf`.slice(0, Math.max(4, acronym.length + 5));
}

/** Days from local midnight to local midnight in the event zone, rooms in their order, events by start. */
export function exportDays(program: ExportProgram): ExportDay[] {
  const acronym = acronymOf(program.slug);
  return localDates(program.startDate, program.endDate).map((date, index) => {
    const day = localDayInterval(date, program.timezone);
    const sessions = program.sessions.filter((session) => localDateOf(session.start, program.timezone) === date);
    const rooms = [...program.rooms, { id: undefined, name: 'TBA' }]
      .map((room) => ({
        name: room.name,
        guid: room.id,
        events: sessions.filter((s) => (room.id ? s.roomId === room.id : !s.roomId)).sort((a, b) => a.start - b.start)
          .map((session) => toExportEvent(session, acronym, program.timezone)),
      }))
      .filter((room) => room.events.length > 0);
    return {
      index: index + 1,
      date,
      start: formatInstant(day.start, program.timezone),
      end: formatInstant(day.end, program.timezone),
      rooms,
    };
  });
}

function toExportEvent(session: ExportSession, acronym: string, timezone: string): ExportEvent {
  const date = formatInstant(session.start, timezone);
  return {
    ...session,
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
  return (parseInt(createHash('sha1').update(uuid).digest('hex').slice(0, 8), 16) % 2_000_000_000) + 1;
}

/** XML 1.0 cannot carry control characters; they are dropped from exported text. */
export function xmlSafe(text: string | undefined): string {
  return (text ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** An absolute http(s) URL in its normalized, percent-encoded form (strict URI validators accept it), or undefined. */
export function normalizedUrl(href: string | undefined): string | undefined {
  try {
    const url = new URL(href ?? '');
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
