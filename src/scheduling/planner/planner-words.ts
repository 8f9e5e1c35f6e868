import { DateTime } from 'luxon';
import { Interval } from '../../time/instants';

/** "Sat 6 Feb 09:00" in the event's zone. */
export function localTime(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat('ccc d LLL HH:mm');
}

/** "Sat 6 Feb 09:00-12:00" (the end's date only when it differs). */
export function localSpan(interval: Interval, zone: string): string {
  const start = DateTime.fromMillis(interval.start, { zone });
  const end = DateTime.fromMillis(interval.end, { zone });
  return `${start.toFormat('ccc d LLL HH:mm')}-${end.toFormat(start.hasSame(end, 'day') ? 'HH:mm' : 'ccc d LLL HH:mm')}`;
}

export const quoted = (title: string) => `"${title}"`;

/** "a, b, c and 4 more" */
export function listed(items: string[], max = 4): string {
  if (items.length <= max)
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items.join('');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
