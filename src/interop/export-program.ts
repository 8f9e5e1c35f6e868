import { hash } from 'node:crypto';
import { DateTime } from 'luxon';
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
  /** Local `HH:MM` at which a conference day ends; midnight when absent. */
  dayChange?: string;
  timeslotMinutes?: number;
  venue?: string;
  city?: string;
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
  /** The source's type when it had one (`devroom`), else ours. */
  type: string;
  language?: string;
  track?: string;
  room: string;
  slug?: string;
  feedbackUrl?: string;
  logo?: string;
  attachments: { href: string; title?: string; type?: string }[];
  doNotRecord?: boolean;
  roomId?: string;
  start: number;
  end: number;
  url: string;
  links: { href: string; title?: string }[];
  persons: { id: number; guid: string; name: string; biography?: string; avatar?: string }[];
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
  /** each schema has its own slug pattern */
  slugs: { xml: string; json: string };
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

/**
 * Conference days in the event zone, each from its day change (midnight unless the event names
 * one: 33C3's days run 10:00 → 04:00) to the next; all rooms in their order, events by start.
 */
export function exportDays(program: ExportProgram): ExportDay[] {
  const acronym = acronymOf(program.slug);
  const format = instantFormatter(program.timezone);
  const events = program.sessions
    .map((session) => toExportEvent(session, acronym, format))
    .sort((a, b) => a.session.start - b.session.start || a.session.numericId - b.session.numericId);
  const dates = localDates(program.startDate, program.endDate);
  const dayChange = program.dayChange ?? '00:00';
  const byDate = groupBy(events, (event) => conferenceDate(event.date, dayChange, dates));
  const rooms = [...program.rooms, { id: '', guid: '', name: UNASSIGNED_ROOM }];
  return dates.map((date, index) => {
    const day = conferenceDayInterval(date, dayChange, program.timezone);
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

/** The conference date of a local ISO time: before the day change it belongs to the day before; clamped to the event's dates. */
function conferenceDate(localIso: string, dayChange: string, dates: string[]): string {
  let date = localIso.slice(0, 10);
  if (localIso.slice(11, 16) < dayChange)
    date = DateTime.fromISO(date, { zone: 'utc' }).minus({ days: 1 }).toISODate()!;
  return date < dates[0] ? dates[0] : date > dates[dates.length - 1] ? dates[dates.length - 1] : date;
}

function conferenceDayInterval(date: string, dayChange: string, zone: string): { start: number; end: number } {
  if (dayChange === '00:00') return localDayInterval(date, zone);
  const start = DateTime.fromISO(`${date}T${dayChange}`, { zone });
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
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
    slugs: {
      xml: exportedSlug(acronym, session.numericId, session.title, session.slug, 'xml'),
      json: exportedSlug(acronym, session.numericId, session.title, session.slug, 'json'),
    },
    date,
    startTime: date.slice(11, 16),
    duration: formatDuration(Math.round((session.end - session.start) / 60_000)),
  };
}

const XSD_SLUG = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
const JSON_SLUG = /^[a-z0-9_-]+[a-z0-9]$/;

/**
 * The slug a session is exported with: the one its source gave, when the schema accepts it (old
 * pretalx wrote the submission code, `MJA8QY`; FOSDEM slugs may end in a dash, which schema.json
 * refuses), else `<acronym>-<id>-<title>`.
 */
export function exportedSlug(
  acronym: string,
  numericId: number,
  title: string,
  stored: string | null | undefined,
  format: 'xml' | 'json',
): string {
  if (stored && (format === 'xml' ? XSD_SLUG : JSON_SLUG).test(stored)) return stored;
  return `${acronym}-${numericId}-${slugify(title).replace(/-/g, '_').replace(/_+$/, '') || 'session'}`;
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
    // `https://example.org` stays without the slash WHATWG adds (the same resource, the source's spelling)
    const path =
      url.pathname === '/' && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([?#]|$)/i.test(href.trim()) ? '' : url.pathname;
    const rest = (path + url.search + hash).replace(/[[\]{}|\\^`]/g, (c) => encodeURIComponent(c));
    return url.origin + rest;
  } catch {
    return undefined;
  }
}
