import { DateTime } from 'luxon';
import { personExternalId } from './person-identity';
import { ImportedEvent, ImportedPerson, ImportedSchedule, ScheduleFormatError } from './schedule-model';
import { toMarkdown } from '../rich-text/rich-text';

type Json = Record<string, any>;

/** Indico's `/export/event/<id>.json?detail=sessions`: `{results: [Conference with sessions[]]}`. */
export function isIndicoEventExport(document: unknown): boolean {
  const first = (document as Json)?.results?.[0];
  return !!first && first._type === 'Conference' && Array.isArray(first.sessions);
}

/**
 * Reads an Indico event export with sessions. Session blocks become sessions chaired by their
 * conveners; contributions become presentations with speakers and authors. In a poster block
 * every poster is up for the whole block, so its presentations share the block's time and carry
 * their board number (or programme code). Times are `{date, time, tz}` in the server's zone.
 */
export function parseIndicoEventExport(document: unknown, timezone?: string): ImportedSchedule {
  if (!isIndicoEventExport(document)) throw new ScheduleFormatError(['not an Indico event export with sessions']);
  const conference = (document as Json).results[0] as Json;
  const problems: string[] = [];
  const instant = (value: Json | undefined, at: string): number | undefined => {
    const parsed = value?.date
      ? DateTime.fromISO(`${value.date}T${value.time ?? '00:00:00'}`, { zone: value.tz })
      : undefined;
    if (!parsed?.isValid) problems.push(`${at}: not a date and time with a zone`);
    return parsed?.isValid ? parsed.toMillis() : undefined;
  };
  const events: ImportedEvent[] = [];
  for (const [index, block] of asArray(conference.sessions).entries()) {
    const at = `results[0].sessions[${index}]`;
    const start = instant(block.startDate, `${at}.startDate`);
    const end = instant(block.endDate, `${at}.endDate`);
    if (start === undefined || end === undefined) continue;
    const contributions = asArray(block.contributions);
    const posters = contributions.length > 0 && contributions.every((c: Json) => /poster/i.test(str(c.type)));
    const title = str(block.title) || str(block.slotTitle);
    if (!title) problems.push(`${at}: title is missing`);
    const presentations = contributions.map((c: Json, position: number) => {
      const where = `${at}.contributions[${position}]`;
      const cStart = posters ? start : (instant(c.startDate, `${where}.startDate`) ?? start);
      const cEnd = posters ? end : (instant(c.endDate, `${where}.endDate`) ?? end);
      const people = [...asArray(c.speakers), ...asArray(c.primaryauthors), ...asArray(c.coauthors)];
      const authors = uniqueBy(people.map(person), (p) => p.key);
      return {
        title: str(c.title),
        start: cStart,
        end: cEnd,
        abstract: toMarkdown(str(c.description)) || undefined,
        board: str(c.board_number) || str(c.code) || undefined,
        authors,
        speakers: uniqueBy(asArray(c.speakers).map(person), (p) => p.key),
      };
    });
    const chairs = uniqueBy(asArray(block.conveners).map(person), (p) => p.key).map((p) => ({
      ...p,
      role: 'chair' as const,
    }));
    const presenters = uniqueBy(
      presentations.flatMap((p) => p.speakers),
      (p) => p.key,
    ).filter((p) => !chairs.some((chair) => chair.key === p.key));
    events.push({
      guid: `indico-${str(conference.id)}-${str(block.id)}`,
      numericId: /^\d{1,9}$/.test(str(block.id)) ? Number(block.id) : undefined,
      title,
      type: posters ? 'poster-session' : /tutorial/i.test(title) ? 'tutorial' : 'paper-session',
      abstract: toMarkdown(str(block.description)) || undefined,
      url: str(block.url) || undefined,
      links: [],
      room: str(block.room) || str(block.roomFullname),
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
    startDate: str(conference.startDate?.date) || undefined,
    endDate: str(conference.endDate?.date) || undefined,
    venue: str(conference.location) || undefined,
    tracks: [],
    rooms: rooms.map((name) => ({ name })),
    events,
  };
}

function person(participant: Json): ImportedPerson {
  const name =
    `${str(participant.first_name)} ${str(participant.last_name)}`.trim() ||
    str(participant.fullName) ||
    str(participant.name);
  const id = str(participant.person_id);
  return { key: personExternalId({ id: id || undefined, name }), name };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

const asArray = (value: unknown): any[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
