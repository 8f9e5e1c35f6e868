import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { hash } from 'node:crypto';
import { isAmbiguousLocalTime } from '../time/instants';
import { foldLines } from './fold-lines';

export interface FeedEntry {
  uid: string;
  sequence: number;
  /** epoch milliseconds */
  start: number;
  end: number;
  /** epoch milliseconds of the session's last change: DTSTAMP and LAST-MODIFIED */
  lastModified: number;
  summary: string;
  description: string;
  location?: string;
  categories: string[];
  url?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export interface Feed {
  name: string;
  description?: string;
  timezone: string;
  url?: string;
  refreshMinutes: number;
  entries: FeedEntry[];
}

/** Where rendered VEVENTs are kept between feeds; keyed by everything that goes into one. */
export interface FragmentStore {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
}

const PRODID = { company: 'agenda-planner', product: 'feeds', language: 'EN' };
const CRLF = '\r\n';
const CHUNK_CHARS = 64 * 1024;

/**
 * Renders a feed as iCalendar with ical-generator. Each VEVENT is rendered on its own and kept
 * in the fragment store, so after a change only changed sessions are rendered again, and the
 * many track, room, speaker and personal feeds share the work (ical-generator spends about
 * 1.5 ms per event folding lines). Times carry TZID of the event zone with its VTIMEZONE;
 * DTSTAMP and LAST-MODIFIED stay in UTC with Z.
 */
export function renderCalendar(feed: Feed, fragments?: FragmentStore): string {
  return [...calendarChunks(feed, fragments)].join('');
}

/** renderCalendar in chunks of about 64 KB, for documents too big to build as one string. */
export function* calendarChunks(feed: Feed, fragments?: FragmentStore): Generator<string> {
  const refresh = `PT${feed.refreshMinutes}M`;
  const head = ical({
    name: feed.name,
    description: feed.description,
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    url: feed.url,
    x: [
      ['X-WR-TIMEZONE', feed.timezone],
      ['X-PUBLISHED-TTL', refresh],
      ['REFRESH-INTERVAL;VALUE=DURATION', refresh],
    ],
  }).toString();
  const zoned = feed.entries.some((entry) => eventZone(entry, feed.timezone) !== 'utc');
  // RFC 5545 wants at least one component: an empty feed carries the event's VTIMEZONE (or UTC's)
  const zone = zoned ? vtimezoneOf(feed.timezone) : feed.entries.length === 0 ? emptyFeedZone(feed.timezone) : '';
  let chunk = head.slice(0, head.lastIndexOf('END:VCALENDAR')) + zone;
  for (const entry of feed.entries) {
    chunk += cachedEvent(entry, feed.timezone, fragments);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + 'END:VCALENDAR' + CRLF;
}

function cachedEvent(entry: FeedEntry, timezone: string, fragments?: FragmentStore): string {
  if (!fragments) return renderEvent(entry, timezone);
  const key = hash('sha1', JSON.stringify([timezone, entry]), 'base64');
  let text = fragments.get(key);
  if (text === undefined) {
    text = renderEvent(entry, timezone);
    fragments.set(key, text);
  }
  return text;
}

/** One folded `BEGIN:VEVENT ... END:VEVENT` block. */
export function renderEvent(entry: FeedEntry, timezone: string): string {
  const zone = eventZone(entry, timezone);
  const event = ical().createEvent({
    id: entry.uid,
    sequence: entry.sequence,
    start: DateTime.fromMillis(entry.start, { zone }),
    end: DateTime.fromMillis(entry.end, { zone }),
    timezone: zone === 'utc' ? null : zone,
    stamp: new Date(entry.lastModified),
    lastModified: new Date(entry.lastModified),
    summary: entry.summary,
    description: entry.description,
    location: entry.location,
    categories: entry.categories.map((name) => ({ name })),
    url: entry.url,
    status: entry.status as ICalEventStatus,
  });
  // The event's own text is not folded yet; the calendar would fold it, slowly.
  return foldLines(event.toString());
}

/**
 * UTC where TZID cannot name the instant: a wall-clock time that occurs twice (clocks falling
 * back), or a zone the VTIMEZONE generator has no component of that exact name for.
 */
function eventZone(entry: FeedEntry, timezone: string): string {
  return !vtimezoneOf(timezone) ||
    isAmbiguousLocalTime(entry.start, timezone) ||
    isAmbiguousLocalTime(entry.end, timezone)
    ? 'utc'
    : timezone;
}

/** A calendar needs one component; a VTIMEZONE is the one that claims nothing about the program. */
function emptyFeedZone(timezone: string): string {
  return (
    vtimezoneOf(timezone) ||
    [
      'BEGIN:VTIMEZONE',
      'TZID:UTC',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'TZNAME:UTC',
      'END:STANDARD',
      'END:VTIMEZONE',
      '',
    ].join(CRLF)
  );
}

const vtimezones = new Map<string, string>();

/**
 * The zone's VTIMEZONE as ical-generator would insert it (same generator, same line endings), or ''
 * when the generator has none under exactly that TZID (it answers aliases with another name).
 */
function vtimezoneOf(timezone: string): string {
  let text = vtimezones.get(timezone);
  if (text === undefined) {
    const component = getVtimezoneComponent(timezone);
    const lines = component ? component.replace(/\r\n/g, '\n').trim().split('\n') : [];
    text = lines.includes(`TZID:${timezone}`) ? lines.join(CRLF) + CRLF : '';
    vtimezones.set(timezone, text);
  }
  return text;
}
