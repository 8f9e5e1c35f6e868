import { planSchedule } from '../../../../src/scheduling/planner/planner';
import { PlannerInput, PlannerResult } from '../../../../src/scheduling/planner/planner-types';
import { at, hourlySlots, plannerInput, room, session, slot, speaker } from '../../support/planner-input.factory';

function infeasible(input: PlannerInput, scope: 'unscheduled' | 'unpinned' = 'unscheduled') {
  const result: PlannerResult = planSchedule(input, { scope, seed: 1 });
  if (result.feasible) throw new Error('expected no schedule');
  return result;
}

describe('planSchedule on instances without a valid schedule', () => {
  it('names the session no room is big enough for', () => {
    const result = infeasible(
      plannerInput({
        slots: hourlySlots(2),
        rooms: [room('A', 100), room('B', 30)],
        sessions: [session('huge', { expectedAttendance: 500 }), session('fine')],
      }),
    );
    expect(result).toMatchObject({
      proven: true,
      unplaceable: [
        {
          sessionId: 'huge',
          constraints: ['it needs a room for 500 attendees; the largest chosen room, A, holds 100'],
        },
      ],
    });
  });

  it('names the speaker whose availability leaves no slot', () => {
    const result = infeasible(
      plannerInput({
        slots: hourlySlots(2),
        rooms: [room('A')],
        speakers: [speaker('linus', [{ start: at('14:00'), end: at('16:00') }])],
        sessions: [session('talk', { speakerIds: ['linus'] })],
      }),
    );
    expect(result.unplaceable).toEqual([
      { sessionId: 'talk', title: 'talk', constraints: ['speaker linus is available only Tue 10 Mar 14:00-16:00'] },
    ]);
  });

  it('says when no run of consecutive slots is long enough', () => {
    const result = infeasible(
      plannerInput({
        slots: [
          slot('a', '09:00', '10:00'),
          slot('b', '10:00', '11:00'),
          slot('coffee', '11:00', '11:30', 'break'),
          slot('c', '11:30', '12:30'),
        ],
        rooms: [room('A')],
        sessions: [session('tutorial', { durationMinutes: 180 })],
      }),
    );
    expect(result.unplaceable[0].constraints).toEqual([
      'no run of consecutive slots is 180 min long (longest: 120 min)',
    ]);
  });

  it('names a pinned session that holds the only place', () => {
    const result = infeasible(
      plannerInput({
        slots: hourlySlots(1),
        rooms: [room('A')],
        speakers: [speaker('ada')],
        sessions: [
          session('kept', { pinned: true, roomId: 'A', start: at('09:00'), end: at('10:00'), speakerIds: ['ada'] }),
          session('new', { speakerIds: ['ada'] }),
        ],
      }),
    );
    expect(result.unplaceable).toEqual([
      {
        sessionId: 'new',
        title: 'new',
        constraints: ['speaker ada is busy in "kept" (Tue 10 Mar 09:00-10:00), which stays'],
      },
    ]);
  });

  it('finds the smallest group of one speaker with more sessions than possible start times', () => {
    const result = infeasible(
      plannerInput({
        slots: hourlySlots(3),
        rooms: [room('A'), room('B'), room('C')],
        speakers: [speaker('ada', [{ start: at('09:00'), end: at('11:00') }]), speaker('grace')],
        sessions: [
          session('ada1', { speakerIds: ['ada'] }),
          session('ada2', { speakerIds: ['ada'] }),
          session('ada3', { speakerIds: ['ada'] }),
          session('grace1', { speakerIds: ['grace'] }),
          session('grace2', { speakerIds: ['grace'] }),
          session('other'),
        ],
      }),
    );
    expect(result.proven).toBe(true);
    expect(result.unplaceable.map((u) => u.sessionId)).toEqual(['ada1', 'ada2', 'ada3']);
    expect(result.unplaceable[0].constraints).toEqual([
      'speaker ada has 3 sessions ("ada1", "ada2" and "ada3") but only 2 possible start times for them: Tue 10 Mar 09:00 and Tue 10 Mar 10:00',
    ]);
  });

  it('finds a group of sessions with fewer room-slots than members', () => {
    const result = infeasible(
      plannerInput({
        slots: hourlySlots(2),
        rooms: [room('small', 20), room('hall', 200)],
        sessions: [
          session('p1', { expectedAttendance: 150 }),
          session('p2', { expectedAttendance: 150 }),
          session('p3', { expectedAttendance: 150 }),
          session('quiet'),
        ],
      }),
    );
    expect(result.proven).toBe(true);
    expect(result.unplaceable.map((u) => u.sessionId)).toEqual(['p1', 'p2', 'p3']);
    expect(result.unplaceable[0].constraints).toEqual([
      '3 sessions ("p1", "p2" and "p3") can only use 2 room-slots between them: hall at Tue 10 Mar 09:00 and hall at Tue 10 Mar 10:00',
    ]);
  });
});
