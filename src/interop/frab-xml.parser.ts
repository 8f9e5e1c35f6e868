import { dayChangeOf, localDateTime, parseDateTime, parseDuration, zoneFromOffset } from './frab-time';
import { ImportedEvent, ImportedPerson, ImportedSchedule, ScheduleFormatError } from './schedule-model';
import { unshared, XmlNode, XmlStreamError, XmlTreeStream } from './xml-stream';
import { personExternalId } from './person-identity';
import { toMarkdown } from '../rich-text/rich-text';

type Node = XmlNode;

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
const EVENT_PATH = 'schedule.day.room.event';
const PIECE = 1 << 20;

/**
 * Reads a frab/c3voc/pretalx schedule.xml (also the legacy pentabarf form without guid/date).
 * DTDs are refused outright: no entity expansion (billion laughs) and no external entities (XXE).
 */
export function parseScheduleXml(xml: string, fallbackZone?: string): ImportedSchedule {
  const events: ImportedEvent[] = [];
  const reader = new ScheduleXmlReader((event) => events.push(event), fallbackZone);
  for (let at = 0; at < xml.length; at += PIECE) reader.write(xml.slice(at, at + PIECE));
  return { ...reader.finish(), events };
}

/**
 * A schedule.xml read as it arrives, in pieces of text: each `<event>` is read into a session
 * (and handed to `onEvent`) as soon as it closes, so neither the whole text nor a tree of the
 * document is ever held. Problems are collected and thrown at the end (`finish`), all at once,
 * as a ScheduleFormatError; a document that is not well-formed stops at its first fault.
 */
export class ScheduleXmlReader {
  private readonly tree: XmlTreeStream;
  private readonly problems: string[] = [];
  private readonly usedTracks: string[] = [];
  /** Events read before the time zone is known (it may come from a later event's offset). */
  private waiting: { event: Node; located: string; roomName: string; dayDate: string }[] = [];
  private conference?: Node;
  private conferenceRead = false;
  private firstDate?: string;
  private zone?: string;
  private days = 0;

  constructor(
    private readonly onEvent: (event: ImportedEvent) => void,
    private readonly fallbackZone?: string,
  ) {
    this.tree = new XmlTreeStream({
      listPaths: LIST_PATHS,
      detachedPath: EVENT_PATH,
      onOpen: (path) => {
        if (path === 'schedule.day') this.days++;
      },
      onClose: (path, value) => {
        if (path !== 'schedule.conference' || this.conferenceRead) return;
        this.conferenceRead = true;
        this.conference = typeof value === 'object' && value !== null ? (value as Node) : {};
        this.settleZone();
      },
      onElement: (event, [, day, room]) => this.arrive(event, day, room),
    });
  }

  write(text: string): void {
    try {
      this.tree.write(text);
    } catch (error) {
      throw formatError(error);
    }
  }

  /** The schedule without its events (they went to `onEvent`); throws every problem found. */
  finish(): Omit<ImportedSchedule, 'events'> {
    let document: Node;
    try {
      document = this.tree.close();
    } catch (error) {
      throw formatError(error);
    }
    const root = document.schedule as Node | undefined;
    if (!root) throw new ScheduleFormatError(['the root element must be <schedule>']);
    const conference = (root.conference ?? {}) as Node;
    this.conference ??= conference;
    this.settleZone(true);
    if (this.problems.length) throw new ScheduleFormatError(this.problems);
    return {
      title: text(conference.title) || 'Imported schedule',
      acronym: text(conference.acronym),
      version: text(root.version) || undefined,
      timezone: this.zone,
      startDate: text(conference.start).slice(0, 10) || undefined,
      endDate: text(conference.end).slice(0, 10) || undefined,
      baseUrl: text(conference.base_url) || undefined,
      venue: text(conference.venue) || undefined,
      city: text(conference.city) || undefined,
      dayChange: dayChangeOf(text(conference.day_change), text(list(root.day)[0]?.['@start'])),
      timeslotMinutes: parseDuration(text(conference.timeslot_duration)) || undefined,
      tracks: readTracks(conference, root, this.usedTracks),
      rooms: uniqueRooms(list(root.day).flatMap((day) => list(day.room))),
    };
  }

  private arrive(event: Node, day: Node = {}, room: Node = {}): void {
    const located = `day ${text(day['@index']) || this.days}, room "${text(room['@name'])}", event ${text(event['@id']) || text(event['@guid']) || '?'}`;
    this.usedTracks.push(unshared(text(event.track)));
    this.firstDate ??= unshared(text(event.date)) || undefined;
    this.waiting.push({ event, located, roomName: text(room['@name']), dayDate: text(day['@date']) });
    this.settleZone();
  }

  /**
   * The zone is the conference's, else the caller's, else the first dated event's offset: known
   * once the conference has been read and one of them is there (at the end in any case). Events
   * wait until then, and are read in document order.
   */
  private settleZone(atEnd = false): void {
    if (this.zone === undefined) {
      if (!this.conferenceRead && !atEnd) return;
      const named = text(this.conference?.time_zone_name) || this.fallbackZone;
      if (!named && this.firstDate === undefined && !atEnd) return;
      this.zone = named || zoneFromOffset(this.firstDate);
    }
    const waiting = this.waiting;
    this.waiting = [];
    for (const { event, located, roomName, dayDate } of waiting) {
      const parsed = readEvent(event, roomName, dayDate, this.zone, (message) =>
        this.problems.push(`${located}: ${message}`),
      );
      if (parsed && this.problems.length === 0) this.onEvent(parsed);
    }
  }
}

function formatError(error: unknown): unknown {
  if (!(error instanceof XmlStreamError)) return error;
  const at = error.line !== undefined ? ` at line ${error.line}, column ${error.column}` : '';
  return new ScheduleFormatError([`XML is not well-formed${at}: ${error.message}`]);
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
function readTracks(conference: Node, root: Node, used: string[]): ImportedSchedule['tracks'] {
  const declared = [...list(conference.track), ...list(((root.tracks ?? {}) as Node).track)].map((track) => ({
    name: text(track['@name']) || text(track),
    color: text(track['@color']) || undefined,
  }));
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
