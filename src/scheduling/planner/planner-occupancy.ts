import { atomSpan } from './planner-grid';
import { Problem, TimeOption } from './planner-problem';

/**
 * Who holds each room, speaker and plenary slot in each atom of time: the hard constraints.
 * Cells hold the owner's index + 1 (0 = free); sessions that stay are kept apart from placed ones.
 */
export class Occupancy {
  private readonly roomOwner: Int32Array;
  private readonly fixedRoomOwner: Int32Array;
  private readonly speakerOwner: Int32Array;
  private readonly plenaryOwner: Int32Array;
  private readonly plenaryFixed: Uint8Array;
  private readonly A: number;

  constructor(
    private readonly p: Problem,
    fixed: number[],
  ) {
    const A = (this.A = p.atomCount);
    this.roomOwner = new Int32Array(p.rooms.length * A);
    this.fixedRoomOwner = new Int32Array(p.rooms.length * A);
    this.speakerOwner = new Int32Array(p.speakerRowCount * A);
    this.plenaryOwner = new Int32Array(A);
    this.plenaryFixed = new Uint8Array(A);
    const plenaryAtom = new Uint8Array(A);
    p.grid.slots.forEach((slot, k) => {
      if (slot.kind !== 'plenary') return;
      for (let a = p.grid.slotAtom[k]; a < A && p.grid.atoms[a] < slot.end; a++) plenaryAtom[a] = 1;
    });
    for (const i of fixed) {
      const [a0, a1] = atomSpan(p.grid, p.fixedStart[i], p.fixedEnd[i]);
      const r = p.fixedRoom[i];
      for (let a = a0; a < a1; a++) {
        if (r >= 0) this.fixedRoomOwner[r * A + a] = i + 1;
        if (plenaryAtom[a]) this.plenaryFixed[a] = 1;
      }
    }
  }

  /** Whether (opt, r) is free for i, counting the places of i itself and of `also` as free. */
  isFree(i: number, opt: TimeOption, r: number, also = -1): boolean {
    const A = this.A;
    const free = (owner: number) => owner === 0 || owner === i + 1 || owner === also + 1;
    for (let a = opt.a0; a < opt.a1; a++)
      if (!free(this.roomOwner[r * A + a]) || this.fixedRoomOwner[r * A + a]) return false;
    for (const row of this.p.speakerRows[i])
      for (let a = opt.a0; a < opt.a1; a++) if (!free(this.speakerOwner[row * A + a])) return false;
    if (opt.plenary)
      for (let a = opt.a0; a < opt.a1; a++) if (!free(this.plenaryOwner[a]) || this.plenaryFixed[a]) return false;
    return true;
  }

  /** Whether a session that stays holds part of (opt, r). */
  fixedBlocks(opt: TimeOption, r: number): boolean {
    for (let a = opt.a0; a < opt.a1; a++)
      if (this.fixedRoomOwner[r * this.A + a] || (opt.plenary && this.plenaryFixed[a])) return true;
    return false;
  }

  /** The placed sessions in the way of i at (opt, r), or null when a session that stays is. */
  blockers(i: number, opt: TimeOption, r: number): number[] | null {
    const A = this.A;
    const found: number[] = [];
    const note = (owner: number) => {
      if (owner && owner !== i + 1 && !found.includes(owner - 1)) found.push(owner - 1);
    };
    for (let a = opt.a0; a < opt.a1; a++) {
      if (this.fixedRoomOwner[r * A + a] || (opt.plenary && this.plenaryFixed[a])) return null;
      note(this.roomOwner[r * A + a]);
      if (opt.plenary) note(this.plenaryOwner[a]);
      for (const row of this.p.speakerRows[i]) note(this.speakerOwner[row * A + a]);
    }
    return found;
  }

  /** Marks i's cells (owner = i) or clears them (owner = -1). */
  mark(i: number, opt: TimeOption, r: number, owner: number): void {
    const A = this.A;
    const value = owner + 1;
    for (let a = opt.a0; a < opt.a1; a++) {
      this.roomOwner[r * A + a] = value;
      if (opt.plenary) this.plenaryOwner[a] = value;
    }
    for (const row of this.p.speakerRows[i])
      for (let a = opt.a0; a < opt.a1; a++) this.speakerOwner[row * A + a] = value;
  }

  /** The session in room r during atom a, placed or staying, or -1. */
  ownerAt(r: number, a: number): number {
    const index = r * this.A + a;
    return (this.roomOwner[index] || this.fixedRoomOwner[index]) - 1;
  }
}
