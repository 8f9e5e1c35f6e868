import { localDateTime, parseDateTime } from './frab-time';
import { personExternalId } from './person-identity';
import { ImportedEvent, ImportedSchedule, ImportedSlot, ScheduleFormatError } from './schedule-model';
import { toMarkdown } from '../rich-text/rich-text';

type Json = Record<string, any>;

/** The shape of Sessionize's "All data" view: `{sessions, speakers, questions, categories, rooms}`. */
export function isSessionizeAll(document: unknown): boolean {
  const d = document as Json;
  return !!d && Array.isArray(d.sessions) && Array.isArray(d.speakers) && Array.isArray(d.rooms) && !d.schedule;
}

/**
 * Reads Sessionize's "All data" JSON (`/api/v2/<id>/view/All`). Its times carry no offset (or
 * `Z`, depending on the endpoint), so local times take `timezone`, the event's zone. Service
 * sessions (breaks, lunch) become break slots, plenum sessions get a plenary slot; the session
 * category asking for a track gives tracks, the one asking for a format or type gives types.
 */
export function parseSessionizeAll(document: unknown, timezone?: string): ImportedSchedule {
  if (!isSessionizeAll(document)) throw new ScheduleFormatError(['not a Sessionize "All data" export']);
  const d = document as Json;
  const rooms = new Map<string, string>(d.rooms.map((room: Json) => [String(room.id), str(room.name)]));
  const items = new Map<string, { category: string; name: string }>();
  for (const category of asArray(d.categories).filter((c: Json) => c?.type !== 'speaker'))
    for (const item of asArray(category.items))
      items.set(String(item.id), { category: str(category.title), name: str(item.name) });
  const speakers = new Map<string, Json>(asArray(d.speakers).map((speaker: Json) => [String(speaker.id), speaker]));
  const problems: string[] = [];
  const instant = (value: unknown, at: string): number | undefined => {
    const text = str(value);
    const withOffset = parseDateTime(text);
    if (withOffset !== undefined) return withOffset;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) {
      problems.push(`${at}: "${text}" is not a date-time`);
      return undefined;
    }
    if (!timezone) {
      problems.push(`${at}: "${text}" has no offset; give the event's zone as ?timezone=`);
      return undefined;
    }
    return localDateTime(text.slice(0, 10), text.slice(11), timezone);
  };

  const events: ImportedEvent[] = [];
  const slots: ImportedSlot[] = [];
  for (const [index, session] of asArray(d.sessions).entries()) {
    const at = `sessions[${index}] (${str(session?.id)})`;
    if (!session?.startsAt || !session?.endsAt) continue; // not scheduled yet: nothing to place
    const start = instant(session.startsAt, `${at}.startsAt`);
    const end = instant(session.endsAt, `${at}.endsAt`);
    if (start === undefined || end === undefined) continue;
    if (end <= start) problems.push(`${at}: endsAt is not after startsAt`);
    const title = str(session.title);
    if (session.isServiceSession) {
      slots.push({ start, end, kind: 'break', label: title || undefined });
      continue;
    }
    if (!title) problems.push(`${at}: title is missing`);
    if (session.isPlenumSession) slots.push({ start, end, kind: 'plenary', label: title || undefined });
    const categories = asArray(session.categoryItems)
      .map((id) => items.get(String(id)))
      .filter((item): item is { category: string; name: string } => !!item);
    const pick = (pattern: RegExp) => categories.find((item) => pattern.test(item.category))?.name;
    events.push({
      guid: `sessionize-${str(session.id)}`,
      numericId: /^\d{1,9}$/.test(str(session.id)) ? Number(session.id) : undefined,
      title,
      type: pick(/type|format/i) ?? (session.isPlenumSession ? 'keynote' : 'talk'),
      abstract: toMarkdown(str(session.description)) || undefined,
      links: [],
      track: pick(/track/i),
      room: rooms.get(String(session.roomId)) ?? '',
      start,
      durationMinutes: Math.round((end - start) / 60_000),
      persons: asArray(session.speakers).flatMap((id) => {
        const speaker = speakers.get(String(id));
        const name = str(speaker?.fullName) || `${str(speaker?.firstName)} ${str(speaker?.lastName)}`.trim();
        if (!speaker || !name) return [];
        return [
          {
            key: personExternalId({ guid: str(speaker.id), name }),
            name,
            biography: toMarkdown(str(speaker.bio)) || null,
            avatar: str(speaker.profilePicture) || null,
          },
        ];
      }),
      feedbackUrl: undefined,
      attachments: undefined,
    });
  }
  if (problems.length) throw new ScheduleFormatError(problems);
  const tracks = [...new Set(events.map((event) => event.track).filter((t): t is string => !!t))];
  return {
    title: 'Sessionize import',
    acronym: '',
    timezone,
    tracks: tracks.map((name) => ({ name })),
    rooms: asArray(d.rooms)
      .sort((a: Json, b: Json) => Number(a.sort ?? 0) - Number(b.sort ?? 0))
      .map((room: Json) => ({ name: str(room.name) }))
      .filter((room) => room.name),
    events,
    slots,
  };
}

const asArray = (value: unknown): any[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
