import { DateTime, IANAZone } from 'luxon';

const MINUTE = 60_000;
const HALF_DAY = 12 * 60 * MINUTE;

/** `2026-03-10 09:00` as we export it (also with `T`, seconds, or an explicit offset such as `+01:00`). */
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
/** `10.03.2026 09:00`: what German-locale Excel writes back when it saves the file. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

export type LocalTimeReading = { instant: number; ambiguous: boolean } | { problem: string };

/**
 * Every instant whose wall-clock time in the zone is the given one (wall clock written as if it
 * were UTC): none inside a spring-forward gap, two in the hour repeated when clocks fall back.
 */
export function instantsForWallClock(wallClockAsUtc: number, zone: string): number[] {
  const tz = IANAZone.create(zone);
  const offsets = new Set([-HALF_DAY, 0, HALF_DAY].map((shift) => tz.offset(wallClockAsUtc + shift)));
  const instants = [...offsets]
    .map((offset) => wallClockAsUtc - offset * MINUTE)
    .filter((instant) => wallClockAsUtc - instant === tz.offset(instant) * MINUTE);
  return [...new Set(instants)].sort((a, b) => a - b);
}

/**
 * The wall-clock time in the zone, `YYYY-MM-DD HH:MM`. A time that occurs twice (clocks falling
 * back) gets its offset appended so that reading it back names the same instant.
 */
export function formatLocalDateTime(instant: Date | number, zone: string): string {
  const local = DateTime.fromMillis(Number(instant), { zone });
  const text = local.toFormat(local.second || local.millisecond ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm');
  const wallClockAsUtc = local.toMillis() + local.offset * MINUTE;
  return instantsForWallClock(wallClockAsUtc, zone).length > 1 ? text + local.toFormat('ZZ') : text;
}

/** Reads a spreadsheet date-time in the zone; the first occurrence of an ambiguous time, like RFC 5545. */
export function readLocalDateTime(text: string, zone: string): LocalTimeReading {
  const parts = splitDateTime(text.trim());
  if (!parts) return { problem: `"${text}" is not a date-time like 2026-03-10 09:00` };
  const wall = DateTime.fromObject(parts.fields, { zone: 'utc' });
  if (!wall.isValid) return { problem: `"${text}" is not a valid date-time` };
  if (parts.offsetMinutes !== undefined)
    return { instant: wall.toMillis() - parts.offsetMinutes * MINUTE, ambiguous: false };
  const instants = instantsForWallClock(wall.toMillis(), zone);
  if (instants.length === 0) return { problem: `${text} does not exist in ${zone} (the clocks skip that hour)` };
  return { instant: instants[0], ambiguous: instants.length > 1 };
}

interface DateTimeParts {
  fields: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  offsetMinutes?: number;
}

function splitDateTime(text: string): DateTimeParts | undefined {
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, offset] = iso;
    return {
      fields: numbers({ year, month, day, hour, minute, second }),
      offsetMinutes: offset ? offsetMinutes(offset) : undefined,
    };
  }
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const [, day, month, year, hour, minute, second] = dotted;
    return { fields: numbers({ year, month, day, hour, minute, second }) };
  }
  return undefined;
}

function numbers(parts: Record<keyof DateTimeParts['fields'], string | undefined>): DateTimeParts['fields'] {
  const n = (value: string | undefined) => Number(value ?? 0);
  return {
    year: n(parts.year),
    month: n(parts.month),
    day: n(parts.day),
    hour: n(parts.hour),
    minute: n(parts.minute),
    second: n(parts.second),
  };
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}
