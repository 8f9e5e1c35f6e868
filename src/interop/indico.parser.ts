import { DateTime, FixedOffsetZone, InvalidZone, Zone } from 'luxon';
import { personExternalId } from './person-identity';
import { ImportedEvent, ImportedPerson, ImportedSchedule, ScheduleFormatError } from './schedule-model';
import { toMarkdown } from '../rich-text/rich-text';
import { asArray, asString, field, isRecord, JsonObject, str } from './json-input';

/** Indico's `/export/event/<id>.json?detail=sessions`: `{results: [Conference with sessions[]]}`. */
export function isIndicoEventExport(document: unknown): boolean {
  return indicoConference(document) !== undefined;
}

/** The export's conference: the first result, of `_type` Conference, with an array of sessions. */
function indicoConference(document: unknown): JsonObject | undefined {
  const first = field(field(document, 'results'), '0');
  return isRecord(first) && first._type === 'Conference' && Array.isArray(first.sessions) ? first : undefined;
}

/** The zone luxon makes of `tz` itself: a name, an offset in minutes, none (the default zone), else invalid. */
function zoneOf(tz: unknown): string | Zone | undefined {
  if (tz === undefined || tz === null) return undefined;
  if (typeof tz === 'string') return tz;
  if (typeof tz === 'number') return FixedOffsetZone.instance(tz);
  return new InvalidZone();
}

/**
 * Reads an Indico event export with sessions. Session blocks become sessions chaired by their
 * conveners; contributions become presentations with speakers and authors. In a poster block
 * every poster is up for the whole block, so its presentations share the block's time and carry
 * their board number (or programme code). Times are `{date, time, tz}` in the server's zone.
 */
export function parseIndicoEventExport(document: unknown, timezone?: string): ImportedSchedule {
  const conference = indicoConference(document);
  if (!conference) throw new ScheduleFormatError(['not an Indico event export with sessions']);
  const problems: string[] = [];
  const instant = (value: unknown, at: string): number | undefined => {
    const date = field(value, 'date');
    const parsed = date
      ? DateTime.fromISO(`${asString(date)}T${asString(field(value, 'time') ?? '00:00:00')}`, {
          zone: zoneOf(field(value, 'tz')),
        })
      : undefined;
    if (!parsed?.isValid) problems.push(`${at}: not a date and time with a zone`);
    return parsed?.isValid ? parsed.toMillis() : undefined;
  };
  const events: ImportedEvent[] = [];
  for (const [index, block] of asArray(conference.sessions).entries()) {
    const at = `results[0].sessions[${index}]`;
    const start = instant(field(block, 'startDate'), `${at}.startDate`);
    const end = instant(field(block, 'endDate'), `${at}.endDate`);
    if (start === undefined || end === undefined) continue;
    const contributions = asArray(field(block, 'contributions'));
    const posters = contributions.length > 0 && contributions.every((c) => /poster/i.test(str(field(c, 'type'))));
    const title = str(field(block, 'title')) || str(field(block, 'slotTitle'));
    if (!title) problems.push(`${at}: title is missing`);
    const presentations = contributions.map((c, position) => {
      const where = `${at}.contributions[${position}]`;
      const cStart = posters ? start : (instant(field(c, 'startDate'), `${where}.startDate`) ?? start);
      const cEnd = posters ? end : (instant(field(c, 'endDate'), `${where}.endDate`) ?? end);
      const people = [
        ...asArray(field(c, 'speakers')),
        ...asArray(field(c, 'primaryauthors')),
        ...asArray(field(c, 'coauthors')),
      ];
      const authors = uniqueBy(people.map(person), (p) => p.key);
      return {
        title: str(field(c, 'title')),
        start: cStart,
        end: cEnd,
        abstract: toMarkdown(str(field(c, 'description'))) || undefined,
        board: str(field(c, 'board_number')) || str(field(c, 'code')) || undefined,
        authors,
        speakers: uniqueBy(asArray(field(c, 'speakers')).map(person), (p) => p.key),
      };
    });
    const chairs = uniqueBy(asArray(field(block, 'conveners')).map(person), (p) => p.key).map((p) => ({
      ...p,
      role: 'chair' as const,
    }));
    const presenters = uniqueBy(
      presentations.flatMap((p) => p.speakers),
      (p) => p.key,
    ).filter((p) => !chairs.some((chair) => chair.key === p.key));
    events.push({
      guid: `indico-${str(conference.id)}-${str(field(block, 'id'))}`,
      numericId: /^\d{1,9}$/.test(str(field(block, 'id'))) ? Number(field(block, 'id')) : undefined,
      title,
      type: posters ? 'poster-session' : /tutorial/i.test(title) ? 'tutorial' : 'paper-session',
      abstract: toMarkdown(str(field(block, 'description'))) || undefined,
      url: str(field(block, 'url')) || undefined,
      links: [],
      room: str(field(block, 'room')) || str(field(block, 'roomFullname')),
      start,
      durationMinutes: Math.round((end - start) / 60_000),
      persons: [...chairs, ...presenters],
      // in programme order (the export lists contributions in no particular order)
      presentations: presentations
        .map(({ speakers: _s, ...p }) => p)
        .sort((a, b) => a.start - b.start || (a.board ?? '').localeCompare(b.board ?? '', 'en', { numeric: true })),
    });
  }
  if (problems.length) throw new ScheduleFormatError(problems);
  const rooms = [...new Set(events.map((event) => event.room).filter(Boolean))];
  const zone = timezone || str(conference.timezone) || undefined;
  return {
    title: str(conference.title) || 'Indico import',
    acronym: str(conference.title),
    timezone: zone,
    startDate: str(field(conference.startDate, 'date')) || undefined,
    endDate: str(field(conference.endDate, 'date')) || undefined,
    venue: str(conference.location) || undefined,
    tracks: [],
    rooms: rooms.map((name) => ({ name })),
    events,
  };
}

function person(participant: unknown): ImportedPerson {
  const name =
    `${str(field(participant, 'first_name'))} ${str(field(participant, 'last_name'))}`.trim() ||
    str(field(participant, 'fullName')) ||
    str(field(participant, 'name'));
  const id = str(field(participant, 'person_id'));
  return { key: personExternalId({ id: id || undefined, name }), name };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
