import { Problem } from './planner-problem';
import { ScheduleState } from './planner-state';

export type ConstructionMode = 'best' | 'first-fit';

/**
 * Places sessions one by one, hardest first (fewest possible places, more speakers, longer).
 * - best: each goes where the objective grows least (attendee clashes included);
 * - first-fit: the earliest slot and first room that are free: the plain greedy baseline.
 * A session that finds no free place takes the place whose occupants were ejected least often,
 * and those go back to the front of the queue (a bounded min-conflicts repair).
 */
export class Construction {
  private readonly queue: number[];
  private head = 0;
  private readonly urgent: number[] = [];
  private ejections = 0;
  private readonly ejectionLimit: number;
  private readonly ejected: Int32Array;
  /** Sessions given up on, with the sessions that held their places at the time. */
  readonly unplaced = new Map<number, number[]>();

  constructor(
    private readonly p: Problem,
    private readonly state: ScheduleState,
    private readonly random: () => number,
    private readonly mode: ConstructionMode,
  ) {
    const key = new Map(p.movable.map((i) => [i, random()]));
    const domain = (i: number) => p.timeOptions[i].length * p.allowedRooms[i].length;
    const length = (i: number) => (p.timeOptions[i][0] ? p.timeOptions[i][0].end - p.timeOptions[i][0].start : 0);
    this.queue = [...p.movable].sort(
      (a, b) =>
        domain(a) - domain(b) ||
        p.speakerRows[b].length - p.speakerRows[a].length ||
        length(b) - length(a) ||
        key.get(a)! - key.get(b)!,
    );
    this.ejectionLimit = 5 * p.movable.length + 200;
    this.ejected = new Int32Array(p.sessions.length);
  }

  get done(): boolean {
    return this.urgent.length === 0 && this.head >= this.queue.length;
  }

  /** Places up to `count` sessions; true when every session has been handled. */
  step(count: number): boolean {
    for (let k = 0; k < count && !this.done; k++) {
      const i = this.urgent.length ? this.urgent.pop()! : this.queue[this.head++];
      if (!this.placeFree(i)) this.placeByEjecting(i);
    }
    return this.done;
  }

  private placeFree(i: number): boolean {
    const { p, state } = this;
    const w = p.weights.attendeeClash;
    let best = -1;
    let bestRoom = -1;
    let bestCost = Infinity;
    let ties = 0;
    for (let o = 0; o < p.timeOptions[i].length; o++) {
      let clash = -1;
      for (const r of p.allowedRooms[i]) {
        if (!state.canPlace(i, o, r)) continue;
        if (this.mode === 'first-fit') {
          state.place(i, o, r);
          return true;
        }
        if (clash < 0) clash = w * state.overlapWeight(i, p.timeOptions[i][o].start, p.timeOptions[i][o].end);
        const cost = clash + state.placementDelta(i, o, r);
        if (cost < bestCost - 1e-9) {
          [best, bestRoom, bestCost, ties] = [o, r, cost, 1];
        } else if (cost <= bestCost + 1e-9 && this.random() * ++ties < 1) {
          [best, bestRoom] = [o, r];
        }
      }
    }
    if (best < 0) return false;
    state.place(i, best, bestRoom);
    return true;
  }

  private placeByEjecting(i: number): void {
    const { p, state } = this;
    if (this.ejections >= this.ejectionLimit) {
      this.unplaced.set(i, []);
      return;
    }
    let choice: { o: number; r: number; blockers: number[] } | null = null;
    let bestScore = Infinity;
    for (let o = 0; o < p.timeOptions[i].length; o++) {
      for (const r of p.allowedRooms[i]) {
        const blockers = state.blockers(i, o, r);
        if (!blockers) continue;
        const score = blockers.reduce((sum, j) => sum + 1 + this.ejected[j], 0) + this.random();
        if (score < bestScore) [bestScore, choice] = [score, { o, r, blockers }];
      }
    }
    if (!choice) {
      this.unplaced.set(i, []);
      return;
    }
    for (const j of choice.blockers) {
      state.unplace(j);
      this.ejected[j]++;
      this.urgent.push(j);
    }
    this.ejections++;
    state.place(i, choice.o, choice.r);
  }

  /** When the repair budget ran out, what still stands in each unplaced session's way. */
  describeBlockers(): Map<number, number[]> {
    for (const i of [...this.unplaced.keys()].slice(0, 20)) {
      const blockers = new Set<number>();
      for (let o = 0; o < this.p.timeOptions[i].length; o++) {
        for (const r of this.p.allowedRooms[i]) for (const j of this.state.blockers(i, o, r) ?? []) blockers.add(j);
      }
      this.unplaced.set(i, [...blockers]);
    }
    return this.unplaced;
  }
}
