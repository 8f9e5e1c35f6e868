import { contains } from '../intervals';
import { Occupancy } from './planner-occupancy';
import { Problem } from './planner-problem';

const HOUR = 3_600_000;

/**
 * A (partial) schedule with everything the objective needs kept up to date on every place and
 * unplace, so a move is judged in time proportional to the session's co-starred neighbours and the
 * atoms it covers, not to the size of the program.
 */
export class ScheduleState {
  readonly option: Int32Array;
  readonly room: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly placed: Uint8Array;
  private readonly occupancy: Occupancy;
  private readonly trackRoom: Int32Array;
  private readonly trackRooms: Int32Array;
  readonly load: Float64Array;
  clash = 0;
  distinctTotal = 0;
  tracksUsed = 0;
  trackSessions = 0;
  links = 0;
  loadSq = 0;
  prefMiss = 0;

  constructor(private readonly p: Problem) {
    const n = p.sessions.length;
    const R = p.rooms.length;
    this.option = new Int32Array(n).fill(-1);
    this.room = new Int32Array(n).fill(-1);
    this.start = Float64Array.from(p.fixedStart);
    this.end = Float64Array.from(p.fixedEnd);
    this.placed = Uint8Array.from(p.isMovable, (m) => 1 - m);
    this.trackRoom = new Int32Array(p.trackCount * R);
    this.trackRooms = new Int32Array(p.trackCount);
    this.load = new Float64Array(R);
    this.clash = p.fixedClashes;
    const fixed = p.sessions.flatMap((_, i) => (p.isMovable[i] ? [] : [i]));
    this.occupancy = new Occupancy(p, fixed);
    for (const i of fixed) if (p.fixedRoom[i] >= 0) this.addTrackAndLoad(i, p.fixedRoom[i], 1);
    for (const i of fixed)
      if (p.fixedRoom[i] >= 0) this.links += this.predecessorLink(i, p.fixedRoom[i], p.fixedSlot[i], this.start[i]);
  }

  cost(): number {
    const w = this.p.weights;
    return (
      w.attendeeClash * this.clash +
      w.trackRoomSpread * (this.distinctTotal - this.tracksUsed) +
      w.trackBreak * (this.trackSessions - this.links - this.tracksUsed) +
      w.roomBalance * this.loadSq +
      w.preferenceMiss * this.prefMiss
    );
  }

  /** Whether (o, r) is free for i, counting the places of i itself and of `also` as free. */
  canPlace(i: number, o: number, r: number, also = -1): boolean {
    return this.occupancy.isFree(i, this.p.timeOptions[i][o], r, also);
  }

  /** Whether a session that stays (not one being placed) holds part of (o, r) for i. */
  fixedBlocks(i: number, o: number, r: number): boolean {
    return this.occupancy.fixedBlocks(this.p.timeOptions[i][o], r);
  }

  /** The placed sessions in the way of (i, o, r), or null when a session that stays is. */
  blockers(i: number, o: number, r: number): number[] | null {
    return this.occupancy.blockers(i, this.p.timeOptions[i][o], r);
  }

  place(i: number, o: number, r: number): void {
    const opt = this.p.timeOptions[i][o];
    this.occupancy.mark(i, opt, r, i);
    this.option[i] = o;
    this.room[i] = r;
    this.start[i] = opt.start;
    this.end[i] = opt.end;
    this.placed[i] = 1;
    this.clash += this.overlapWeight(i, opt.start, opt.end);
    this.addTrackAndLoad(i, r, 1);
    this.links += this.linksOf(i);
    if (this.missesPreference(i, opt.start, opt.end)) this.prefMiss++;
  }

  unplace(i: number): void {
    const opt = this.p.timeOptions[i][this.option[i]];
    const r = this.room[i];
    this.links -= this.linksOf(i);
    this.clash -= this.overlapWeight(i, opt.start, opt.end);
    this.addTrackAndLoad(i, r, -1);
    if (this.missesPreference(i, opt.start, opt.end)) this.prefMiss--;
    this.occupancy.mark(i, opt, r, -1);
    this.placed[i] = 0;
    this.option[i] = -1;
    this.room[i] = -1;
  }

