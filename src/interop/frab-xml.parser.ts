import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { dayChangeOf, localDateTime, parseDateTime, parseDuration, zoneFromOffset } from './frab-time';
import { ImportedEvent, ImportedPerson, ImportedSchedule, ScheduleFormatError } from './schedule-model';
import { decodeXmlReferences } from './xml-references';
import { personExternalId } from './person-identity';
import { toMarkdown } from '../rich-text/rich-text';

type Node = Record<string, unknown>;

/** Repeating elements, by path: `track` and `room` are lists in some places and plain text inside an event. */
const LIST_PATHS = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
  'schedule.day.room.event.links.link',
  'schedule.day.room.event.attachments.attachment',
  'schedule.conference.track',
  'schedule.tracks.track',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // References are decoded by us after parsing (the parser's option covers only the five named
  // entities); CDATA stays apart so its text is never decoded.
  processEntities: false,
  cdataPropName: '#cdata',
  isArray: (_name, path) => LIST_PATHS.has(String(path)),
});

/**
 * Reads a frab/c3voc/pretalx schedule.xml (also the legacy pentabarf form without guid/date).
 * DTDs are refused outright: no entity expansion (billion laughs) and no external entities (XXE).
 */
export function parseScheduleXml(xml: string, fallbackZone?: string): ImportedSchedule {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ScheduleFormatError(['DTDs and entity declarations are not accepted']);
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new ScheduleFormatError([
      `XML is not well-formed at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`,
    ]);
  let document: Node;
  try {
    document = decodeTree(parser.parse(xml)) as Node;
  } catch (error) {
    throw new ScheduleFormatError([`XML is not well-formed: ${(error as Error).message}`]);
  }
  const root = document.schedule as Node | undefined;
  if (!root) throw new ScheduleFormatError(['the root element must be <schedule>']);
  const conference = (root.conference ?? {}) as Node;
  const firstDate = list(root.day)
    .flatMap((day) => list(day.room))
    .flatMap((room) => list(room.event))
    .map((e) => text(e.date))
    .find(Boolean);
  const timezone = text(conference.time_zone_name) || fallbackZone || zoneFromOffset(firstDate);
  const problems: string[] = [];
  const events: ImportedEvent[] = [];
  for (const [dayIndex, day] of list(root.day).entries()) {
    for (const room of list(day.room)) {
      for (const event of list(room.event)) {
        const located = `day ${text(day['@index']) || dayIndex + 1}, room "${text(room['@name'])}", event ${text(event['@id']) || text(event['@guid']) || '?'}`;
        const parsed = readEvent(event, text(room['@name']), text(day['@date']), timezone, (message) =>
          problems.push(`${located}: ${message}`),
        );
        if (parsed) events.push(parsed);
      }
    }
  }
  if (problems.length) throw new ScheduleFormatError(problems);
  return {
    title: text(conference.title) || 'Imported schedule',
    acronym: text(conference.acronym),
    version: text(root.version) || undefined,
    timezone,
    startDate: text(conference.start).slice(0, 10) || undefined,
    endDate: text(conference.end).slice(0, 10) || undefined,
    baseUrl: text(conference.base_url) || undefined,
    venue: text(conference.venue) || undefined,
    city: text(conference.city) || undefined,
    dayChange: dayChangeOf(text(conference.day_change), text(list(root.day)[0]?.['@start'])),
    timeslotMinutes: parseDuration(text(conference.timeslot_duration)) || undefined,
    tracks: readTracks(conference, root),
    rooms: uniqueRooms(list(root.day).flatMap((day) => list(day.room))),
    events,
  };
}

