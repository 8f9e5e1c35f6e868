/**
 * Instants shown as wall-clock times of a named zone with the platform's Intl (full ICU in
 * browsers and Node 20), so the page needs no date library.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string, options: Intl.DateTimeFormatOptions, locale = 'en-GB'): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(key, found);
  }
  return found;
}

function parts(ms: number, zone: string): Record<string, number> {
  const out: Record<string, number> = {};
  const numeric = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  } as const;
  for (const part of format(zone, numeric, 'en-US').formatToParts(ms)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out;
}

/**
 * Answers already given, by zone and instant: a program repeats a few dozen start and end times
 * across hundreds of sessions, and Intl formatting is the costliest step of building a big day.
 */
const remembered = new Map<string, string>();

function remember(key: string, compute: () => string): string {
  let value = remembered.get(key);
  if (value === undefined) {
    if (remembered.size > 20_000) remembered.clear();
    value = compute();
    remembered.set(key, value);
  }
  return value;
}

/** The local date ("2027-03-10") of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return remember(`d|${zone}|${ms}`, () => {
    const { year, month, day } = parts(ms, zone);
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

/** Minutes the zone is ahead of UTC at that instant (+60 for Berlin in winter). */
export function offsetMinutes(ms: number, zone: string): number {
  const p = parts(ms, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** "09:05" in the zone. */
export function clockTime(ms: number, zone: string, locale?: string): string {
  return remember(`t|${zone}|${locale}|${ms}`, () =>
    format(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, locale).format(ms),
  );
}

/** "09:00–10:30" in the zone. */
export function timeRange(start: number, end: number, zone: string, locale?: string): string {
  return `${clockTime(start, zone, locale)}–${clockTime(end, zone, locale)}`;
}

/** The zone's short name at that instant, e.g. "CET", "GMT+9". */
export function zoneAbbreviation(ms: number, zone: string, locale?: string): string {
  const part = format(zone, { timeZoneName: 'short' }, locale)
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/**
 * "Europe/Berlin (CET)" (or "Europe/Berlin, CET" inside brackets), but "UTC" alone where the
 * short name would only repeat the zone.
 */
export function zoneName(ms: number, zone: string, locale?: string, inBrackets = false): string {
  const abbreviation = zoneAbbreviation(ms, zone, locale);
  if (abbreviation === zone || (/^(Etc\/)?(UTC|GMT)$/.test(zone) && /^(UTC|GMT)$/.test(abbreviation))) return zone;
  return inBrackets ? `${zone}, ${abbreviation}` : `${zone} (${abbreviation})`;
}

const atNoon = (date: string) => Date.parse(`${date}T12:00:00Z`);
const SHORT_DAY = { weekday: 'short', day: 'numeric', month: 'short' } as const;
const LONG_DAY = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;

/** "Wed 10 Mar" for a local date, whatever zone the viewer is in. */
export function dayLabel(date: string, locale?: string): string {
  return format('UTC', SHORT_DAY, locale).format(atNoon(date));
}

/** "Wednesday 10 March 2027" for a local date. */
export function longDayLabel(date: string, locale?: string): string {
  return format('UTC', LONG_DAY, locale).format(atNoon(date));
}

/** How a language writes a span of days; `{day1}` `{month1}` `{day2}` `{month2}` `{year}` `{first}` `{last}`. */
export interface DayRangeWords {
  sameMonth: string;
  sameYear: string;
  apart: string;
}

/**
 * "10–12 March 2027", "2027年3月10日～12日". Written from templates because Intl's formatRange
 * gives "2027/03/10～2027/03/12" for Japanese in both Node's and Chromium's ICU.
 */
export function dayRangeLabel(first: string, last: string, words: DayRangeWords, locale?: string): string {
  const date = { day: 'numeric', month: 'long', year: 'numeric' } as const;
  if (first === last) return format('UTC', date, locale).format(atNoon(first));
  const field = (day: string, options: Intl.DateTimeFormatOptions) =>
    format('UTC', options, locale).format(atNoon(day));
  const values: Record<string, string> = {
    day1: field(first, { day: 'numeric' }).replace(/\D/g, ''),
    day2: field(last, { day: 'numeric' }).replace(/\D/g, ''),
    month1: field(first, { month: 'long' }),
    month2: field(last, { month: 'long' }),
    year: first.slice(0, 4),
    first: field(first, date),
    last: field(last, date),
  };
  const template =
    first.slice(0, 4) !== last.slice(0, 4)
      ? words.apart
      : first.slice(0, 7) === last.slice(0, 7)
        ? words.sameMonth
        : words.sameYear;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The start of the local wall-clock step (e.g. 30 minutes) containing an instant. */
export function floorToLocalStep(ms: number, zone: string, stepMinutes: number): number {
  const offset = offsetMinutes(ms, zone) * 60_000;
  const step = stepMinutes * 60_000;
  return Math.floor((ms + offset) / step) * step - offset;
}
