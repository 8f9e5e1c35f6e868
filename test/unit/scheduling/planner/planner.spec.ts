import { greedyBaseline, planSchedule } from '../../../../src/scheduling/planner/planner';
import {
  PlannerInput,
  PlannerOptions,
  PlannerResult,
  ProposedPlacement,
} from '../../../../src/scheduling/planner/planner-types';
import { verifyProposal } from '../../../../src/scheduling/planner/planner-verify';
import { seededRandom } from '../../../../src/scheduling/planner/seeded-random';
import {
  agendas,
  at,
  countClashes,
  hourlySlots,
  plannerInput,
  room,
  session,
  slot,
  speaker,
} from '../../support/planner-input.factory';

const ONLY_CLASHES = { trackRoomSpread: 0, trackBreak: 0, roomBalance: 0, preferenceMiss: 0 };
const options = (overrides: Partial<PlannerOptions> = {}): PlannerOptions => ({
  scope: 'unscheduled',
  seed: 1,
  ...overrides,
});

function feasible(result: PlannerResult): Extract<PlannerResult, { feasible: true }> {
  if (!result.feasible) throw new Error(`expected a schedule, got ${JSON.stringify(result.unplaceable)}`);
  return result;
}
const placed = (result: PlannerResult, id: string): ProposedPlacement =>
  feasible(result).placements.find((p) => p.sessionId === id)!;

/** The fewest attendee clashes of any valid schedule, by trying every one (small instances only). */
function bruteForceMinimum(input: PlannerInput, opts: PlannerOptions): number {
  const movable = input.sessions.filter((s) => s.start === null);
  const cells = input.slots
    .filter((s) => s.kind !== 'break')
    .flatMap((s) => input.rooms.map((r) => ({ slot: s, room: r })));
  let best = Infinity;
  const choose = (k: number, chosen: ProposedPlacement[]) => {
    if (k === movable.length) {
      if (verifyProposal(input, opts, chosen).length === 0) best = Math.min(best, countClashes(input, chosen));
      return;
    }
    for (const { slot: s, room: r } of cells) {
      const length = (movable[k].durationMinutes ?? 60) * 60_000;
      choose(k + 1, [
        ...chosen,
        { sessionId: movable[k].id, slotId: s.id, roomId: r.id, start: s.start, end: s.start + length, reasons: [] },
      ]);
    }
  };
  choose(0, []);
  return best;
}

