import { Interval } from '../time/instants';

/** The shared part of two half-open intervals, or null: [9,10) and [10,11) do not overlap. */
export function overlapOf(a: Interval, b: Interval): Interval | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : null;
}

export function contains(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
