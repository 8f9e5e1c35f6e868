import { Problem } from './planner-problem';
import { ScheduleState } from './planner-state';
import { randomInt } from './seeded-random';

/**
 * Simulated annealing over complete valid schedules. A move picks a session and a new start slot
 * and/or room from its own possible places; if one placed session is in the way, the two swap when
 * both fit. Hard constraints are checked before a move is made, so every visited schedule is valid.
 * The temperature follows the iteration count only, so a seed gives the same result as long as
 * the time limit does not cut the run short; the best schedule seen is kept.
 */
/** The construction is already good: start cool enough not to wreck it. */
const TEMPERATURE_SCALE = 0.05;

export class AnnealingSearch {
  iteration = 0;
  private readonly t0: number;
  private readonly cooling: number;
  private temperature: number;
  bestCost: number;
  private readonly bestOption: Int32Array;
  private readonly bestRoom: Int32Array;

  constructor(
    private readonly p: Problem,
    private readonly state: ScheduleState,
    private readonly random: () => number,
    readonly budget: number,
  ) {
    this.t0 = this.calibrate();
    this.temperature = this.t0;
    this.cooling = budget > 0 ? Math.pow(1e-3, 1 / budget) : 1;
    this.bestCost = state.cost();
    this.bestOption = Int32Array.from(state.option);
    this.bestRoom = Int32Array.from(state.room);
  }

  get done(): boolean {
    return this.iteration >= this.budget || this.p.movable.length === 0;
  }

  /** Runs up to `count` moves; true when the iteration budget is spent. */
  step(count: number): boolean {
    for (let k = 0; k < count && !this.done; k++) {
      this.iteration++;
      this.temperature *= this.cooling;
      const before = this.state.cost();
      const undo = this.tryMove();
      if (!undo) continue;
      const delta = this.state.cost() - before;
      if (delta <= 0 || this.random() < Math.exp(-delta / this.temperature)) {
        if (this.state.cost() < this.bestCost - 1e-9) this.remember();
      } else {
        undo();
      }
    }
    return this.done;
  }

  /** Puts the best schedule seen back in place. */
  restoreBest(): void {
    const { state, p } = this;
    for (const i of p.movable) if (state.placed[i]) state.unplace(i);
    for (const i of p.movable) state.place(i, this.bestOption[i], this.bestRoom[i]);
  }

  private remember(): void {
    this.bestCost = this.state.cost();
    this.bestOption.set(this.state.option);
    this.bestRoom.set(this.state.room);
  }

  /** Makes a random valid move and returns how to undo it, or null if the move was not possible. */
  private tryMove(): (() => void) | null {
    const { p, state, random } = this;
    const i = p.movable[randomInt(random, p.movable.length)];
    const options = p.timeOptions[i];
    const rooms = p.allowedRooms[i];
    const [o0, r0] = [state.option[i], state.room[i]];
    const kind = random();
    if (kind >= 0.8) return this.trySwap(i, p.movable[randomInt(random, p.movable.length)]);
    const o = kind < 0.2 ? o0 : options.length > 1 ? randomInt(random, options.length) : o0;
    const r = kind >= 0.2 && kind < 0.65 && p.roomAllowed[i][r0] ? r0 : rooms[randomInt(random, rooms.length)];
    if (o === o0 && r === r0) return null;
    if (state.canPlace(i, o, r)) {
      state.unplace(i);
      state.place(i, o, r);
      return () => {
        state.unplace(i);
        state.place(i, o0, r0);
      };
    }
    const blockers = state.blockers(i, o, r);
    return blockers?.length === 1 ? this.trySwap(i, blockers[0]) : null;
  }

  /** i takes j's start slot and room and j takes i's, when both fit there. */
  private trySwap(i: number, j: number): (() => void) | null {
    const { p, state } = this;
    if (i === j) return null;
    const [oi, ri, oj, rj] = [state.option[i], state.room[i], state.option[j], state.room[j]];
    const iThere = p.optionBySlot[i][p.timeOptions[j][oj].slot];
    const jHere = p.optionBySlot[j][p.timeOptions[i][oi].slot];
    if (iThere < 0 || jHere < 0 || !p.roomAllowed[i][rj] || !p.roomAllowed[j][ri] || (iThere === oi && ri === rj))
      return null;
    if (!state.canPlace(i, iThere, rj, j)) return null;
    state.unplace(i);
    state.unplace(j);
    state.place(i, iThere, rj);
    if (state.canPlace(j, jHere, ri)) {
      state.place(j, jHere, ri);
      return () => {
        state.unplace(j);
        state.unplace(i);
        state.place(i, oi, ri);
        state.place(j, oj, rj);
      };
    }
    state.unplace(i);
    state.place(i, oi, ri);
    state.place(j, oj, rj);
    return null;
  }

  /** A start temperature at which a typical worsening move is accepted about a third of the time. */
  private calibrate(): number {
    const { state } = this;
    let sum = 0;
    let count = 0;
    for (let k = 0; k < 200 && this.p.movable.length; k++) {
      const before = state.cost();
      const undo = this.tryMove();
      if (!undo) continue;
      const delta = state.cost() - before;
      undo();
      if (delta > 0) [sum, count] = [sum + delta, count + 1];
    }
    return (count ? sum / count : 1) * TEMPERATURE_SCALE;
  }
}
