import { TimedSession, TimedSlot } from './program-index';
import { Room } from './types';
import { floorToLocalStep } from './zoned-time';

export interface GridColumn {
  id: string;
  name: string;
}

/** Rows and columns are 0-based; a row is one step (5 minutes) of the day. */
export interface GridPlacement {
  session: TimedSession;
  row: number;
  rowSpan: number;
  column: number;
  columnSpan: number;
  /** side by side inside one column when sessions of a room overlap (imported programs have such clashes) */
  lane: number;
  lanes: number;
}

export interface GridBand {
  slot: TimedSlot;
  row: number;
  rowSpan: number;
}

export interface GridLayout {
  start: number;
  end: number;
  stepMinutes: number;
  rows: number;
  columns: GridColumn[];
  items: GridPlacement[];
  bands: GridBand[];
  /** time labels, every `tickMinutes` of local wall-clock time */
  ticks: { row: number; at: number }[];
}

export interface GridInput {
  sessions: TimedSession[];
  rooms: Room[];
  /** the day's slots; breaks become bands across the grid */
  slots: TimedSlot[];
  zone: string;
  stepMinutes?: number;
  tickMinutes?: number;
}

const MINUTE = 60_000;
const ELSEWHERE: GridColumn = { id: '', name: 'Elsewhere' };

/**
 * The day grid: a column per room in use that day, a row per step. A plenary session (in a plenary slot,
 * or without a room) spans every column unless another shown session runs at the same time.
 */
export function layoutGrid(input: GridInput): GridLayout {
  const step = input.stepMinutes ?? 5;
  const tick = input.tickMinutes ?? 30;
  const { sessions } = input;
  if (!sessions.length)
    return { start: 0, end: 0, stepMinutes: step, rows: 0, columns: [], items: [], bands: [], ticks: [] };

  const plenarySlots = new Set(input.slots.filter((slot) => slot.kind === 'plenary').map((slot) => slot.id));
  const spans = new Set(
    sessions.filter(
      (session) =>
        (!session.roomId || (session.slotId && plenarySlots.has(session.slotId))) &&
        !sessions.some((other) => other !== session && other.start < session.end && session.start < other.end),
    ),
  );

  // Every room that day is a column, also one only plenaries use (they span all columns, the
  // room's name included, so its header tells where the plenary happens).
  const used = new Set(sessions.map((session) => session.roomId ?? ''));
  const columns: GridColumn[] = input.rooms.filter((room) => used.has(room.id)).map(({ id, name }) => ({ id, name }));
  if (sessions.some((session) => !session.roomId && !spans.has(session)) || !columns.length) columns.push(ELSEWHERE);
  const columnOf = new Map(columns.map((column, index) => [column.id, index]));

  const first = Math.min(...sessions.map((session) => session.start));
  const last = Math.max(...sessions.map((session) => session.end));
  const start = floorToLocalStep(first, input.zone, tick);
  const end = start + Math.ceil((last - start) / (tick * MINUTE)) * tick * MINUTE;
  const rowOf = (ms: number) => (ms - start) / (step * MINUTE);
  const rowsFor = (from: number, to: number) => {
    const row = Math.floor(rowOf(Math.max(from, start)));
    return { row, rowSpan: Math.max(1, Math.ceil(rowOf(Math.min(to, end))) - row) };
  };

  const items: GridPlacement[] = sessions.map((session) => ({
    session,
    ...rowsFor(session.start, session.end),
    column: spans.has(session) ? 0 : (columnOf.get(session.roomId ?? '') ?? 0),
    columnSpan: spans.has(session) ? columns.length : 1,
    lane: 0,
    lanes: 1,
  }));
  assignLanes(items);

  const bands = input.slots
    .filter((slot) => slot.kind === 'break' && slot.start < end && start < slot.end)
    .map((slot) => ({ slot, ...rowsFor(slot.start, slot.end) }));
  const ticks = [];
  for (let at = start; at < end; at += tick * MINUTE) ticks.push({ row: rowOf(at), at });
  return { start, end, stepMinutes: step, rows: Math.round(rowOf(end)), columns, items, bands, ticks };
}

/** Within each column, overlapping items share the width: first free lane, lanes counted per cluster (spanning items overlap nothing). */
function assignLanes(items: GridPlacement[]): void {
  const byColumn = new Map<number, GridPlacement[]>();
  for (const item of items) {
    const list = byColumn.get(item.column);
    if (list) list.push(item);
    else byColumn.set(item.column, [item]);
  }
  for (const column of byColumn.values()) {
    column.sort((a, b) => a.row - b.row || b.rowSpan - a.rowSpan);
    let cluster: GridPlacement[] = [];
    let laneEnds: number[] = [];
    const close = () => {
      for (const item of cluster) item.lanes = laneEnds.length;
      cluster = [];
      laneEnds = [];
    };
    for (const item of column) {
      if (cluster.length && laneEnds.every((endRow) => endRow <= item.row)) close();
      let lane = laneEnds.findIndex((endRow) => endRow <= item.row);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = item.row + item.rowSpan;
      item.lane = lane;
      cluster.push(item);
    }
    close();
  }
}
