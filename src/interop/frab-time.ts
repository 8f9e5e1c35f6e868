import { DateTime } from 'luxon';

/** `0:30`, `00:30`, `01:00:00` -> minutes; undefined if it is not a duration. */
export function parseDuration(value: string): number | undefined {
  const match = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]) + (match[3] && Number(match[3]) > 0 ? 1 : 0);
}

/** Minutes as `HH:MM` (hours may exceed 24 for multi-day items). */
export function formatDuration(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The local time a conference day ends: `day_change` (`09:00:00`) when the file names it, else the
 * wall-clock time of the first day's start (`2016-12-27T10:00:00+01:00`); none for midnight.
 */
export function dayChangeOf(dayChange: string, firstDayStart: string | undefined): string | undefined {
  const named = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/.exec(dayChange.trim());
  const fromDay = /T([01]\d|2[0-3]):([0-5]\d)/.exec(firstDayStart ?? '');
  const match = named ?? fromDay;
  const time = match ? `${match[1]}:${match[2]}` : undefined;
  return time && time !== '00:00' ? time : undefined;
}

/** A date-time with an explicit offset, or undefined. */
export function parseDateTime(value: string): number | undefined {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())) return undefined;
  const parsed = DateTime.fromISO(value.trim(), { setZone: true });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

/** Legacy files without `date`: the day's date plus the local start time in the conference zone. */
export function localDateTime(date: string, time: string, zone: string): number | undefined {
  const parsed = DateTime.fromISO(`${date}T${time.length === 5 ? `${time}:00` : time}`, { zone });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

/**
 * An IANA zone for a file that names none: a fixed-offset Etc/GMT zone matching the first event's
 * offset (Etc/GMT-1 is UTC+1), which claims no daylight-saving rules it cannot know.
 */
export function zoneFromOffset(dateTime: string | undefined): string {
  const parsed = dateTime ? DateTime.fromISO(dateTime, { setZone: true }) : undefined;
  if (!parsed?.isValid || parsed.offset === 0) return 'UTC';
  const hours = parsed.offset / 60;
  if (!Number.isInteger(hours)) return 'UTC';
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}