describe('planSchedule', () => {
  it('finds the clash-free schedule when one exists', () => {
    const input = plannerInput({
      slots: hourlySlots(2),
      rooms: [room('r1'), room('r2')],
      sessions: ['A', 'B', 'C', 'D'].map((id) => session(id)),
      agendas: [...agendas(5, 'A', 'B'), ...agendas(5, 'C', 'D'), ...agendas(1, 'A', 'C')],
    });
    const result = feasible(planSchedule(input, options({ weights: ONLY_CLASHES })));
    expect(result.score.attendeeClashes).toBe(0);
    expect(countClashes(input, result.placements)).toBe(0);
    expect(verifyProposal(input, options(), result.placements)).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'reaches the brute-force optimum of attendee clashes on a random small instance (seed %i)',
    (seed) => {
      const random = seededRandom(seed);
      const ids = ['A', 'B', 'C', 'D', 'E'];
      const stars = Array.from({ length: 12 }, () => ids.filter(() => random() < 0.5));
      const input = plannerInput({
        slots: hourlySlots(3),
        rooms: [room('r1'), room('r2')],
        sessions: ids.map((id) => session(id)),
        agendas: stars,
      });
      const opts = options({ weights: ONLY_CLASHES, seed });
      const result = feasible(planSchedule(input, opts));
      expect(result.score.attendeeClashes).toBe(bruteForceMinimum(input, opts));
      expect(countClashes(input, result.placements)).toBe(result.score.attendeeClashes);
    },
  );

  it("keeps a track's sessions in one room, back to back", () => {
    const input = plannerInput({
      slots: hourlySlots(3),
      rooms: [room('r1'), room('r2')],
      sessions: ['T1', 'T2', 'T3'].map((id) => session(id, { trackId: 'track' })),
    });
    const result = feasible(planSchedule(input, options()));
    expect(new Set(result.placements.map((p) => p.roomId)).size).toBe(1);
    expect(result.score).toMatchObject({ trackRoomSpread: 0, trackBreaks: 0 });
  });

  it('puts a session in a room that holds its expected attendance, and says why', () => {
    const input = plannerInput({
      slots: hourlySlots(1),
      rooms: [room('small', 30), room('hall', 300)],
      sessions: [session('big', { expectedAttendance: 250 })],
    });
    const result = planSchedule(input, options());
    expect(placed(result, 'big').roomId).toBe('hall');
    expect(placed(result, 'big').reasons).toContain('hall: capacity 300 ≥ expected 250; too small: small 30');
  });

  it("respects speakers' availability and never books a speaker twice at once", () => {
    const input = plannerInput({
      slots: hourlySlots(3),
      rooms: [room('r1'), room('r2')],
      speakers: [speaker('ada', [{ start: at('10:00'), end: at('12:00') }])],
      sessions: [session('a1', { speakerIds: ['ada'] }), session('a2', { speakerIds: ['ada'] })],
    });
    const result = planSchedule(input, options());
    expect([placed(result, 'a1').start, placed(result, 'a2').start].sort()).toEqual([at('10:00'), at('11:00')]);
    expect(placed(result, 'a1').reasons).toContain('speaker ada available only Tue 10 Mar 10:00-12:00');
  });

  it('leaves pinned sessions where they are and plans around them', () => {
    const pinned = session('pinned', {
      pinned: true,
      roomId: 'r1',
      start: at('09:00'),
      end: at('10:00'),
      speakerIds: ['ada'],
    });
    const input = plannerInput({
      slots: hourlySlots(2),
      rooms: [room('r1')],
      speakers: [speaker('ada')],
      sessions: [pinned, session('moved', { roomId: 'r1', start: at('09:30'), end: at('10:30'), speakerIds: ['ada'] })],
    });
    const result = feasible(planSchedule(input, options({ scope: 'unpinned' })));
    expect(result.placements.map((p) => [p.sessionId, p.start])).toEqual([['moved', at('10:00')]]);
  });

  it('puts only plenary sessions into plenary slots, and one at a time', () => {
    const input = plannerInput({
      slots: [slot('keynote-slot', '09:00', '10:00', 'plenary'), slot('talks', '10:00', '11:00')],
      rooms: [room('r1'), room('r2')],
      sessions: [session('keynote', { type: 'keynote' }), session('talk1'), session('talk2')],
    });
    const result = planSchedule(input, options());
    expect(placed(result, 'keynote').slotId).toBe('keynote-slot');
    expect([placed(result, 'talk1').slotId, placed(result, 'talk2').slotId]).toEqual(['talks', 'talks']);
    const twoKeynotes = plannerInput({
      ...input,
      sessions: [session('k1', { type: 'keynote' }), session('k2', { type: 'keynote' })],
      slots: [input.slots[0]],
    });
    expect(planSchedule(twoKeynotes, options()).feasible).toBe(false);
  });

  it('runs a long workshop through consecutive slots, never across a break', () => {
    const input = plannerInput({
      slots: [
        slot('a', '09:00', '10:00'),
        slot('b', '10:00', '11:00'),
        slot('coffee', '11:00', '11:30', 'break'),
        slot('c', '11:30', '12:30'),
        slot('d', '12:30', '13:30'),
      ],
      rooms: [room('r1')],
      sessions: [
        session('workshop', { durationMinutes: 120, type: 'workshop' }),
        session('w2', { durationMinutes: 120 }),
      ],
    });
    const result = feasible(planSchedule(input, options()));
    expect(result.placements.map((p) => [p.start, p.end]).sort()).toEqual([
      [at('09:00'), at('11:00')],
      [at('11:30'), at('13:30')],
    ]);
  });

  it('honours preferred days and times when given', () => {
    const input = plannerInput({
      slots: [...hourlySlots(2), ...hourlySlots(2, 11).map((s) => ({ ...s, id: `day2-${s.id}` }))],
      rooms: [room('r1')],
      sessions: [session('late')],
    });
    const preferences = [{ sessionId: 'late', windows: [{ start: at('10:00', 11), end: at('11:00', 11) }] }];
    const result = planSchedule(input, options({ preferences }));
    expect(placed(result, 'late')).toMatchObject({
      slotId: 'day2-s1',
      reasons: expect.arrayContaining(['inside its preferred times']),
    });
  });

  it('gives the same proposal for the same seed, and stays valid when its time limit cuts the search short', () => {
    const random = seededRandom(9);
    const ids = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const input = plannerInput({
      slots: hourlySlots(8),
      rooms: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((id) => room(id)),
      sessions: ids.map((id, i) => session(id, { trackId: `track${i % 5}`, speakerIds: [`sp${i % 13}`] })),
      agendas: Array.from({ length: 60 }, () => ids.filter(() => random() < 0.15)),
    });
    const first = feasible(planSchedule(input, options({ seed: 3 })));
    expect(feasible(planSchedule(input, options({ seed: 3 }))).placements).toEqual(first.placements);
    expect(first.stats).toMatchObject({ stoppedBy: 'iterations', iterations: 40 * 200 });

    const cut = feasible(planSchedule(input, options({ iterations: 1e9, timeLimitMs: 200 })));
    expect(cut.stats.stoppedBy).toBe('time-limit');
    expect(cut.stats.elapsedMs).toBeLessThan(1000);
    expect(verifyProposal(input, options(), cut.placements)).toEqual([]);
  });

  it('does much better on attendee clashes than the plain greedy baseline', () => {
    const random = seededRandom(4);
    const ids = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const input = plannerInput({
      slots: hourlySlots(8),
      rooms: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((id) => room(id)),
      sessions: ids.map((id, i) => session(id, { trackId: `track${i % 5}` })),
      // attendees follow one track
      agendas: Array.from({ length: 100 }, () => {
        const track = Math.floor(random() * 5);
        return ids.filter((_, i) => i % 5 === track && random() < 0.6);
      }),
    });
    const greedy = feasible(greedyBaseline(input, options()));
    const planned = feasible(planSchedule(input, options()));
    expect(verifyProposal(input, options(), greedy.placements)).toEqual([]);
    expect(planned.score.attendeeClashes).toBeLessThanOrEqual(0.5 * greedy.score.attendeeClashes);
  });
});
