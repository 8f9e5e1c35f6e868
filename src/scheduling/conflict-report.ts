import { Interval } from '../time/instants';
import { describePersonClash } from './author-bookings';
import { ConflictPair, sweepConflicts } from './conflict-sweep';
import { overlapOf } from './intervals';
import { PairCounter } from './pair-counter';
import { isActive, PlacedSession } from './placed-session';
import { findSoftConflicts, SoftConflictContext } from './soft-conflicts';

export type ReportKind = 'room' | 'speaker' | 'availability' | 'capacity' | 'track' | 'break' | 'author' | 'attendees';

export interface ReportedConflict {
  kind: ReportKind;
  /** Hard conflicts make the program impossible; soft ones are accepted and reported. */
  hard: boolean;
  /** error: cannot happen as planned; warning: a rule an organizer should look at; info: a small attendee clash. */
  severity: 'error' | 'warning' | 'info';
  message: string;
  sessionIds: string[];
  overlap?: Interval;
  roomId?: string;
  speakerId?: string;
  trackId?: string;
  slotId?: string;
  /** attendees: how many agendas starred both sessions */
  agendas?: number;
}

export interface ConflictReportInput {
  /** Live sessions with a time (backlog sessions cannot clash). */
  sessions: PlacedSession[];
  rooms: { id: string; name: string; capacity: number | null }[];
  speakers: SoftConflictContext['speakers'];
  tracks: { id: string; name: string }[];
  breaks: SoftConflictContext['breaks'];
  agendas: string[][];
  /** Report attendee clashes starred together by at least this many agendas (default: 2, or 1% of agendas if more). */
  minAgendas?: number;
}

const ORDER: ReportKind[] = ['room', 'speaker', 'availability', 'capacity', 'break', 'author', 'track', 'attendees'];

/**
 * Every hard and soft conflict of a program. Clashes over a shared room, speaker or track come
 * from one sweep over intervals sorted per resource; per-session rules (availability, capacity,
 * breaks) are the write path's own; attendee clashes sweep each agenda's starred sessions.
 * O(n log n + k) in sessions and conflicts found, plus O(s log s) per agenda of s stars.
 */
export function buildConflictReport(input: ConflictReportInput): {
  conflicts: ReportedConflict[];
  agendaThreshold: number;
} {
  const sessions = input.sessions.filter(isActive);
  const title = (s: PlacedSession) => `"${s.title}"`;
  const names = {
    room: new Map(input.rooms.map((r) => [r.id, r.name])),
    speaker: new Map(input.speakers.map((s) => [s.id, s.name])),
    track: new Map(input.tracks.map((t) => [t.id, t.name])),
  };
  const conflicts: ReportedConflict[] = [];
  for (const pair of sweepConflicts(sessions, ['room', 'speaker', 'track', 'author'])) {
    const resource = pair.kind === 'author' ? 'speaker' : pair.kind;
    const name = names[resource].get(pair.resourceId) ?? pair.resourceId;
    conflicts.push({
      kind: pair.kind,
      hard: pair.kind === 'room' || pair.kind === 'speaker',
      severity: pair.kind === 'room' || pair.kind === 'speaker' ? 'error' : 'warning',
      message: pairMessage(pair, name, title),
      sessionIds: [pair.first.id, pair.second.id],
      overlap: pair.overlap,
      [`${resource}Id`]: pair.resourceId,
    });
  }

  const speakers = new Map(input.speakers.map((s) => [s.id, s]));
  const rooms = new Map(input.rooms.map((r) => [r.id, r]));
  for (const session of sessions) {
    const room = session.roomId ? (rooms.get(session.roomId) ?? null) : null;
    const withWindows = session.speakerIds
      .map((id) => speakers.get(id))
      .filter((s): s is NonNullable<typeof s> => s?.availability != null);
    const breaks = input.breaks.filter((slot) => overlapOf(slot, session));
    const crowded =
      room?.capacity != null && session.expectedAttendance != null && session.expectedAttendance > room.capacity;
    if (!withWindows.length && !breaks.length && !crowded) continue; // most sessions: nothing to check, nothing to allocate
    const warnings = findSoftConflicts(session, { others: [], speakers: withWindows, room, breaks });
    for (const warning of warnings) {
      conflicts.push({
        kind: warning.kind,
        hard: false,
        severity: 'warning',
        message: `${title(session)}: ${warning.message}`,
        sessionIds: [session.id],
        ...(warning.speakerId && { speakerId: warning.speakerId }),
        ...(warning.slotId && {
          slotId: warning.slotId,
          overlap: overlapOf(
            session,
            input.breaks.find((b) => b.id === warning.slotId)!,
          )!,
        }),
        ...(warning.kind === 'capacity' && session.roomId && { roomId: session.roomId }),
      });
    }
  }

  const agendaThreshold = input.minAgendas ?? Math.max(2, Math.ceil(input.agendas.length * 0.01));
  const warnAt = Math.max(agendaThreshold, Math.ceil(input.agendas.length * 0.05));
  for (const clash of attendeeClashes(sessions, input.agendas, agendaThreshold)) {
    conflicts.push({
      kind: 'attendees',
      hard: false,
      severity: clash.count >= warnAt ? 'warning' : 'info',
      message: `${clash.count} agendas starred both ${title(clash.first)} and ${title(clash.second)}, which run at the same time`,
      sessionIds: [clash.first.id, clash.second.id],
      overlap: overlapOf(clash.first, clash.second)!,
      agendas: clash.count,
    });
  }
  const keyed = conflicts.map((conflict) => ({
    conflict,
    kind: ORDER.indexOf(conflict.kind),
    ids: conflict.sessionIds.join(),
  }));
  keyed.sort(
    (a, b) =>
      a.kind - b.kind ||
      (b.conflict.agendas ?? 0) - (a.conflict.agendas ?? 0) ||
      (a.conflict.overlap?.start ?? 0) - (b.conflict.overlap?.start ?? 0) ||
      (a.ids < b.ids ? -1 : a.ids > b.ids ? 1 : 0),
  );
  return { conflicts: keyed.map((entry) => entry.conflict), agendaThreshold };
}

