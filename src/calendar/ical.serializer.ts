import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus, ICalTimezone } from 'ical-generator';
import { DateTime } from 'luxon';
import { isAmbiguousLocalTime } from '../time/instants';

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

const PRODID = { company: 'agenda-planner', product: 'feeds', language: 'EN' };

/**
 * Renders a feed as iCalendar. Times carry TZID of the event zone with a generated VTIMEZONE;
 * the calendar itself has no zone so that DTSTAMP and LAST-MODIFIED stay in UTC with Z
 * (ical-generator writes them floating when the calendar zone is set).
 */
export function renderCalendar(feed: Feed): string {
  const refresh = `PT${feed.refreshMinutes}M`;
  const calendar = ical({
    name: feed.name,
    description: feed.description,
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    url: feed.url,
    timezone: { name: null, generator: getVtimezoneComponent } as unknown as ICalTimezone,
    x: [
      ['X-WR-TIMEZONE', feed.timezone],
      ['X-PUBLISHED-TTL', refresh],
      ['REFRESH-INTERVAL;VALUE=DURATION', refresh],
    ],
  });
  for (const entry of feed.entries) {
    // A wall-clock time that occurs twice (clocks falling back) cannot be named with TZID: use UTC.
    const zone = isAmbiguousLocalTime(entry.start, feed.timezone) || isAmbiguousLocalTime(entry.end, feed.timezone)
      ? 'utc'
      : feed.timezone;
    calendar.createEvent({
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
  }
  return calendar.toString();
}
