import { eventInterval } from '../../../src/time/instants';
import {
  PlannerInput,
  PlannerRoom,
  PlannerSession,
  PlannerSlot,
  PlannerSpeaker,
  ProposedPlacement,
} from '../../../src/scheduling/planner/planner-types';

/** Epoch ms of a Berlin wall-clock time in March 2026 (UTC+1): `at('09:00')` is 10 March 09:00. */
export const at = (hhmm: string, day = 10): number => Date.parse(`2026-03-${day}T${hhmm}:00+01:00`);

export const slot = (
  id: string,
  from: string,
  to: string,
  kind: PlannerSlot['kind'] = 'parallel',
  day = 10,
): PlannerSlot => ({ id, start: at(from, day), end: at(to, day), kind, label: null });

/** `count` back-to-back hourly parallel slots from 09:00, ids s0, s1, ... */
export const hourlySlots = (count: number, day = 10): PlannerSlot[] =>
  Array.from({ length: count }, (_, k) =>
    slot(`s${k}`, `${String(9 + k).padStart(2, '0')}:00`, `${String(10 + k).padStart(2, '0')}:00`, 'parallel', day),
  );

export const room = (id: string, capacity: number | null = null): PlannerRoom => ({ id, name: id, capacity });
export const speaker = (id: string, availability: { start: number; end: number }[] | null = null): PlannerSpeaker => ({
  id,
  name: id,
  availability,
});

/** A confirmed 60-minute backlog talk named after its id. */
export const session = (id: string, overrides: Partial<PlannerSession> = {}): PlannerSession => ({
  id,
  title: id,
  type: 'talk',
  status: 'confirmed',
  trackId: null,
  roomId: null,
  start: null,
  end: null,
  durationMinutes: 60,
  expectedAttendance: null,
  pinned: false,
  speakerIds: [],
  ...overrides,
});

/** An event on 10-11 March 2026 in Berlin. */
export const plannerInput = (parts: Partial<PlannerInput>): PlannerInput => ({
  event: eventInterval('2026-03-10', '2026-03-11', 'Europe/Berlin'),
  timezone: 'Europe/Berlin',
  slots: [],
  rooms: [],
  speakers: [],
  sessions: [],
  agendas: [],
  ...parts,
});

/** Pairs of starred sessions that overlap, summed over agendas: an independent count of attendee clashes. */
export function countClashes(
  input: PlannerInput,
  placements: Pick<ProposedPlacement, 'sessionId' | 'start' | 'end'>[],
): number {
  const times = new Map(
    input.sessions.filter((s) => s.start !== null).map((s) => [s.id, { start: s.start!, end: s.end! }]),
  );
  for (const p of placements) times.set(p.sessionId, p);
  let clashes = 0;
  for (const agenda of input.agendas) {
    for (let x = 0; x < agenda.length; x++) {
      for (let y = x + 1; y < agenda.length; y++) {
        const a = times.get(agenda[x]);
        const b = times.get(agenda[y]);
        if (a && b && a.start < b.end && b.start < a.end) clashes++;
      }
    }
  }
  return clashes;
}

/** `count` copies of an agenda. */
export const agendas = (count: number, ...sessionIds: string[]): string[][] =>
  Array.from({ length: count }, () => sessionIds);