function readEvent(
  event: Node,
  roomName: string,
  dayDate: string,
  zone: string | undefined,
  problem: (m: string) => void,
): ImportedEvent | undefined {
  const title = text(event.title);
  const duration = parseDuration(text(event.duration));
  const date = text(event.date);
  const start = date
    ? parseDateTime(date)
    : zone && dayDate
      ? localDateTime(dayDate, text(event.start), zone)
      : undefined;
  const guid = text(event['@guid']) || (text(event['@id']) ? `legacy-${text(event['@id'])}` : '');
  if (!title) problem('title is missing');
  if (duration === undefined) problem(`duration "${text(event.duration)}" is not H:MM, HH:MM or HH:MM:SS`);
  if (start === undefined)
    problem(date ? `date "${date}" is not a date-time with an offset` : 'date is missing and no time zone is known');
  if (!guid) problem('neither guid nor id is present');
  if (!title || duration === undefined || start === undefined || !guid) return undefined;
  const id = Number(text(event['@id']));
  return {
    guid: guid.toLowerCase(),
    numericId: Number.isInteger(id) && id > 0 ? id : undefined,
    title,
    subtitle: text(event.subtitle) || undefined,
    type: text(event.type) || 'other',
    language: text(event.language) || undefined,
    abstract: toMarkdown(text(event.abstract)) || undefined,
    description: toMarkdown(text(event.description)) || undefined,
    url: text(event.url) || undefined,
    links: list(((event.links ?? {}) as Node).link)
      .map((link) => ({ href: text(link['@href']), title: text(link) || undefined }))
      .filter((link) => link.href),
    track: text(event.track) || undefined,
    room: text(event.room) || roomName,
    start,
    durationMinutes: duration,
    persons: list(((event.persons ?? {}) as Node).person).map(readPerson),
    slug: text(event.slug) || undefined,
    feedbackUrl: 'feedback_url' in event ? text(event.feedback_url) || null : undefined,
    logo: 'logo' in event ? text(event.logo) || null : undefined,
    attachments:
      'attachments' in event
        ? list(((event.attachments ?? {}) as Node).attachment)
            .map((a) => ({ href: text(a['@href']), title: text(a) || undefined, type: text(a['@type']) || undefined }))
            .filter((a) => a.href)
        : undefined,
    doNotRecord: event.recording ? text((event.recording as Node).optout) === 'true' : undefined,
  };
}

function readPerson(person: Node): ImportedPerson {
  const name = text(person);
  const key = personExternalId({
    guid: text(person['@guid']),
    id: text(person['@id']),
    code: text(person['@code']),
    name,
  });
  return { key, name };
}

/** Tracks from `<conference><track>` (frab) or a top-level `<tracks>` (FOSDEM); colours where given. */
function readTracks(conference: Node, root: Node): ImportedSchedule['tracks'] {
  const declared = [...list(conference.track), ...list(((root.tracks ?? {}) as Node).track)].map((track) => ({
    name: text(track['@name']) || text(track),
    color: text(track['@color']) || undefined,
  }));
  const used = list(root.day)
    .flatMap((day) => list(day.room))
    .flatMap((room) => list(room.event))
    .map((event) => text(event.track));
  const byName = new Map<string, { name: string; color?: string }>();
  for (const track of [...declared, ...used.map((name) => ({ name }))]) {
    if (track.name && !byName.has(track.name)) byName.set(track.name, track);
  }
  return [...byName.values()];
}

function uniqueRooms(rooms: Node[]): ImportedSchedule['rooms'] {
  const byName = new Map<string, { name: string; guid?: string }>();
  for (const room of rooms) {
    const name = text(room['@name']);
    if (name && !byName.has(name)) byName.set(name, { name, guid: text(room['@guid']) || undefined });
  }
  return [...byName.values()];
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.map((item) => (typeof item === 'object' && item !== null ? (item as Node) : { '#text': item }));
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') {
    const node = value as Node;
    return [text(node['#text']), text(node['#cdata'])].filter(Boolean).join(' ');
  }
  return typeof value === 'string' ? value.trim() : `${value as number | boolean}`.trim();
}

/**
 * Every text and attribute value with its references replaced; CDATA sections as written. In
 * place: a copy of the tree of a 25 MB file would hold tens of megabytes more while parsing.
 */
function decodeTree(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === '#cdata' ? value : decodeXmlReferences(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeTree(value[i], key);
    return value;
  }
  if (value && typeof value === 'object') {
    const node = value as Node;
    for (const name of Object.keys(node)) node[name] = decodeTree(node[name], name);
  }
  return value;
}
