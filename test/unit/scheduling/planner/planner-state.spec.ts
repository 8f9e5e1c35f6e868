import { Construction } from '../../../../src/scheduling/planner/planner-construct';
import { buildProblem } from '../../../../src/scheduling/planner/planner-problem';
import { AnnealingSearch } from '../../../../src/scheduling/planner/planner-search';
import { ScheduleState } from '../../../../src/scheduling/planner/planner-state';
import { seededRandom } from '../../../../src/scheduling/planner/seeded-random';
import { at, hourlySlots, plannerInput, room, session, slot } from '../../support/planner-input.factory';

/** A mixed program: pinned sessions, tracks, long sessions, a plenary slot, preferences, agendas. */
function mixedProblem() {
  const random = seededRandom(11);
  const ids = Array.from({ length: 30 }, (_, i) => `t${i}`);
  const input = plannerInput({
    slots: [
      slot('plenary', '08:00', '09:00', 'plenary'),
      ...hourlySlots(6),
      ...hourlySlots(4, 11).map((s) => ({ ...s, id: `d2-${s.id}` })),
    ],
    rooms: ['r1', 'r2', 'r3', 'r4'].map((id) => room(id)),
    sessions: [
      session('pinned-a', {
        pinned: true,
        roomId: 'r1',
        start: at('10:00'),
        end: at('11:00'),
        trackId: 'track0',
        speakerIds: ['sp1'],
      }),
      session('pinned-b', { pinned: true, roomId: 'r2', start: at('09:00'), end: at('11:00'), trackId: 'track1' }),
      session('keynote', { type: 'keynote' }),
      ...ids.map((id, i) =>
        session(id, { trackId: `track${i % 4}`, speakerIds: [`sp${i % 7}`], durationMinutes: i % 6 === 0 ? 120 : 60 }),
      ),
    ],
    agendas: Array.from({ length: 50 }, () => [...ids, 'pinned-a', 'pinned-b'].filter(() => random() < 0.2)),
  });
  return buildProblem(input, {
    scope: 'unpinned',
    preferences: [{ sessionId: 't3', windows: [{ start: at('09:00', 11), end: at('13:00', 11) }] }],
  });
}

const components = (s: ScheduleState) => ({
  clash: s.clash,
  distinctTotal: s.distinctTotal,
  tracksUsed: s.tracksUsed,
  trackSessions: s.trackSessions,
  links: s.links,
  loadSq: Math.round(s.loadSq * 1e6),
  prefMiss: s.prefMiss,
});

describe('ScheduleState', () => {
  it('keeps its objective equal to a fresh computation through thousands of moves', () => {
    const p = mixedProblem();
    const state = new ScheduleState(p);
    const random = seededRandom(2);
    const construction = new Construction(p, state, random, 'best');
    while (!construction.step(50));
    expect(construction.unplaced.size).toBe(0);
    new AnnealingSearch(p, state, random, 3000).step(3000);

    const fresh = new ScheduleState(p);
    for (const i of p.movable) fresh.place(i, state.option[i], state.room[i]);
    expect(components(state)).toEqual(components(fresh));
    expect(state.links).toBeGreaterThan(0);
    expect(state.clash).toBeGreaterThan(0);
  });

  it('predicts the cost of a placement exactly before making it', () => {
    const p = mixedProblem();
    const state = new ScheduleState(p);
    const random = seededRandom(5);
    const construction = new Construction(p, state, random, 'first-fit');
    while (!construction.step(50));
    let checked = 0;
    for (const i of p.movable) {
      const [o0, r0] = [state.option[i], state.room[i]];
      state.unplace(i);
      for (let o = 0; o < p.timeOptions[i].length; o++) {
        for (const r of p.allowedRooms[i]) {
          if (!state.canPlace(i, o, r)) continue;
          const before = state.cost();
          const predicted =
            p.weights.attendeeClash * state.overlapWeight(i, p.timeOptions[i][o].start, p.timeOptions[i][o].end) +
            state.placementDelta(i, o, r);
          state.place(i, o, r);
          expect(state.cost() - before).toBeCloseTo(predicted, 6);
          state.unplace(i);
          checked++;
        }
      }
      state.place(i, o0, r0);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
