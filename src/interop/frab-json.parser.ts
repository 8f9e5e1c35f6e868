import { dayChangeOf, parseDateTime, parseDuration, zoneFromOffset } from './frab-time';
import { personExternalId } from './person-identity';
import { toMarkdown } from '../rich-text/rich-text';
import { ImportedEvent, ImportedPerson, ImportedSchedule, ScheduleFormatError } from './schedule-model';

type Json = Record<string, any>;

/** Reads a c3voc schedule.json as exported by frab and pretalx. */
export function parseScheduleJson(document: unknown, fallbackZone?: string): ImportedSchedule {
  const conference = (document as Json)?.schedule?.conference as Json | undefined;
  if (!conference || !Array.isArray(conference.days)) {
    throw new ScheduleFormatError(['schedule.conference.days is missing: not a c3voc schedule.json']);
  }
  const problems: string[] = [];
  const events: ImportedEvent[] = [];
  const rooms = new Map<string, { name: string; guid?: string }>();
  for (const room of asArray(conference.rooms))
    if (room?.name) rooms.set(room.name, { name: room.name, guid: room.guid });
  for (const [dayIndex, day] of asArray(conference.days).entries()) {
    const dayAt = `schedule.conference.days[${dayIndex}]`;
    for (const [roomName, roomEvents] of roomsOf(day, dayAt, (message) => problems.push(message))) {
      if (!rooms.has(roomName)) rooms.set(roomName, { name: roomName });
      for (const [eventIndex, event] of asArray(roomEvents).entries()) {
        const at = `${dayAt}.rooms["${roomName}"][${eventIndex}]`;
        const parsed = readEvent(event as Json, roomName, (message) => problems.push(`${at}: ${message}`));
        if (parsed) events.push(parsed);
      }
    }
  }
  if (problems.length) throw new ScheduleFormatError(problems);
  const tracks = new Map<string, { name: string; color?: string }>();
  for (const track of asArray(conference.tracks))
    if (track?.name) tracks.set(track.name, { name: track.name, color: track.color || undefined });
  for (const event of events)
    if (event.track && !tracks.has(event.track)) tracks.set(event.track, { name: event.track });
  return {
    title: str(conference.title) || 'Imported schedule',
    acronym: str(conference.acronym),
    version: str((document as Json).schedule.version) || undefined,
    timezone: str(conference.time_zone_name) || fallbackZone || zoneFromOffset(firstDate(conference)),
    startDate: str(conference.start).slice(0, 10) || undefined,
    endDate: str(conference.end).slice(0, 10) || undefined,
    baseUrl: str((document as Json).schedule.base_url) || undefined,
    venue: str(conference.meta?.venue) || undefined,
    city: str(conference.meta?.city) || undefined,
    dayChange: dayChangeOf(str(conference.meta?.day_change), str(asArray(conference.days)[0]?.day_start)),
    timeslotMinutes: parseDuration(str(conference.timeslot_duration)) || undefined,
    tracks: [...tracks.values()],
    rooms: [...rooms.values()],
    events,
  };
}

function readEvent(event: Json, roomName: string, problem: (message: string) => void): ImportedEvent | undefined {
  const start = parseDateTime(str(event?.date));
  const duration = parseDuration(str(event?.duration));
  const guid = str(event?.guid) || (event?.id ? `legacy-${event.id}` : '');
  if (!str(event?.title)) problem('title is missing');
  if (start === undefined) problem(`date "${str(event?.date)}" is not a date-time with an offset`);
  if (duration === undefined) problem(`duration "${str(event?.duration)}" is not H:MM or HH:MM`);
  if (!guid) problem('neither guid nor id is present');
  if (!str(event?.title) || start === undefined || duration === undefined || !guid) return undefined;
  return {
    guid: guid.toLowerCase(),
    numericId: Number.isInteger(event.id) && event.id > 0 ? event.id : undefined,
    title: str(event.title),
    subtitle: str(event.subtitle) || undefined,
    type: str(event.type) || 'other',
    language: str(event.language) || undefined,
    abstract: toMarkdown(str(event.abstract)) || undefined,
    description: toMarkdown(str(event.description)) || undefined,
    url: str(event.url) || undefined,
    links: asArray(event.links)
      .map((link: Json) => ({ href: str(link?.url ?? link?.href), title: str(link?.title) || undefined }))
      .filter((link) => link.href),
    track: str(event.track) || undefined,
    room: str(event.room) || roomName,
    start,
    durationMinutes: duration,
    persons: asArray(event.persons)
      .map(readPerson)
      .filter((person): person is ImportedPerson => person !== undefined),
    slug: str(event.slug) || undefined,
    feedbackUrl: 'feedback_url' in event ? str(event.feedback_url) || null : undefined,
    logo: 'logo' in event ? str(event.logo) || null : undefined,
    attachments:
      'attachments' in event
        ? asArray(event.attachments)
            .map((a: Json) => ({
              href: str(a?.url ?? a?.href),
              title: str(a?.title) || undefined,
              type: str(a?.type) || undefined,
            }))
            .filter((a) => a.href)
        : undefined,
    doNotRecord: typeof event.do_not_record === 'boolean' ? event.do_not_record : undefined,
  };
}

/** frab `{id, public_name}` or pretalx `{code, name}`; both may appear together. */
function readPerson(person: Json): ImportedPerson | undefined {
  const name = str(person?.public_name) || str(person?.name);
  if (!name) return undefined;
  return {
    key: personExternalId({ guid: str(person.guid), id: str(person.id), code: str(person.code), name }),
    name,
    biography: 'biography' in person ? toMarkdown(str(person.biography)) || null : undefined,
    avatar: 'avatar' in person ? str(person.avatar) || null : undefined,
  };
}

/** A day's `rooms` is an object of arrays: a string or an array there would make every index a room. */
function roomsOf(day: unknown, at: string, problem: (message: string) => void): [string, unknown][] {
  const rooms = (day as Json | null)?.rooms ?? {};
  if (!isPlainObject(rooms)) {
    problem(`${at}.rooms must be an object of room name to events`);
    return [];
  }
  const entries = Object.entries(rooms);
  for (const [name, events] of entries)
    if (!Array.isArray(events)) problem(`${at}.rooms["${name.slice(0, 80)}"] must be an array of events`);
  return entries;
}

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): any[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());

function firstDate(conference: Json): string | undefined {
  for (const day of asArray(conference.days)) {
    for (const events of isPlainObject(day?.rooms) ? Object.values(day.rooms) : []) {
      const date = asArray(events)
        .map((event) => str(event?.date))
        .find(Boolean);
      if (date) return date;
    }
  }
  return undefined;
}
