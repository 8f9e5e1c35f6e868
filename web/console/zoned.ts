import { offsetMinutes } from '../lib/zoned-time';

/**
 * Wall times in the event's zone, as the console's forms take them (date and time inputs), and
 * the instants with an explicit offset the API wants. Pure: no DOM, no signals.
 */
const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');

export function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2027-05-10` + `09:00` in Asia/Tokyo → `2027-05-10T09:00:00+09:00` (the zone's offset at that moment). */
export function instantAt(date: string, time: string, zone: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let offset = offsetMinutes(wall, zone);
  offset = offsetMinutes(wall - offset * 60_000, zone); // settle across a daylight-saving change
  return `${date}T${pad(hh)}:${pad(mm)}:00${formatOffset(offset)}`;
}

/** The wall date and time of an instant the API gave in the event's own offset. */
export function wallOf(instant: string): { date: string; time: string } {
  return { date: instant.slice(0, 10), time: instant.slice(11, 16) };
}

/** Minutes from one wall time to another on the same day (`09:00`, `10:30` → 90). */
export function minutesBetween(start: string, end: string): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return toMinutes(end) - toMinutes(start);
}

export function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${pad(Math.floor(total / 60) % 24)}:${pad(total % 60)}`;
}

/** Every day of the event, from its first to its last local date. */
export function daysOf(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${startDate}T00:00:00Z`); at <= Date.parse(`${endDate}T00:00:00Z`); at += 86_400_000)
    days.push(new Date(at).toISOString().slice(0, 10));
  return days;
}
