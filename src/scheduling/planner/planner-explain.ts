import { Problem } from './planner-problem';
import { ScheduleState } from './planner-state';
import { ScoreBreakdown } from './planner-types';
import { listed, localSpan, quoted } from './planner-words';

export function scoreOf(p: Problem, state: ScheduleState): ScoreBreakdown {
  const w = p.weights;
  const loads = [...state.load].filter((_, r) => p.roomChosen[r]);
  const mean = loads.reduce((sum, l) => sum + l, 0) / Math.max(1, loads.length);
  const spreadHours2 = loads.reduce((sum, l) => sum + (l - mean) ** 2, 0);
  const breakdown = {
    attendeeClashes: state.clash,
    trackRoomSpread: state.distinctTotal - state.tracksUsed,
    trackBreaks: state.trackSessions - state.links - state.tracksUsed,
    roomLoadSpreadMinutes: Math.round(Math.sqrt(spreadHours2 / Math.max(1, loads.length)) * 60 * 10) / 10,
    preferenceMisses: state.prefMiss,
  };
  const total =
    w.attendeeClash * breakdown.attendeeClashes +
    w.trackRoomSpread * breakdown.trackRoomSpread +
    w.trackBreak * breakdown.trackBreaks +
    w.roomBalance * spreadHours2 +
    w.preferenceMiss * breakdown.preferenceMisses;
  return { total: Math.round(total * 100) / 100, ...breakdown, weights: { ...w } };
}

/** Why each placed session went where it is, in a few sentences an organizer can check. */
export function explainPlacements(p: Problem, state: ScheduleState): Map<number, string[]> {
  const trackTotals = new Int32Array(p.trackCount);
  p.sessions.forEach((_, j) => {
    if (p.track[j] >= 0 && state.placed[j]) trackTotals[p.track[j]]++;
  });
  return new Map(p.movable.map((i) => [i, explainPlacement(p, state, i, trackTotals)]));
}

function explainPlacement(p: Problem, state: ScheduleState, i: number, trackTotals: Int32Array): string[] {
  const opt = p.timeOptions[i][state.option[i]];
  const r = state.room[i];
  const slot = p.grid.slots[opt.slot];
  const reasons = [`${localSpan(opt, p.input.timezone)}${slot.label ? ` (${slot.label})` : ''}`, roomReason(p, i, r)];
  const t = p.track[i];
  if (t >= 0) {
    const before = p.grid.prev[opt.slot] >= 0 ? state.ownerAt(r, p.grid.slotAtom[p.grid.prev[opt.slot]]) : -1;
    const follows =
      before >= 0 && p.track[before] === t && state.end[before] <= opt.start
        ? `, right after ${quoted(p.sessions[before].title)}`
        : '';
    reasons.push(
      `${state.trackSessionsIn(t, r)} of its track's ${trackTotals[t]} sessions are in ${p.rooms[r].name}${follows}`,
    );
  }
  reasons.push(...speakerReasons(p, i));
  reasons.push(attendeeReason(p, state, i));
  if (p.preferred[i]) {
    const inside = p.preferred[i].some((window) => window.start <= opt.start && opt.end <= window.end);
    reasons.push(
      inside
        ? 'inside its preferred times'
        : 'outside its preferred times (no valid place there, or one that cost more elsewhere)',
    );
  }
  return reasons;
}

function roomReason(p: Problem, i: number, r: number): string {
  const room = p.rooms[r];
  const expected = p.sessions[i].expectedAttendance;
  if (expected == null)
    return room.capacity == null
      ? `${room.name}`
      : `${room.name} (capacity ${room.capacity}; no expected attendance given)`;
  const tooSmall = p.rooms
    .filter((other, x) => p.roomChosen[x] && other.capacity != null && other.capacity < expected)
    .map((other) => `${other.name} ${other.capacity}`);
  const head =
    room.capacity == null
      ? `${room.name}: no capacity limit, expected ${expected}`
      : `${room.name}: capacity ${room.capacity} ≥ expected ${expected}`;
  return tooSmall.length ? `${head}; too small: ${listed(tooSmall, 3)}` : head;
}

function speakerReasons(p: Problem, i: number): string[] {
  const zone = p.input.timezone;
  const unavailable = new Set<string>();
  const busy = new Map<string, { speaker: string; session: number }>();
  for (const exclusion of p.exclusions[i]) {
    if (exclusion.kind === 'availability') unavailable.add(exclusion.speaker);
    else if (exclusion.kind === 'busy') busy.set(`${exclusion.speaker} ${exclusion.session}`, exclusion);
  }
  // formatted once per speaker and blocking session, not once per excluded slot
  return [
    ...[...unavailable].map((id) => {
      const speaker = p.speakers.get(id)!;
      return `speaker ${speaker.name} available only ${listed(
        (speaker.availability ?? []).map((w) => localSpan(w, zone)),
        3,
      )}`;
    }),
    ...[...busy.values()].map(({ speaker, session }) => {
      const other = p.sessions[session];
      return `speaker ${p.speakers.get(speaker)?.name ?? speaker} busy in ${quoted(other.title)} ${localSpan({ start: other.start!, end: other.end! }, zone)}`;
    }),
  ];
}

function attendeeReason(p: Problem, state: ScheduleState, i: number): string {
  const stars = p.stars[i];
  if (stars === 0) return 'starred by no agenda';
  const { ids, weights } = p.neighbours[i];
  const clashes: { j: number; weight: number }[] = [];
  for (let x = 0; x < ids.length; x++) {
    const j = ids[x];
    if (state.placed[j] && state.start[j] < state.end[i] && state.start[i] < state.end[j])
      clashes.push({ j, weight: weights[x] });
  }
  if (!clashes.length)
    return `starred by ${stars} agenda${stars === 1 ? '' : 's'}, none of which has another starred session at this time`;
  clashes.sort((a, b) => b.weight - a.weight || a.j - b.j);
  const named = clashes
    .slice(0, 2)
    .map(({ j, weight }) => `${quoted(p.sessions[j].title)} (starred together by ${weight})`);
  return `starred by ${stars} agendas; runs alongside ${listed(named)}${clashes.length > 2 ? ` and ${clashes.length - 2} more co-starred sessions` : ''}`;
}
