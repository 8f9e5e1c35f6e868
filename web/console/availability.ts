import type { Window } from './types';
import { instantAt, wallOf } from './zoned';

/**
 * Speaker availability as a day × hour grid: a cell `2027-05-10|09` is the hour from 09:00 in the
 * event's zone. Consecutive chosen hours become one window. Pure, unit-tested.
 */
export const GRID_HOURS = Array.from({ length: 12 }, (_, index) => index + 8); // 08:00 to 20:00

const hh = (hour: number) => String(hour).padStart(2, '0');
export const cellKey = (date: string, hour: number) => `${date}|${hh(hour)}`;

export function windowsFromCells(cells: ReadonlySet<string>, days: string[], zone: string): Window[] {
  const windows: Window[] = [];
  for (const date of days) {
    let runStart: number | undefined;
    for (const hour of [...GRID_HOURS, GRID_HOURS[GRID_HOURS.length - 1] + 1]) {
      const on = cells.has(cellKey(date, hour));
      if (on && runStart === undefined) runStart = hour;
      if (!on && runStart !== undefined) {
        windows.push({
          startsAt: instantAt(date, `${hh(runStart)}:00`, zone),
          endsAt: instantAt(date, `${hh(hour)}:00`, zone),
        });
        runStart = undefined;
      }
    }
  }
  return windows;
}

/** The hours a window list covers wholly, read in the event's own offset (as the API answers). */
export function cellsFromWindows(windows: Window[]): Set<string> {
  const cells = new Set<string>();
  for (const window of windows) {
    const start = wallOf(window.startsAt);
    const end = wallOf(window.endsAt);
    const from = Number(start.time.slice(0, 2)) + (start.time.endsWith(':00') ? 0 : 1);
    const to = end.date > start.date ? 24 : Number(end.time.slice(0, 2));
    for (let hour = from; hour < to; hour++) cells.add(cellKey(start.date, hour));
  }
  return cells;
}
