import { Interval } from '../../time/instants';
import { busySpeakerIds, personBookings } from '../author-bookings';
import { contains } from '../intervals';
import { mergeTouching } from '../soft-conflicts';
import { atomSpan, buildGrid, Grid, runFrom } from './planner-grid';
import { coStarPairs } from './co-stars';
import {
  DEFAULT_PLENARY_TYPES,
  DEFAULT_WEIGHTS,
  PlannerInput,
  PlannerOptions,
  PlannerRoom,
  PlannerSession,
  PlannerSpeaker,
  PlannerWeights,
} from './planner-types';

/** One way to place a session in time: starting at usable slot `slot`, through slot `last`. */
export interface TimeOption {
  slot: number;
  last: number;
  start: number;
  end: number;
  a0: number;
  a1: number;
  plenary: boolean;
}

/** Why a start slot cannot hold a session, whatever else is placed. */
export type Exclusion =
  | { kind: 'plenary' }
  | { kind: 'length' }
  | { kind: 'event' }
  | { kind: 'break'; slot: number }
  | { kind: 'availability'; speaker: string }
  | { kind: 'busy'; speaker: string; session: number };

export interface Problem {
  input: PlannerInput;
  options: PlannerOptions;
  weights: PlannerWeights;
  grid: Grid;
  atomCount: number;
  rooms: PlannerRoom[];
  roomChosen: Uint8Array;
  /** Live sessions that take part: the ones to place and the scheduled ones that stay. */
  sessions: PlannerSession[];
  movable: number[];
  isMovable: Uint8Array;
  /** Current interval of each fixed session, its room index (-1 none) and its start slot (-1 off-grid). */
  fixedStart: Float64Array;
  fixedEnd: Float64Array;
  fixedRoom: Int32Array;
  fixedSlot: Int32Array;
  track: Int32Array;
  trackCount: number;
  /** Rows in the speaker occupancy table (speakers of sessions to place), per session. */
  speakerRows: Int32Array[];
  speakerRowCount: number;
  durationMs: (number | null)[];
  timeOptions: TimeOption[][];
  optionBySlot: Int32Array[];
  exclusions: Exclusion[][];
  allowedRooms: number[][];
  roomAllowed: Uint8Array[];
  preferred: (Interval[] | null)[];
  neighbours: { ids: Int32Array; weights: Float64Array }[];
  stars: Int32Array;
  /** Clashes among fixed sessions: part of the score, beyond the planner's reach. */
  fixedClashes: number;
  plenaryTypes: Set<string>;
  speakers: Map<string, PlannerSpeaker>;
}

