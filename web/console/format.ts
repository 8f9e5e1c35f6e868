import { lang } from './i18n';

/** Dates and times through Intl, in the event's zone, in the console's language. */
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang.value}|${zone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(lang.value, { timeZone: zone, ...options })));
  return format;
}

export const clock = (instant: string, zone: string) =>
  formatter(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(Date.parse(instant));

export const timeRange = (start: string, end: string, zone: string) =>
  `${day(start, zone)} ${clock(start, zone)}–${clock(end, zone)}`;

export const day = (instant: string, zone: string) =>
  formatter(zone, { month: 'short', day: 'numeric', weekday: 'short' }).format(Date.parse(instant));

/** A local date (`2027-05-10`) as a day label, read at noon UTC so no zone shifts it. */
export const dateLabel = (date: string) =>
  formatter('UTC', { year: 'numeric', month: 'short', day: 'numeric', weekday: 'short' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );

export const dateTime = (instant: string, zone?: string) =>
  formatter(zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(Date.parse(instant));

/** A local date as a short day label ("Tue, May 11"). */
export const shortDate = (date: string) =>
  formatter('UTC', { month: 'short', day: 'numeric', weekday: 'short' }).format(Date.parse(`${date}T12:00:00Z`));
