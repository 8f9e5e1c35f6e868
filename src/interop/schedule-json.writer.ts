import { formatDuration } from './frab-time';
import { acronymOf, ExportProgram, exportDays, ExportEvent } from './export-program';

/** schema.json restricts time_zone_name to a pattern some valid IANA names do not match. */
const SCHEMA_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

/** schedule.json in the c3voc format (validates against json/schema.json). */
export function writeScheduleJson(program: ExportProgram): object {
  const days = exportDays(program);
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'agenda-planner', version: '0.1.0' },
    schedule: {
      version: program.version,
      base_url: program.baseUrl,
      conference: {
        acronym: acronymOf(program.slug),
        title: program.title,
        start: program.startDate,
        end: program.endDate,
        daysCount: days.length,
        timeslot_duration: formatDuration(program.timeslotMinutes ?? 5),
        ...(SCHEMA_ZONE.test(program.timezone) && { time_zone_name: program.timezone }),
        url: program.scheduleUrl,
        ...(meta(program) && { meta: meta(program) }),
        tracks: program.tracks.map((track) => ({ name: track.name, ...(track.color && { color: track.color }) })),
        rooms: program.rooms.map((room) => ({ name: room.name, guid: room.guid })),
        days: days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.events.map(jsonEvent)])),
        })),
      },
    },
  };
}

function jsonEvent(event: ExportEvent) {
  const { session } = event;
  return {
    guid: session.guid,
    id: session.numericId,
    date: event.date,
    start: event.startTime,
    duration: event.duration,
    room: session.room,
    slug: event.slugs.json,
    url: session.url,
    title: session.title,
    subtitle: session.subtitle ?? null,
    track: session.track ?? null,
    type: session.type,
    language: session.language ?? null,
    abstract: session.abstract ?? null,
    description: session.description ?? null,
    ...(session.feedbackUrl && { feedback_url: session.feedbackUrl }),
    ...(session.logo && { logo: session.logo }),
    ...(session.doNotRecord !== undefined && { do_not_record: session.doNotRecord }),
    persons: session.persons.map((person) => ({
      guid: person.guid,
      id: person.id,
      name: person.name,
      ...(person.biography && { biography: person.biography }),
      ...(person.avatar && { avatar: person.avatar }),
    })),
    links: session.links.map((link) => ({ url: link.href, ...(link.title && { title: link.title }) })),
    attachments: session.attachments.map((file) => ({
      url: file.href,
      ...(file.title && { title: file.title }),
      ...(file.type && REFERENCE_TYPES.has(file.type) && { type: file.type }),
    })),
  };
}

/** schema.json's Reference.type values; any other type is left out rather than made invalid. */
const REFERENCE_TYPES = new Set(['slides', 'paper', 'web', 'blog', 'article', 'media', 'related', 'activitypub']);

/** What the conference schema has no field for goes into its free-form `meta`. */
function meta(program: ExportProgram): Record<string, string> | undefined {
  const values = {
    ...(program.venue && { venue: program.venue }),
    ...(program.city && { city: program.city }),
    ...(program.dayChange && { day_change: program.dayChange }),
  };
  return Object.keys(values).length ? values : undefined;
}
