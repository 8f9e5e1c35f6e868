import { localDateOf } from '../../time/instants';
import { PlannerSlot } from './planner-types';

/**
 * The time grid the planner places sessions on. Sessions start at a slot's start and may run on
 * through adjacent slots of the same kind (long workshops). Time is cut into atoms at every slot
 * boundary and every fixed session's start: two intervals that both start on a boundary overlap
 * exactly when they share an atom, so occupancy is a lookup instead of an interval search.
 */
export interface Grid {
  /** Slots sessions may start in: chosen, not breaks; sorted by start. */
  slots: PlannerSlot[];
  /** Every break slot of the event (sessions never overlap one). */
  breaks: PlannerSlot[];
  /** The previous / next usable slot on the same local day, or -1. */
  prev: Int32Array;
  next: Int32Array;
  /** Atom boundaries, ascending; atom t is [atoms[t], atoms[t + 1]). */
  atoms: number[];
  /** The atom each usable slot starts. */
  slotAtom: Int32Array;
  /** Usable slots by start instant, for finding adjacent ones. */
  startingAt: Map<number, number[]>;
}

export function buildGrid(
  all: PlannerSlot[],
  chosenIds: Set<string> | null,
  fixedStarts: number[],
  timezone: string,
): Grid {
  const byTime = (a: PlannerSlot, b: PlannerSlot) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1);
  const slots = all.filter((slot) => slot.kind !== 'break' && (!chosenIds || chosenIds.has(slot.id))).sort(byTime);
  const breaks = all.filter((slot) => slot.kind === 'break').sort(byTime);
  const prev = new Int32Array(slots.length).fill(-1);
  const next = new Int32Array(slots.length).fill(-1);
  const days = slots.map((slot) => localDateOf(slot.start, timezone));
  for (let k = 1; k < slots.length; k++) {
    if (days[k] !== days[k - 1]) continue;
    prev[k] = k - 1;
    next[k - 1] = k;
  }
  const boundaries = new Set<number>();
  for (const slot of slots) boundaries.add(slot.start).add(slot.end);
  for (const start of fixedStarts) boundaries.add(start);
  const atoms = [...boundaries].sort((a, b) => a - b);
  const atomOf = new Map(atoms.map((instant, index) => [instant, index]));
  const startingAt = new Map<number, number[]>();
  slots.forEach((slot, k) => startingAt.set(slot.start, [...(startingAt.get(slot.start) ?? []), k]));
  return {
    slots,
    breaks,
    prev,
    next,
    atoms,
    slotAtom: Int32Array.from(slots, (slot) => atomOf.get(slot.start)!),
    startingAt,
  };
}

/** The atoms [a0, a1) an interval covers; empty when it lies outside the grid. */
export function atomSpan(grid: Grid, start: number, end: number): [number, number] {
  const { atoms } = grid;
  let lo = 0;
  let hi = atoms.length - 1;
  // last boundary <= start (or 0 when start lies before the grid)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (atoms[mid] <= start) lo = mid;
    else hi = mid - 1;
  }
  const a0 = atoms.length && atoms[lo] <= start ? lo : 0;
  let a1 = a0;
  while (a1 < atoms.length - 1 && atoms[a1] < end) a1++;
  return a1 > a0 && atoms[a0] < end ? [a0, a1] : [0, 0];
}

/**
 * The run of adjacent slots of one kind that holds a session starting at slot k for durationMs
 * (null: exactly the slot): the last slot and the session's end, or null if no run is long enough.
 */
export function runFrom(grid: Grid, k: number, durationMs: number | null): { last: number; end: number } | null {
  const first = grid.slots[k];
  const end = first.start + (durationMs ?? first.end - first.start);
  let current = k;
  while (grid.slots[current].end < end) {
    const following = (grid.startingAt.get(grid.slots[current].end) ?? []).find(
      (index) => grid.slots[index].kind === first.kind,
    );
    if (following === undefined) return null;
    current = following;
  }
  return { last: current, end };
}
