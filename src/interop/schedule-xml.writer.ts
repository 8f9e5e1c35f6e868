import { XmlWriter } from '../common/xml/xml-writer';
import { acronymOf, ExportEvent, exportDays, ExportProgram } from './export-program';
import { formatDuration } from './frab-time';

const GENERATOR = { name: 'agenda-planner', version: '0.1.0' };

/**
 * schedule.xml in the c3voc format (validates against schedule.xml.xsd), written element by
 * element and handed out in chunks room by room, so a 10,000-session program never exists as
 * one object tree or one string.
 */
export function* scheduleXmlChunks(program: ExportProgram): Generator<string> {
  const days = exportDays(program);
  const ready: string[] = [];
  const xml = new XmlWriter((chunk) => ready.push(chunk));
  xml
    .open('schedule')
    .leaf('generator', undefined, GENERATOR)
    .leaf('url', program.scheduleUrl)
    .leaf('version', program.version)
    .open('conference')
    // the XSD allows dashes (FOSDEM's `fosdem-2025`), schema.json does not
    .leaf('acronym', program.slug.length >= 4 ? program.slug : acronymOf(program.slug))
    .leaf('title', program.title)
    .leaf('start', program.startDate)
    .leaf('end', program.endDate)
    .leaf('days', days.length)
    .leaf('timeslot_duration', formatDuration(program.timeslotMinutes ?? 5))
    .leaf('base_url', program.baseUrl)
    .leaf('time_zone_name', program.timezone);
  for (const track of program.tracks) xml.leaf('track', undefined, { name: track.name, color: track.color });
  xml.close();
  for (const day of days) {
    xml.open('day', { index: day.index, date: day.date, start: day.start, end: day.end });
    for (const room of day.rooms) {
      xml.open('room', { name: room.name, guid: room.guid });
      for (const event of room.events) writeEvent(xml, event);
      xml.close();
      yield* ready.splice(0);
    }
    xml.close();
  }
  xml.end();
  yield* ready;
}

function writeEvent(xml: XmlWriter, event: ExportEvent): void {
  const { session } = event;
  xml
    .open('event', { id: session.numericId, guid: session.guid })
    .leaf('date', event.date)
    .leaf('start', event.startTime)
    .leaf('duration', event.duration)
    .leaf('room', session.room)
    .leaf('slug', event.slugs.xml)
    .leaf('url', session.url)
    .leaf('title', session.title)
    .leaf('subtitle', session.subtitle)
    .leaf('track', session.track)
    .leaf('type', session.type)
    .leaf('language', session.language)
    .leaf('abstract', session.abstract)
    .leaf('description', session.description);
  if (session.feedbackUrl) xml.leaf('feedback_url', session.feedbackUrl);
  // the XSD takes only absolute logos; frab's paths relative to its base URL stay ours alone
  if (session.logo && /^https?:\/\//.test(session.logo)) xml.leaf('logo', session.logo);
  if (session.doNotRecord !== undefined)
    xml.open('recording').leaf('license', '').leaf('optout', String(session.doNotRecord)).close();
  xml.open('persons');
  for (const person of session.persons) xml.leaf('person', person.name, { id: person.id, guid: person.guid });
  xml.close().open('links');
  for (const link of session.links) xml.leaf('link', link.title ?? link.href, { href: link.href });
  xml.close().open('attachments');
  for (const file of session.attachments)
    xml.leaf('attachment', file.title ?? file.href, { href: file.href, type: file.type });
  xml.close().close();
}
