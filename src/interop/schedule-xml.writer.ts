import { XMLBuilder } from 'fast-xml-parser';
import { acronymOf, ExportProgram, exportDays, ExportEvent, xmlSafe } from './export-program';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: false,
  processEntities: true,
});

const GENERATOR = { '@name': 'agenda-planner', '@version': '0.1.0' };

/** schedule.xml in the c3voc format (validates against schedule.xml.xsd), built with an XML library. */
export function writeScheduleXml(program: ExportProgram): string {
  const days = exportDays(program);
  const document = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    schedule: {
      generator: GENERATOR,
      url: program.scheduleUrl,
      version: xmlSafe(program.version),
      conference: {
        acronym: acronymOf(program.slug),
        title: xmlSafe(program.title),
        start: program.startDate,
        end: program.endDate,
        days: days.length,
        timeslot_duration: '00:05',
        base_url: program.baseUrl,
        time_zone_name: program.timezone,
        track: program.tracks.map((track) => ({ '@name': xmlSafe(track.name), ...(track.color && { '@color': track.color }) })),
      },
      day: days.map((day) => ({
        '@index': day.index,
        '@date': day.date,
        '@start': day.start,
        '@end': day.end,
        room: day.rooms.map((room) => ({
          '@name': xmlSafe(room.name),
          ...(room.guid && { '@guid': room.guid }),
          event: room.events.map(xmlEvent),
        })),
      })),
    },
  };
  return builder.build(document) as string;
}

function xmlEvent(event: ExportEvent) {
  return {
    '@id': event.numericId,
    '@guid': event.guid,
    date: event.date,
    start: event.startTime,
    duration: event.duration,
    room: xmlSafe(event.room),
    slug: event.slug,
    url: event.url,
    title: xmlSafe(event.title),
    subtitle: xmlSafe(event.subtitle),
    track: xmlSafe(event.track),
    type: xmlSafe(event.type),
    language: xmlSafe(event.language),
    abstract: xmlSafe(event.abstract),
    description: xmlSafe(event.description),
    persons: { person: event.persons.map((person) => ({ '@id': person.id, '@guid': person.guid, '#text': xmlSafe(person.name) })) },
    links: { link: event.links.map((link) => ({ '@href': link.href, '#text': xmlSafe(link.title ?? link.href) })) },
  };
}