function pairMessage(pair: ConflictPair, name: string, title: (s: PlacedSession) => string): string {
  const both = `${title(pair.first)} and ${title(pair.second)}`;
  if (pair.kind === 'room') return `${both} are both in ${name} at the same time`;
  if (pair.kind === 'track') return `track ${name} runs ${both} at the same time`;
  const [first, second] = pair.bookings!;
  if (pair.kind === 'speaker' && first.presentationTitle === undefined && second.presentationTitle === undefined)
    return `speaker ${name} is in ${both} at the same time`;
  const clash = { speakerId: pair.resourceId, overlap: pair.overlap, hard: pair.kind === 'speaker', first, second };
  return `${title(pair.first)}: ${describePersonClash(clash, name, pair.second.title)}`;
}

/** Pairs of starred sessions that overlap, with the number of agendas holding both (at least minCount). */
export function attendeeClashes(
  sessions: PlacedSession[],
  agendas: string[][],
  minCount = 1,
): { first: PlacedSession; second: PlacedSession; count: number }[] {
  const ordered = [...sessions].sort(chronological);
  const rank = new Map(ordered.map((s, index) => [s.id, index]));
  const ends = Float64Array.from(ordered, (s) => s.end);
  const n = ordered.length;
  const counts = new PairCounter();
  const longest = agendas.reduce((max, agenda) => Math.max(max, agenda.length), 0);
  const starred = new Int32Array(longest);
  const running = new Int32Array(longest);
  for (const agenda of agendas) {
    let m = 0;
    for (const id of agenda) {
      const index = rank.get(id);
      if (index !== undefined) starred[m++] = index;
    }
    // ranks follow start times, so sorting them sorts the agenda chronologically
    const sorted = starred.subarray(0, m).sort();
    let live = 0;
    for (let x = 0; x < m; x++) {
      const index = sorted[x];
      if (x > 0 && index === sorted[x - 1]) continue;
      const start = ordered[index].start;
      let kept = 0;
      for (let y = 0; y < live; y++) {
        const other = running[y];
        if (ends[other] <= start) continue;
        running[kept++] = other;
        counts.add(other * n + index);
      }
      running[kept] = index;
      live = kept + 1;
    }
  }
  const pairs: { first: PlacedSession; second: PlacedSession; count: number }[] = [];
  counts.forEach((key, count) => {
    if (count >= minCount) pairs.push({ first: ordered[Math.floor(key / n)], second: ordered[key % n], count });
  });
  return pairs.sort(
    (a, b) => b.count - a.count || chronological(a.first, b.first) || chronological(a.second, b.second),
  );
}

const chronological = (a: PlacedSession, b: PlacedSession) =>
  a.start - b.start || a.end - b.end || (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1);
