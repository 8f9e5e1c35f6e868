import { eventInterval, Interval, parseInstant } from '../time/instants';
import { contains } from './intervals';

export interface EventDays {
  startDate: string;
  endDate: string;
  timezone: string;
}

/** Problems with a [start, end) pair: end after start, and inside the event's local days. */
export function intervalProblems(interval: Interval, event: EventDays, prefix = ''): string[] {
  if (interval.end <= interval.start) return [`${prefix}endsAt must be after ${prefix}startsAt`];
  if (!contains(eventInterval(event.startDate, event.endDate, event.timezone), interval)) {
    return [
      `${prefix}startsAt and ${prefix}endsAt must lie within the event's days ${event.startDate} to ${event.endDate} (${event.timezone})`,
    ];
  }
  return [];
}

/** Converts validated ISO strings (DTO fields) to an interval. */
export function toInterval(startsAt: string, endsAt: string): Interval {
  return { start: parseInstant(startsAt).getTime(), end: parseInstant(endsAt).getTime() };
}
