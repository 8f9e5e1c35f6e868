import { FeedLinks } from './types';

/** Google Calendar's "add by URL" screen, pre-filled with the feed (it wants the webcal form). */
export function googleCalendarUrl(links: FeedLinks): string {
  return `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(links.webcalUrl)}`;
}
