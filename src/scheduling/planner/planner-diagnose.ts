import { Exclusion, Problem } from './planner-problem';
import { ScheduleState } from './planner-state';
import { hallViolator } from './hall-violator';
import { Unplaceable } from './planner-types';
import { listed, localSpan, localTime, minutes, quoted } from './planner-words';
import { busySpeakerIds } from '../author-bookings';

/**
 * Why the sessions cannot all be placed, smallest explanation first:
 * 1. a session that fits nowhere on its own (room sizes, slot lengths, availability, fixed sessions);
 * 2. a group that shares one speaker, or needs plenary slots, with fewer start times than members;
 * 3. a group with fewer free room-slots than members;
 * the first two levels and the third are proofs (Hall's condition fails). Otherwise the repair gave
 * up: the unplaced sessions are listed with the sessions in their way, and the answer says so.
 */
export function diagnose(
  p: Problem,
  state: ScheduleState,
  blocked: Map<number, number[]>,
): { unplaceable: Unplaceable[]; proven: boolean } {
  const alone = p.movable.filter((i) => !hasAnyPlace(p, state, i));
  if (alone.length)
    return { proven: true, unplaceable: alone.map((i) => ({ ...named(p, i), constraints: aloneReasons(p, i) })) };

  for (const group of resourceGroups(p)) {
    const adjacency = group.sessions.map((i) => [
      ...new Set(p.timeOptions[i].filter(group.uses).map((opt) => opt.slot)),
    ]);
    const violation = hallViolator(adjacency, p.grid.slots.length);
    if (!violation) continue;
    const members = violation.sessions.map((x) => group.sessions[x]);
    const times = violation.resources.map((k) => localTime(p.grid.slots[k].start, p.input.timezone));
    const sentence =
      `${group.label} has ${members.length} sessions (${listed(members.map((i) => quoted(p.sessions[i].title)))}) ` +
      `but only ${times.length} possible start time${times.length === 1 ? '' : 's'} for them${times.length ? `: ${listed(times, 6)}` : ''}`;
    return { proven: true, unplaceable: members.map((i) => ({ ...named(p, i), constraints: [sentence] })) };
  }

  const R = p.rooms.length;
  const adjacency = p.movable.map((i) =>
    p.timeOptions[i].flatMap((opt, o) =>
      p.allowedRooms[i].filter((r) => !state.fixedBlocks(i, o, r)).map((r) => opt.slot * R + r),
    ),
  );
  const violation = hallViolator(
    adjacency.map((cells) => [...new Set(cells)]),
    p.grid.slots.length * R,
  );
  if (violation) {
    const members = violation.sessions.map((x) => p.movable[x]);
    const cells = violation.resources.map(
      (cell) => `${p.rooms[cell % R].name} at ${localTime(p.grid.slots[Math.floor(cell / R)].start, p.input.timezone)}`,
    );
    const sentence =
      `${members.length} sessions (${listed(members.map((i) => quoted(p.sessions[i].title)))}) can only use ` +
      `${cells.length} room-slot${cells.length === 1 ? '' : 's'} between them${cells.length ? `: ${listed(cells, 6)}` : ''}`;
    return { proven: true, unplaceable: members.map((i) => ({ ...named(p, i), constraints: [sentence] })) };
  }

  return {
    proven: false,
    unplaceable: [...blocked].map(([i, blockers]) => ({
      ...named(p, i),
      constraints: [
        blockers.length
          ? `no free place was found: its possible places are held by ${listed(blockers.map((j) => quoted(p.sessions[j].title)))}; ` +
            'the repair gave up within its limits, so a valid schedule may still exist (try more slots or rooms)'
          : 'the time limit ran out before it was placed; a valid schedule may still exist (try a longer time limit)',
      ],
    })),
  };
}

const named = (p: Problem, i: number) => ({ sessionId: p.sessions[i].id, title: p.sessions[i].title });

function hasAnyPlace(p: Problem, state: ScheduleState, i: number): boolean {
  return p.timeOptions[i].some((_, o) => p.allowedRooms[i].some((r) => !state.fixedBlocks(i, o, r)));
}

