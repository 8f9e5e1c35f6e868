import { DateTime, IANAZone } from 'luxon';

/** An ISO 8601 date-time that names its offset: `...Z` or `...+09:00`. */
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface Interval {
  /** epoch milliseconds, inclusive */
  start: number;
  /** epoch milliseconds, exclusive */
  end: number;
}

export type InstantProblem = 'missing-offset' | 'invalid';

/** Why a string is not an acceptable instant, or undefined if it is one. */
export function instantProblem(value: string): InstantProblem | undefined {
  if (!INSTANT_WITH_OFFSET.test(value)) {
    const namesAnOffset = /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value);
    return !namesAnOffset && DateTime.fromISO(value, { zone: 'utc' }).isValid ? 'missing-offset' : 'invalid';
  }
  return DateTime.fromISO(value, { setZone: true }).isValid ? undefined : 'invalid';
}

/** Parses an instant that carries an explicit offset; throws if it has none or is invalid. */
export function parseInstant(value: string): Date {
  const problem = instantProblem(value);
  if (problem) throw new Error(`"${value}" is not an instant with an explicit offset`);
  return DateTime.fromISO(value, { setZone: true }).toJSDate();
}

/** An IANA zone name spelled as the database spells it ("europe/berlin" is refused, aliases are fine). */
export function isValidTimeZone(zone: string): boolean {
  if (zone.length > 64 || !IANAZone.isValidZone(zone)) return false;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() !== zone.toLowerCase() || resolved === zone;
}

export function isValidLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

/** The instant as ISO 8601 in the given zone's offset at that moment, e.g. `2026-03-10T09:00:00+01:00`. */
export function formatInstant(instant: Date | number, zone: string): string {
  const millis = typeof instant === 'number' ? instant : instant.getTime();
  return DateTime.fromMillis(millis, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

const HOUR = 3_600_000;

/**
 * formatInstant for one zone, for exports that format thousands of instants: the zone's offset
 * is looked up once per UTC hour (the expensive part) and reused for every instant of an hour
 * whose start and end have the same offset; hours with a transition go through Luxon.
 */
export function instantFormatter(zone: string): (instant: number) => string {
  const offsetOfHour = new Map<number, number | null>();
  const offsetAt = (millis: number) => DateTime.fromMillis(millis, { zone }).offset;
  // fixed zones (UTC, UTC+1) are cheap for Luxon, and it writes Z for some of them
  const fixed = DateTime.fromMillis(0, { zone }).zone.isUniversal;
  return (instant) => {
    const hour = Math.floor(instant / HOUR);
    let offset = offsetOfHour.get(hour);
    if (offset === undefined) {
      const start = offsetAt(hour * HOUR);
      offset = !fixed && Number.isInteger(start) && start === offsetAt((hour + 1) * HOUR - 1) ? start : null;
      offsetOfHour.set(hour, offset);
    }
    return offset === null ? formatInstant(instant, zone) : withOffset(instant, offset);
  };
}

/** What Luxon's toISO({ suppressMilliseconds: true }) writes for an instant at a whole-minute offset. */
function withOffset(instant: number, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * 60_000).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return (instant % 1000 === 0 ? local.slice(0, 19) : local.slice(0, 23)) + offset;
}

/** The local date (YYYY-MM-DD) an instant falls on in the zone. */
export function localDateOf(instant: Date | number, zone: string): string {
  const millis = typeof instant === 'number' ? instant : instant.getTime();
  return DateTime.fromMillis(millis, { zone }).toISODate() as string;
}

/** [local midnight, next local midnight) of a date in a zone: 23 or 25 hours long on DST change days. */
export function localDayInterval(date: string, zone: string): Interval {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  return { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis() };
}

const eventIntervals = new Map<string, Interval>();

/** [first day's local midnight, the midnight after the last day); kept per event days (every write checks it). */
export function eventInterval(startDate: string, endDate: string, zone: string): Interval {
  const key = `${startDate} ${endDate} ${zone}`;
  let interval = eventIntervals.get(key);
  if (!interval) {
    interval = { start: localDayInterval(startDate, zone).start, end: localDayInterval(endDate, zone).end };
    if (eventIntervals.size >= 1000) eventIntervals.clear();
    eventIntervals.set(key, interval);
  }
  return { ...interval };
}

/** Every local date from first to last, inclusive. */
export function localDates(startDate: string, endDate: string): string[] {
  const dates: string[] = [];
  let day = DateTime.fromISO(startDate, { zone: 'utc' });
  const last = DateTime.fromISO(endDate, { zone: 'utc' });
  while (day <= last) {
    dates.push(day.toISODate() as string);
    day = day.plus({ days: 1 });
  }
  return dates;
}

export function minutesBetween(start: Date | number, end: Date | number): number {
  return Math.round((Number(end) - Number(start)) / 60000);
}

/**
 * True when the instant's wall-clock time occurs twice in the zone (the hour repeated when
 * clocks fall back): "01:30 America/New_York" on that day names two instants.
 */
export function isAmbiguousLocalTime(instant: number, zone: string): boolean {
  const local = DateTime.fromMillis(instant, { zone });
  const wallClockAsUtc = instant + local.offset * 60_000;
  const offsets = new Set([local.zone.offset(instant - 3 * HOUR), local.zone.offset(instant + 3 * HOUR), local.offset]);
  const instants = [...offsets]
    .map((offset) => wallClockAsUtc - offset * 60_000)
    .filter((candidate) => local.zone.offset(candidate) * 60_000 === wallClockAsUtc - candidate);
  return new Set(instants).size > 1;
}