  /** Σ w(i, j) over placed co-starred sessions j overlapping [start, end). */
  overlapWeight(i: number, start: number, end: number): number {
    const { ids, weights } = this.p.neighbours[i];
    let total = 0;
    for (let x = 0; x < ids.length; x++) {
      const j = ids[x];
      if (this.placed[j] && this.start[j] < end && start < this.end[j]) total += weights[x];
    }
    return total;
  }

  /** The change of every objective but attendee clashes if i went to (o, r); i must be unplaced. */
  placementDelta(i: number, o: number, r: number): number {
    const p = this.p;
    const w = p.weights;
    const opt = p.timeOptions[i][o];
    let delta = 0;
    const t = p.track[i];
    if (t >= 0) {
      if (this.trackRoom[t * p.rooms.length + r] === 0 && this.trackRooms[t] > 0) delta += w.trackRoomSpread;
      let gained = this.trackRooms[t] === 0 ? 1 : 0;
      gained += this.predecessorLink(i, r, opt.slot, opt.start);
      const q = p.grid.next[opt.last];
      if (q >= 0) {
        const j = this.ownerAt(r, p.grid.slotAtom[q]);
        if (j >= 0 && p.track[j] === t && this.startSlotOf(j) === q) gained++;
      }
      delta += w.trackBreak * (1 - gained);
    }
    const hours = (opt.end - opt.start) / HOUR;
    const l = this.load[r];
    delta += w.roomBalance * ((l + hours) ** 2 - l ** 2);
    if (this.missesPreference(i, opt.start, opt.end)) delta += w.preferenceMiss;
    return delta;
  }

  trackSessionsIn(t: number, r: number): number {
    return this.trackRoom[t * this.p.rooms.length + r];
  }

  ownerAt(r: number, a: number): number {
    return this.occupancy.ownerAt(r, a);
  }

  startSlotOf(j: number): number {
    return this.p.isMovable[j] ? this.p.timeOptions[j][this.option[j]].slot : this.p.fixedSlot[j];
  }

  private addTrackAndLoad(i: number, r: number, sign: 1 | -1): void {
    const p = this.p;
    const t = p.track[i];
    if (t >= 0) {
      const cell = t * p.rooms.length + r;
      this.trackSessions += sign;
      if (sign > 0 && this.trackRoom[cell]++ === 0) {
        this.distinctTotal++;
        if (this.trackRooms[t]++ === 0) this.tracksUsed++;
      } else if (sign < 0 && --this.trackRoom[cell] === 0) {
        this.distinctTotal--;
        if (--this.trackRooms[t] === 0) this.tracksUsed--;
      }
    }
    if (!p.roomChosen[r]) return;
    const hours = (this.end[i] - this.start[i]) / HOUR;
    const before = this.load[r];
    this.load[r] += sign * hours;
    this.loadSq += this.load[r] ** 2 - before ** 2;
  }

  /** Links of a placed session i: to the same-track session right before it in its room, and from the one right after. */
  private linksOf(i: number): number {
    const p = this.p;
    const t = p.track[i];
    if (t < 0) return 0;
    const opt = p.timeOptions[i][this.option[i]];
    const r = this.room[i];
    let links = this.predecessorLink(i, r, opt.slot, opt.start);
    const q = p.grid.next[opt.last];
    if (q >= 0) {
      const j = this.ownerAt(r, p.grid.slotAtom[q]);
      if (j >= 0 && j !== i && p.track[j] === t && this.startSlotOf(j) === q) links++;
    }
    return links;
  }

  /** 1 if the session in room r in the slot before `slot` shares i's track and ends by `start`. */
  private predecessorLink(i: number, r: number, slot: number, start: number): number {
    const p = this.p;
    if (slot < 0 || p.track[i] < 0) return 0;
    const before = p.grid.prev[slot];
    if (before < 0) return 0;
    const j = this.ownerAt(r, p.grid.slotAtom[before]);
    return j >= 0 && j !== i && p.track[j] === p.track[i] && this.end[j] <= start ? 1 : 0;
  }

  private missesPreference(i: number, start: number, end: number): boolean {
    const windows = this.p.preferred[i];
    return windows !== null && !windows.some((window) => contains(window, { start, end }));
  }
}
