import { localDateTime, parseDateTime } from './frab-time';
import { personExternalId } from './person-identity';
import { ImportedEvent, ImportedSchedule, ImportedSlot, ScheduleFormatError } from './schedule-model';
import { toMarkdown } from '../rich-text/rich-text';
import { asArray, asString, field, str } from './json-input';

/** The shape of Sessionize's "All data" view: `{sessions, speakers, questions, categories, rooms}`. */
export function isSessionizeAll(document: unknown): boolean {
  return (
    !!document &&
    Array.isArray(field(document, 'sessions')) &&
    Array.isArray(field(document, 'speakers')) &&
    Array.isArray(field(document, 'rooms')) &&
    !field(document, 'schedule')
  );
}

/**
 * Reads Sessionize's "All data" JSON (`/api/v2/<id>/view/All`). Its times carry no offset (or
 * `Z`, depending on the endpoint), so local times take `timezone`, the event's zone. Service
 * sessions (breaks, lunch) become break slots, plenum sessions get a plenary slot; the session
 * category asking for a track gives tracks, the one asking for a format or type gives types.
 */
export function parseSessionizeAll(document: unknown, timezone?: string): ImportedSchedule {
  if (!isSessionizeAll(document)) throw new ScheduleFormatError(['not a Sessionize "All data" export']);
  const rooms = new Map<string, string>(
    asArray(field(document, 'rooms')).map((room): [string, string] => [
      asString(field(room, 'id')),
      str(field(room, 'name')),
    ]),
  );
  const items = new Map<string, { category: string; name: string }>();
  for (const category of asArray(field(document, 'categories')).filter((c) => field(c, 'type') !== 'speaker'))
    for (const item of asArray(field(category, 'items')))
      items.set(asString(field(item, 'id')), {
        category: str(field(category, 'title')),
        name: str(field(item, 'name')),
      });
  const speakers = new Map<string, unknown>(
    asArray(field(document, 'speakers')).map((speaker): [string, unknown] => [asString(field(speaker, 'id')), speaker]),
  );
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
  for (const [index, session] of asArray(field(document, 'sessions')).entries()) {
    const at = `sessions[${index}] (${str(field(session, 'id'))})`;
    if (!field(session, 'startsAt') || !field(session, 'endsAt')) continue; // not scheduled yet: nothing to place
    const start = instant(field(session, 'startsAt'), `${at}.startsAt`);
    const end = instant(field(session, 'endsAt'), `${at}.endsAt`);
    if (start === undefined || end === undefined) continue;
    if (end <= start) problems.push(`${at}: endsAt is not after startsAt`);
    const title = str(field(session, 'title'));
    if (field(session, 'isServiceSession')) {
      slots.push({ start, end, kind: 'break', label: title || undefined });
      continue;
    }
    if (!title) problems.push(`${at}: title is missing`);
    if (field(session, 'isPlenumSession')) slots.push({ start, end, kind: 'plenary', label: title || undefined });
    const categories = asArray(field(session, 'categoryItems'))
      .map((id) => items.get(asString(id)))
      .filter((item): item is { category: string; name: string } => !!item);
    const pick = (pattern: RegExp) => categories.find((item) => pattern.test(item.category))?.name;
    events.push({
      guid: `sessionize-${str(field(session, 'id'))}`,
      numericId: /^\d{1,9}$/.test(str(field(session, 'id'))) ? Number(field(session, 'id')) : undefined,
      title,
      type: pick(/type|format/i) ?? (field(session, 'isPlenumSession') ? 'keynote' : 'talk'),
      abstract: toMarkdown(str(field(session, 'description'))) || undefined,
      links: [],
      track: pick(/track/i),
      room: rooms.get(asString(field(session, 'roomId'))) ?? '',
      start,
      durationMinutes: Math.round((end - start) / 60_000),
      persons: asArray(field(session, 'speakers')).flatMap((id) => {
        const speaker = speakers.get(asString(id));
        const name =
          str(field(speaker, 'fullName')) ||
          `${str(field(speaker, 'firstName'))} ${str(field(speaker, 'lastName'))}`.trim();
        if (!speaker || !name) return [];
        return [
          {
            key: personExternalId({ guid: str(field(speaker, 'id')), name }),
            name,
            biography: toMarkdown(str(field(speaker, 'bio'))) || null,
            avatar: str(field(speaker, 'profilePicture')) || null,
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
    rooms: asArray(field(document, 'rooms'))
      .sort((a, b) => Number(field(a, 'sort') ?? 0) - Number(field(b, 'sort') ?? 0))
      .map((room) => ({ name: str(field(room, 'name')) }))
      .filter((room) => room.name),
    events,
    slots,
  };
}
