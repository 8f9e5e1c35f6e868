import { parseScheduleJson } from './frab-json.parser';
import { parseScheduleXml } from './frab-xml.parser';
import { isIndicoEventExport, parseIndicoEventExport } from './indico.parser';
import { ImportedSchedule, ScheduleFormatError } from './schedule-model';
import { isSessionizeAll, parseSessionizeAll } from './sessionize.parser';

/**
 * Any program file we import, recognised by its content: frab/pretalx schedule.xml, c3voc
 * schedule.json, Sessionize's "All data" JSON, Indico's event export. Text (XML or JSON) or an
 * already parsed JSON document.
 */
export function readScheduleDocument(body: unknown, timezone?: string): ImportedSchedule {
  if (typeof body !== 'string') return readJsonDocument(body, timezone);
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('<')) return parseScheduleXml(trimmed, timezone);
  if (trimmed.startsWith('{')) return readJsonDocument(JSON.parse(trimmed), timezone);
  throw new ScheduleFormatError(['the body is neither a schedule.xml nor a schedule.json']);
}

function readJsonDocument(document: unknown, timezone?: string): ImportedSchedule {
  if (isSessionizeAll(document)) return parseSessionizeAll(document, timezone);
  if (isIndicoEventExport(document)) return parseIndicoEventExport(document, timezone);
  return parseScheduleJson(document, timezone);
}
