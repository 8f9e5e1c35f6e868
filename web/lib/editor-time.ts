import { offsetMinutes } from './zoned-time';

/** The editor's grid resolution: one row per 5 minutes. */
export const STEP_MS = 5 * 60_000;
const HOUR = 60 * 60_000;

/** The instant a local date begins in a zone (its midnight), across daylight-saving changes. */
export function dayStart(date: string, zone: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  let guess = utcMidnight - offsetMinutes(utcMidnight, zone) * 60_000;
  guess = utcMidnight - offsetMinutes(guess, zone) * 60_000;
  return guess;
}

/** Every local date from first to last, inclusive. */
export function eventDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T12:00:00Z`); t <= Date.parse(`${last}T12:00:00Z`); t += 24 * HOUR)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Snaps an instant to the nearest 5 minutes (every zone offset is a multiple of 5 minutes). */
export const snap = (ms: number) => Math.round(ms / STEP_MS) * STEP_MS;

/**
 * The part of a day the grid shows: 08:00-18:00 local, widened to whole hours around whatever
 * the day holds (slots, sessions), clipped to the day itself.
 */
export function dayWindow(day: { start: number; end: number }, items: { start: number; end: number }[]) {
  let from = day.start + 8 * HOUR;
  let to = day.start + 18 * HOUR;
  for (const item of items) {
    if (item.end <= day.start || item.start >= day.end) continue;
    from = Math.min(from, item.start);
    to = Math.max(to, item.end);
  }
  from = Math.max(day.start, day.start + Math.floor((from - day.start) / HOUR) * HOUR);
  to = Math.min(day.end, day.start + Math.ceil((to - day.start) / HOUR) * HOUR);
  return { from, to };
}

/** The grid line (1-based, after the header row) where an instant falls in a window. */
export const lineOf = (ms: number, from: number) => Math.round((ms - from) / STEP_MS) + 2;

/** The instant of a 5-minute row (the inverse of lineOf). */
export const instantOfLine = (line: number, from: number) => from + (line - 2) * STEP_MS;
