import { isUUID } from 'class-validator';
import { formatInstant } from '../time/instants';
import { CsvRecord } from './csv-columns';
import { formatSpeakers, parseSpeakers, SpeakerCredit } from './csv-cells';
import { formatLocalDateTime, readLocalDateTime } from './csv-local-time';

/** What the export needs to know of a session, names already looked up. */
export interface SessionCsvView {
  id: string;
  title: string;
  subtitle: string | null;
  type: string;
  status: string;
  trackName: string | null;
  roomName: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  durationMinutes: number | null;
  speakers: SpeakerCredit[];
  language: string | null;
  expectedAttendance: number | null;
  abstract: string | null;
  version: number;
}

export function toCsvRecord(session: SessionCsvView, zone: string): CsvRecord {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    id: session.id,
    title: session.title,
    subtitle: text(session.subtitle),
    type: session.type,
    status: session.status,
    track: text(session.trackName),
    room: text(session.roomName),
    timezone: zone,
    start: session.startsAt ? formatLocalDateTime(session.startsAt, zone) : '',
    end: session.endsAt ? formatLocalDateTime(session.endsAt, zone) : '',
    durationMinutes: text(session.durationMinutes),
    speakers: formatSpeakers(session.speakers),
    language: text(session.language),
    expectedAttendance: text(session.expectedAttendance),
    abstract: text(session.abstract),
    version: String(session.version),
  };
}

/**
 * A row as a session write. A column missing from the file leaves that field alone (undefined);
 * an empty cell clears it (null). Track, room and speakers stay names for the caller to resolve.
 */
export interface SessionRowInput {
  /** null: a new session */
  id: string | null;
  fields: Record<string, unknown>;
  track?: string | null;
  room?: string | null;
  speakers?: SpeakerCredit[];
  version?: number;
}

export interface SessionRowReading {
  input: SessionRowInput;
  problems: string[];
  warnings: string[];
}

/** What the row's session has now, to tell which of end and durationMinutes the spreadsheet edited. */
export interface StoredTimes {
  endsAt: Date | null;
  durationMinutes: number | null;
}

export function readSessionRow(record: CsvRecord, zone: string, stored?: StoredTimes): SessionRowReading {
  const problems: string[] = [];
  const warnings: string[] = [];
  const fields: Record<string, unknown> = {};
  const orNull = (cell: string | undefined) => (cell === undefined ? undefined : cell || null);
  if (record.title !== undefined) fields.title = record.title;
  if (record.type !== undefined) fields.type = record.type.toLowerCase();
  if (record.status) fields.status = record.status.toLowerCase();
  for (const column of ['subtitle', 'language', 'abstract'] as const) {
    if (record[column] !== undefined) fields[column] = orNull(record[column]);
  }
  if (record.expectedAttendance !== undefined) fields.expectedAttendance = wholeNumber(record.expectedAttendance);
  if (record.timezone && record.timezone.toLowerCase() !== zone.toLowerCase()) {
    problems.push(`timezone ${record.timezone} is not the event's time zone ${zone}, in which start and end are read`);
  }
  Object.assign(fields, readTimes(record, zone, stored, problems, warnings));

  const id = record.id || null;
  if (id && !isUUID(id)) problems.push(`id must be a UUID, or empty to create a session`);
  let version: number | undefined;
  if (record.version) {
    if (/^\d+$/.test(record.version)) version = Number(record.version);
    else problems.push('version must be a whole number');
  }
  const input: SessionRowInput = {
    id: id?.toLowerCase() ?? null,
    fields,
    track: orNull(record.track),
    room: orNull(record.room),
    speakers: record.speakers === undefined ? undefined : parseSpeakers(record.speakers),
    version,
  };
  return { input, problems, warnings };
}

/** Digits become a number; anything else is passed on for the validator to name. */
function wholeNumber(cell: string): number | string | null {
  if (cell === '') return null;
  return /^\d+$/.test(cell) ? Number(cell) : cell;
}

function readTimes(
  record: CsvRecord,
  zone: string,
  stored: StoredTimes | undefined,
  problems: string[],
  warnings: string[],
): Record<string, unknown> {
  const { start, end, durationMinutes: duration } = record;
  const durationField = duration === undefined ? {} : { durationMinutes: wholeNumber(duration) };
  if (start === undefined && end === undefined) return durationField;
  if (!start) {
    if (end) problems.push('end is set but start is empty; leave both empty for a backlog session');
    return { startsAt: null, ...durationField };
  }
  const startsAt = readTime('start', start, zone, problems, warnings);
  if (startsAt === undefined) return {};
  // Without an end the session keeps its length, or takes the one given, from the new start.
  if (!end) return { startsAt: formatInstant(startsAt, zone), ...(duration ? durationField : {}) };
  const endsAt = readTime('end', end, zone, problems, warnings);
  if (endsAt === undefined) return {};
  const times = { startsAt: formatInstant(startsAt, zone), endsAt: formatInstant(endsAt, zone) };
  const minutes = Math.round((endsAt - startsAt) / 60_000);
  if (!duration || minutes <= 0 || wholeNumber(duration) === minutes) return times;
  // Both disagree: the one the spreadsheet left as stored is stale, the other one is the edit.
  if (stored && wholeNumber(duration) === stored.durationMinutes) return times;
  if (stored && endsAt === stored.endsAt?.getTime())
    return { startsAt: times.startsAt, durationMinutes: wholeNumber(duration) };
  problems.push(`durationMinutes ${duration} does not match start and end (${minutes} minutes); clear one of them`);
  return times;
}

function readTime(
  column: 'start' | 'end',
  cell: string,
  zone: string,
  problems: string[],
  warnings: string[],
): number | undefined {
  const reading = readLocalDateTime(cell, zone);
  if ('problem' in reading) {
    problems.push(`${column}: ${reading.problem}`);
    return undefined;
  }
  if (reading.ambiguous) {
    warnings.push(
      `${column} ${cell} occurs twice in ${zone} (clocks fall back); read as the first, ${formatInstant(reading.instant, zone)}`,
    );
  }
  return reading.instant;
}