export function buildProblem(input: PlannerInput, options: PlannerOptions): Problem {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const plenaryTypes = new Set(options.plenaryTypes ?? DEFAULT_PLENARY_TYPES);
  const live = input.sessions
    .filter((s) => s.status !== 'cancelled')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const moves = (s: PlannerSession) => (options.scope === 'unscheduled' ? s.start === null : !s.pinned);
  const sessions = live.filter((s) => moves(s) || (s.start !== null && s.end !== null));
  const isMovable = Uint8Array.from(sessions, (s) => (moves(s) ? 1 : 0));
  const movable = sessions.flatMap((_, i) => (isMovable[i] ? [i] : []));

  const fixedStarts = sessions.filter((_, i) => !isMovable[i]).map((s) => s.start!);
  const grid = buildGrid(input.slots, options.slotIds ? new Set(options.slotIds) : null, fixedStarts, input.timezone);
  const rooms = input.rooms;
  const roomIndex = new Map(rooms.map((room, r) => [room.id, r]));
  const roomChosen = Uint8Array.from(rooms, (room) => (!options.roomIds || options.roomIds.includes(room.id) ? 1 : 0));

  const trackIds = new Map<string, number>();
  const track = Int32Array.from(sessions, (s) =>
    s.trackId ? (trackIds.get(s.trackId) ?? trackIds.set(s.trackId, trackIds.size).get(s.trackId)!) : -1,
  );

  const speakerRow = new Map<string, number>();
  for (const i of movable)
    for (const id of busySpeakerIds(sessions[i])) if (!speakerRow.has(id)) speakerRow.set(id, speakerRow.size);
  const speakerRows = sessions.map((s) =>
    Int32Array.from(
      busySpeakerIds(s).filter((id) => speakerRow.has(id)),
      (id) => speakerRow.get(id)!,
    ),
  );

  const fixedStart = Float64Array.from(sessions, (s, i) => (isMovable[i] ? 0 : s.start!));
  const fixedEnd = Float64Array.from(sessions, (s, i) => (isMovable[i] ? 0 : s.end!));
  const fixedRoom = Int32Array.from(sessions, (s, i) =>
    isMovable[i] || !s.roomId ? -1 : (roomIndex.get(s.roomId) ?? -1),
  );
  const fixedSlot = Int32Array.from(sessions, (s, i) =>
    isMovable[i] ? -1 : (grid.startingAt.get(s.start!) ?? [-1])[0],
  );

  const durationMs = sessions.map((s) =>
    s.durationMinutes ? s.durationMinutes * 60_000 : s.start !== null && s.end !== null ? s.end - s.start : null,
  );
  const rules = new TimeRules(input, grid, sessions, isMovable, plenaryTypes);
  const timeOptions: TimeOption[][] = sessions.map(() => []);
  const exclusions: Exclusion[][] = sessions.map(() => []);
  const optionBySlot = sessions.map(() => new Int32Array(0));
  const allowedRooms: number[][] = sessions.map(() => []);
  const roomAllowed = sessions.map(() => new Uint8Array(0));
  for (const i of movable) {
    optionBySlot[i] = new Int32Array(grid.slots.length).fill(-1);
    for (let k = 0; k < grid.slots.length; k++) {
      const outcome = rules.option(sessions[i], durationMs[i], k);
      if ('exclusion' in outcome) exclusions[i].push(outcome.exclusion);
      else optionBySlot[i][k] = timeOptions[i].push(outcome.option) - 1;
    }
    const expected = sessions[i].expectedAttendance;
    allowedRooms[i] = rooms.flatMap((room, r) =>
      roomChosen[r] && (room.capacity == null || expected == null || expected <= room.capacity) ? [r] : [],
    );
    roomAllowed[i] = new Uint8Array(rooms.length);
    for (const r of allowedRooms[i]) roomAllowed[i][r] = 1;
  }

  const preferenceOf = new Map((options.preferences ?? []).map((p) => [p.sessionId, p.windows]));
  const preferred = sessions.map((s, i) => (isMovable[i] ? (preferenceOf.get(s.id) ?? null) : null));
  const { neighbours, stars, fixedClashes } = coStarPairs(input.agendas, sessions, isMovable, fixedStart, fixedEnd);
  return {
    input,
    options,
    weights,
    grid,
    atomCount: Math.max(0, grid.atoms.length - 1),
    rooms,
    roomChosen,
    sessions,
    movable,
    isMovable,
    fixedStart,
    fixedEnd,
    fixedRoom,
    fixedSlot,
    track,
    trackCount: trackIds.size,
    speakerRows,
    speakerRowCount: speakerRow.size,
    durationMs,
    timeOptions,
    optionBySlot,
    exclusions,
    allowedRooms,
    roomAllowed,
    preferred,
    neighbours,
    stars,
    fixedClashes,
    plenaryTypes,
    speakers: new Map(input.speakers.map((speaker) => [speaker.id, speaker])),
  };
}

/** The rules that decide, for one session alone, which start slots are possible. */
class TimeRules {
  private readonly windows = new Map<string, Interval[] | null>();
  private readonly busy = new Map<string, { start: number; end: number; session: number }[]>();

  constructor(
    private readonly input: PlannerInput,
    private readonly grid: Grid,
    sessions: PlannerSession[],
    isMovable: Uint8Array,
    private readonly plenaryTypes: Set<string>,
  ) {
    for (const speaker of input.speakers)
      this.windows.set(speaker.id, speaker.availability && mergeTouching(speaker.availability));
    sessions.forEach((s, i) => {
      if (isMovable[i]) return;
      for (const booking of personBookings({ ...s, start: s.start!, end: s.end! }))
        if (booking.busy)
          this.busy.set(booking.speakerId, [
            ...(this.busy.get(booking.speakerId) ?? []),
            { start: booking.start, end: booking.end, session: i },
          ]);
    });
  }

  option(
    session: PlannerSession,
    durationMs: number | null,
    k: number,
  ): { option: TimeOption } | { exclusion: Exclusion } {
    const slot = this.grid.slots[k];
    const plenary = slot.kind === 'plenary';
    if (plenary && !this.plenaryTypes.has(session.type)) return { exclusion: { kind: 'plenary' } };
    const run = runFrom(this.grid, k, durationMs);
    if (!run) return { exclusion: { kind: 'length' } };
    const interval = { start: slot.start, end: run.end };
    if (!contains(this.input.event, interval)) return { exclusion: { kind: 'event' } };
    const clash = this.grid.breaks.findIndex((b) => b.start < interval.end && interval.start < b.end);
    if (clash >= 0) return { exclusion: { kind: 'break', slot: clash } };
    for (const id of busySpeakerIds(session)) {
      const windows = session.speakerIds.includes(id) ? this.windows.get(id) : null;
      if (windows && !windows.some((window) => contains(window, interval)))
        return { exclusion: { kind: 'availability', speaker: id } };
      const other = (this.busy.get(id) ?? []).find((b) => b.start < interval.end && interval.start < b.end);
      if (other) return { exclusion: { kind: 'busy', speaker: id, session: other.session } };
    }
    const [a0, a1] = atomSpan(this.grid, interval.start, interval.end);
    return { option: { slot: k, last: run.last, start: interval.start, end: interval.end, a0, a1, plenary } };
  }
}
