import { dayChangeOf, parseDateTime, parseDuration, zoneFromOffset } from './frab-time';
import { personExternalId } from './person-identity';
import { toMarkdown } from '../rich-text/rich-text';
import { ImportedEvent, ImportedPerson, ImportedSchedule, ScheduleFormatError } from './schedule-model';
import { asArray, asRecord, asString, field, hasField, isRecord, JsonObject, optionalString, str } from './json-input';

/** Reads a c3voc schedule.json as exported by frab and pretalx. */
export function parseScheduleJson(document: unknown, fallbackZone?: string): ImportedSchedule {
  const schedule = field(document, 'schedule');
  const conference = asRecord(field(schedule, 'conference'));
  if (!conference || !Array.isArray(conference.days)) {
    throw new ScheduleFormatError(['schedule.conference.days is missing: not a c3voc schedule.json']);
  }
  const problems: string[] = [];
  const events: ImportedEvent[] = [];
  const rooms = new Map<string, { name: string; guid?: string }>();
  for (const room of asArray(conference.rooms)) {
    const name = optionalString(field(room, 'name'));
    if (name) rooms.set(name, { name, guid: optionalString(field(room, 'guid')) });
  }
  for (const [dayIndex, day] of asArray(conference.days).entries()) {
    const dayAt = `schedule.conference.days[${dayIndex}]`;
    for (const [roomName, roomEvents] of roomsOf(day, dayAt, (message) => problems.push(message))) {
      if (!rooms.has(roomName)) rooms.set(roomName, { name: roomName });
      for (const [eventIndex, event] of asArray(roomEvents).entries()) {
        const at = `${dayAt}.rooms["${roomName}"][${eventIndex}]`;
        const parsed = readEvent(event, roomName, (message) => problems.push(`${at}: ${message}`));
        if (parsed) events.push(parsed);
      }
    }
  }
  if (problems.length) throw new ScheduleFormatError(problems);
  const tracks = new Map<string, { name: string; color?: string }>();
  for (const track of asArray(conference.tracks)) {
    const name = optionalString(field(track, 'name'));
    if (name) tracks.set(name, { name, color: optionalString(field(track, 'color')) || undefined });
  }
  for (const event of events)
    if (event.track && !tracks.has(event.track)) tracks.set(event.track, { name: event.track });
  return {
    title: str(conference.title) || 'Imported schedule',
    acronym: str(conference.acronym),
    version: str(field(schedule, 'version')) || undefined,
    timezone: str(conference.time_zone_name) || fallbackZone || zoneFromOffset(firstDate(conference)),
    startDate: str(conference.start).slice(0, 10) || undefined,
    endDate: str(conference.end).slice(0, 10) || undefined,
    baseUrl: str(field(schedule, 'base_url')) || undefined,
    venue: str(field(conference.meta, 'venue')) || undefined,
    city: str(field(conference.meta, 'city')) || undefined,
    dayChange: dayChangeOf(
      str(field(conference.meta, 'day_change')),
      str(field(asArray(conference.days)[0], 'day_start')),
    ),
    timeslotMinutes: parseDuration(str(conference.timeslot_duration)) || undefined,
    tracks: [...tracks.values()],
    rooms: [...rooms.values()],
    events,
  };
}

function readEvent(event: unknown, roomName: string, problem: (message: string) => void): ImportedEvent | undefined {
  const get = (key: string) => field(event, key);
  const start = parseDateTime(str(get('date')));
  const duration = parseDuration(str(get('duration')));
  const id = get('id');
  const guid = str(get('guid')) || (id ? `legacy-${asString(id)}` : '');
  if (!str(get('title'))) problem('title is missing');
  if (start === undefined) problem(`date "${str(get('date'))}" is not a date-time with an offset`);
  if (duration === undefined) problem(`duration "${str(get('duration'))}" is not H:MM or HH:MM`);
  if (!guid) problem('neither guid nor id is present');
  if (!str(get('title')) || start === undefined || duration === undefined || !guid) return undefined;
  const doNotRecord = get('do_not_record');
  return {
    guid: guid.toLowerCase(),
    numericId: typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined,
    title: str(get('title')),
    subtitle: str(get('subtitle')) || undefined,
    type: str(get('type')) || 'other',
    language: str(get('language')) || undefined,
    abstract: toMarkdown(str(get('abstract'))) || undefined,
    description: toMarkdown(str(get('description'))) || undefined,
    url: str(get('url')) || undefined,
    links: asArray(get('links'))
      .map((link) => ({
        href: str(field(link, 'url') ?? field(link, 'href')),
        title: str(field(link, 'title')) || undefined,
      }))
      .filter((link) => link.href),
    track: str(get('track')) || undefined,
    room: str(get('room')) || roomName,
    start,
    durationMinutes: duration,
    persons: asArray(get('persons'))
      .map(readPerson)
      .filter((person): person is ImportedPerson => person !== undefined),
    slug: str(get('slug')) || undefined,
    feedbackUrl: hasField(event, 'feedback_url') ? str(get('feedback_url')) || null : undefined,
    logo: hasField(event, 'logo') ? str(get('logo')) || null : undefined,
    attachments: hasField(event, 'attachments')
      ? asArray(get('attachments'))
          .map((a) => ({
            href: str(field(a, 'url') ?? field(a, 'href')),
            title: str(field(a, 'title')) || undefined,
            type: str(field(a, 'type')) || undefined,
          }))
          .filter((a) => a.href)
      : undefined,
    doNotRecord: typeof doNotRecord === 'boolean' ? doNotRecord : undefined,
  };
}

/** frab `{id, public_name}` or pretalx `{code, name}`; both may appear together. */
function readPerson(person: unknown): ImportedPerson | undefined {
  const get = (key: string) => field(person, key);
  const name = str(get('public_name')) || str(get('name'));
  if (!name) return undefined;
  return {
    key: personExternalId({ guid: str(get('guid')), id: str(get('id')), code: str(get('code')), name }),
    name,
    biography: hasField(person, 'biography') ? toMarkdown(str(get('biography'))) || null : undefined,
    avatar: hasField(person, 'avatar') ? str(get('avatar')) || null : undefined,
  };
}

/** A day's `rooms` is an object of arrays: a string or an array there would make every index a room. */
function roomsOf(day: unknown, at: string, problem: (message: string) => void): [string, unknown][] {
  const rooms = field(day, 'rooms') ?? {};
  if (!isRecord(rooms)) {
    problem(`${at}.rooms must be an object of room name to events`);
    return [];
  }
  const entries = Object.entries(rooms);
  for (const [name, events] of entries)
    if (!Array.isArray(events)) problem(`${at}.rooms["${name.slice(0, 80)}"] must be an array of events`);
  return entries;
}

function firstDate(conference: JsonObject): string | undefined {
  for (const day of asArray(conference.days)) {
    const rooms = field(day, 'rooms');
    for (const events of isRecord(rooms) ? Object.values(rooms) : []) {
      const date = asArray(events)
        .map((event) => str(field(event, 'date')))
        .find(Boolean);
      if (date) return date;
    }
  }
  return undefined;
}
