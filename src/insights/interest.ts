import { DateTime } from 'luxon';
import { localDates, localDayInterval } from '../time/instants';

/** One non-deleted session with its interest: how many agendas star it. */
export interface SessionInterest {
  id: string;
  title: string;
  status: string;
  trackId: string | null;
  roomId: string | null;
  slotId: string | null;
  /** epoch ms, null for the backlog */
  start: number | null;
  end: number | null;
  expectedAttendance: number | null;
  version: number;
  stars: number;
}

export interface SlotSpan {
  id: string;
  start: number;
  end: number;
}

export interface GroupInterest {
  key: string;
  /** non-cancelled sessions in the group */
  sessions: number;
  /** sum of their stars */
  stars: number;
  /** the most starred of them, and its stars */
  peakSessionId: string | null;
  peakStars: number;
}

/** Cancelled sessions keep their stars in the session list but count in no aggregate: they will not happen. */
export const countsInAggregates = (session: Pick<SessionInterest, 'status'>) => session.status !== 'cancelled';

/**
 * Sums per group of the per-session counts (which the database aggregated from every star). This
 * is a pass over the program's sessions, not over stars: about a thousand rows at FOSDEM scale.
 */
export function groupInterest(
  sessions: SessionInterest[],
  keyOf: (session: SessionInterest) => string | null,
): Map<string, GroupInterest> {
  const groups = new Map<string, GroupInterest>();
  for (const session of sessions) {
    if (!countsInAggregates(session)) continue;
    const key = keyOf(session);
    if (key === null) continue;
    const group = groups.get(key) ?? { key, sessions: 0, stars: 0, peakSessionId: null, peakStars: 0 };
    group.sessions += 1;
    group.stars += session.stars;
    if (group.peakSessionId === null || session.stars > group.peakStars) {
      group.peakSessionId = session.id;
      group.peakStars = session.stars;
    }
    groups.set(key, group);
  }
  return groups;
}

export interface LocalDay {
  date: string;
  /** epoch ms of local midnight, and of the next one (23 or 25 hours later on DST days) */
  start: number;
  end: number;
}

/** The event's days as instants, computed once, so sessions are bucketed by comparing numbers. */
export function eventDays(zone: string, startDate: string, endDate: string): LocalDay[] {
  return localDates(startDate, endDate).map((date) => ({ date, ...localDayInterval(date, zone) }));
}

/** The event day a scheduled session starts on (null for the backlog). */
export const dayOf =
  (days: LocalDay[]) =>
  (session: SessionInterest): string | null => {
    if (session.start === null) return null;
    const start = session.start;
    return days.find((day) => day.start <= start && start < day.end)?.date ?? null;
  };

/** The slot a session was placed into, or else the slot its start falls in (slots sorted by start). */
export function slotOf(slots: SlotSpan[]) {
  return (session: SessionInterest): string | null => {
    if (session.slotId && slots.some((slot) => slot.id === session.slotId)) return session.slotId;
    if (session.start === null) return null;
    const start = session.start;
    return slots.find((slot) => slot.start <= start && start < slot.end)?.id ?? null;
  };
}

export interface DayWindow {
  date: string;
  /** epoch ms: the heat map's time axis for that day, whole hours around its sessions */
  start: number;
  end: number;
}

/**
 * One window per event day: from the full hour before the day's first session to the full hour
 * after its last, so the heat map's axis fits the program (09:00-18:00 on a day without sessions).
 */
export function dayWindows(sessions: SessionInterest[], zone: string, days: LocalDay[]): DayWindow[] {
  const toDay = dayOf(days);
  const spans = new Map<string, { first: number; last: number }>();
  for (const session of sessions) {
    const date = toDay(session);
    if (date === null || session.end === null) continue;
    const span = spans.get(date);
    if (!span) spans.set(date, { first: session.start!, last: session.end });
    else {
      span.first = Math.min(span.first, session.start!);
      span.last = Math.max(span.last, session.end);
    }
  }
  return days.map(({ date }) => {
    const span = spans.get(date);
    const midnight = DateTime.fromISO(date, { zone }).startOf('day');
    if (!span) return { date, start: midnight.set({ hour: 9 }).toMillis(), end: midnight.set({ hour: 18 }).toMillis() };
    const first = DateTime.fromMillis(span.first, { zone }).startOf('hour');
    const lastEnd = DateTime.fromMillis(span.last, { zone });
    const last = lastEnd.startOf('hour').equals(lastEnd) ? lastEnd : lastEnd.startOf('hour').plus({ hours: 1 });
    return { date, start: first.toMillis(), end: last.toMillis() };
  });
}