/** Sessions that must each take a start time of their own: per speaker, and the plenary-only ones. */
type Group = { label: string; sessions: number[]; uses: (opt: { plenary: boolean }) => boolean };

function resourceGroups(p: Problem): Group[] {
  const bySpeaker = new Map<string, number[]>();
  for (const i of p.movable)
    for (const id of busySpeakerIds(p.sessions[i])) bySpeaker.set(id, [...(bySpeaker.get(id) ?? []), i]);
  const groups: Group[] = [...bySpeaker]
    .filter(([, sessions]) => sessions.length > 1)
    .map(([id, sessions]) => ({ label: `speaker ${p.speakers.get(id)?.name ?? id}`, sessions, uses: () => true }));
  const plenaryOnly = p.movable.filter((i) => p.timeOptions[i].every((opt) => opt.plenary));
  if (plenaryOnly.length > 1)
    groups.push({ label: 'the plenary slots (one session each)', sessions: plenaryOnly, uses: (opt) => opt.plenary });
  return groups;
}

function aloneReasons(p: Problem, i: number): string[] {
  const session = p.sessions[i];
  const zone = p.input.timezone;
  const reasons: string[] = [];
  if (p.allowedRooms[i].length === 0) {
    const chosen = p.rooms.filter((_, r) => p.roomChosen[r]);
    const largest = [...chosen].sort((a, b) => (b.capacity ?? Infinity) - (a.capacity ?? Infinity))[0];
    reasons.push(
      !largest
        ? 'there are no rooms to choose from'
        : `it needs a room for ${session.expectedAttendance} attendees; the largest chosen room, ${largest.name}, holds ${largest.capacity}`,
    );
  }
  if (p.grid.slots.length === 0) reasons.push('there are no parallel or plenary slots to choose from');
  else if (p.timeOptions[i].length === 0) reasons.push(...exclusionSentences(p, i, p.exclusions[i], zone));
  if (!reasons.length)
    reasons.push(
      'every room and slot it could use is taken by sessions that stay where they are (pinned or already scheduled)',
    );
  return reasons;
}

function exclusionSentences(p: Problem, i: number, exclusions: Exclusion[], zone: string): string[] {
  // one sentence per kind of reason (and speaker, break or blocking session), formatted once
  const reasons = new Map<string, Exclusion>();
  for (const exclusion of exclusions) reasons.set(JSON.stringify(exclusion), exclusion);
  const sentences = [...reasons.values()].map((exclusion) => {
    if (exclusion.kind === 'plenary') return `plenary slots take only ${listed([...p.plenaryTypes])} sessions`;
    if (exclusion.kind === 'length')
      return `no run of consecutive slots is ${minutes(p.durationMs[i] ?? 0)} long (longest: ${minutes(longestRun(p))})`;
    if (exclusion.kind === 'event') return "some slots lie outside the event's days";
    if (exclusion.kind === 'break')
      return `it would run into the break ${quoted(p.grid.breaks[exclusion.slot].label ?? localTime(p.grid.breaks[exclusion.slot].start, zone))}`;
    if (exclusion.kind === 'availability') {
      const speaker = p.speakers.get(exclusion.speaker)!;
      const windows = (speaker.availability ?? []).map((window) => localSpan(window, zone));
      return `speaker ${speaker.name} is available only ${windows.length ? listed(windows) : 'never'}`;
    }
    const other = p.sessions[exclusion.session];
    return `speaker ${p.speakers.get(exclusion.speaker)?.name ?? exclusion.speaker} is busy in ${quoted(other.title)} (${localSpan({ start: other.start!, end: other.end! }, zone)}), which stays`;
  });
  return [...new Set(sentences)];
}

/** The longest stretch of adjacent slots of one kind. */
function longestRun(p: Problem): number {
  let best = 0;
  p.grid.slots.forEach((slot, k) => {
    let end = slot.end;
    let current = k;
    for (;;) {
      const next = (p.grid.startingAt.get(p.grid.slots[current].end) ?? []).find(
        (x) => p.grid.slots[x].kind === slot.kind,
      );
      if (next === undefined) break;
      [current, end] = [next, p.grid.slots[next].end];
    }
    best = Math.max(best, end - slot.start);
  });
  return best;
}
