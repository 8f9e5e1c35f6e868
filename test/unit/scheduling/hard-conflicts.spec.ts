import { findHardConflicts } from '../../../src/scheduling/hard-conflicts';
import { at, buildPlacedSession } from '../support/placed-session.factory';

const candidate = (overrides = {}) => buildPlacedSession(overrides);
const other = (overrides = {}) =>
  buildPlacedSession({
    id: 'other',
    title: 'Other talk',
    roomId: 'room-b',
    trackId: null,
    speakerIds: ['grace'],
    ...overrides,
  });

describe('findHardConflicts', () => {
  it('finds nothing in an empty program', () => {
    expect(findHardConflicts(candidate(), [])).toEqual([]);
  });

  it('refuses a second session in the same room at the same time, with the overlap', () => {
    const clash = other({
      roomId: 'room-a',
      start: at('2026-03-10T09:30:00+01:00'),
      end: at('2026-03-10T11:00:00+01:00'),
    });
    expect(findHardConflicts(candidate(), [clash])).toEqual([
      {
        kind: 'room',
        sessionId: 'other',
        title: 'Other talk',
        roomId: 'room-a',
        overlap: { start: at('2026-03-10T09:30:00+01:00'), end: at('2026-03-10T10:00:00+01:00') },
      },
    ]);
  });

  it('refuses a speaker in two sessions at once, even in different rooms', () => {
    const clash = other({ speakerIds: ['ada'], roomId: 'room-b' });
    expect(findHardConflicts(candidate(), [clash])).toEqual([
      {
        kind: 'speaker',
        sessionId: 'other',
        title: 'Other talk',
        speakerId: 'ada',
        overlap: { start: candidate().start, end: candidate().end },
      },
    ]);
  });

  it('treats back-to-back sessions in one room with one speaker as not clashing', () => {
    const before = other({
      id: 'before',
      roomId: 'room-a',
      speakerIds: ['ada'],
      start: at('2026-03-10T08:00:00+01:00'),
      end: at('2026-03-10T09:00:00+01:00'),
    });
    const after = other({
      id: 'after',
      roomId: 'room-a',
      speakerIds: ['ada'],
      start: at('2026-03-10T10:00:00+01:00'),
      end: at('2026-03-10T11:00:00+01:00'),
    });
    expect(findHardConflicts(candidate(), [before, after])).toEqual([]);
  });

  it('sees a clash of a single minute', () => {
    const clash = other({
      roomId: 'room-a',
      start: at('2026-03-10T09:59:00+01:00'),
      end: at('2026-03-10T11:00:00+01:00'),
    });
    expect(findHardConflicts(candidate(), [clash])).toHaveLength(1);
  });

  it('compares instants, not wall-clock times: the same hour written in another offset clashes', () => {
    const clash = other({
      roomId: 'room-a',
      start: at('2026-03-10T17:00:00+09:00'),
      end: at('2026-03-10T18:00:00+09:00'),
    });
    expect(findHardConflicts(candidate(), [clash]).map((c) => c.kind)).toEqual(['room']);
  });

  it('lets sessions in different rooms without shared speakers run in parallel', () => {
    expect(findHardConflicts(candidate(), [other()])).toEqual([]);
  });

  it('never clashes when the candidate is cancelled', () => {
    const clash = other({ roomId: 'room-a', speakerIds: ['ada'] });
    expect(findHardConflicts(candidate({ status: 'cancelled' }), [clash])).toEqual([]);
  });

  it('ignores a cancelled other session', () => {
    const clash = other({ roomId: 'room-a', speakerIds: ['ada'], status: 'cancelled' });
    expect(findHardConflicts(candidate(), [clash])).toEqual([]);
  });

  it('counts a tentative other session as a clash', () => {
    const clash = other({ roomId: 'room-a', status: 'tentative' });
    expect(findHardConflicts(candidate(), [clash])).toHaveLength(1);
  });

  it('does not compare the session with its own stored copy', () => {
    const self = candidate({ start: at('2026-03-10T09:30:00+01:00') });
    expect(findHardConflicts(candidate(), [self])).toEqual([]);
  });

  it('does not treat two sessions without a room as sharing one', () => {
    const clash = other({ roomId: null, speakerIds: [] });
    expect(findHardConflicts(candidate({ roomId: null }), [clash])).toEqual([]);
  });

  it('reports each shared speaker of a session with several speakers', () => {
    const panel = candidate({ speakerIds: ['ada', 'grace', 'linus'] });
    const clash = other({ speakerIds: ['linus', 'grace', 'margaret'] });
    const conflicts = findHardConflicts(panel, [clash]);
    expect(conflicts.map((c) => [c.kind, c.speakerId]).sort()).toEqual([
      ['speaker', 'grace'],
      ['speaker', 'linus'],
    ]);
  });

  it('reports the room and the speaker separately when both clash with the same session', () => {
    const clash = other({ roomId: 'room-a', speakerIds: ['ada'] });
    expect(
      findHardConflicts(candidate(), [clash])
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['room', 'speaker']);
  });

  it('lists a clash with each of several sessions', () => {
    const inRoom = other({ id: 'in-room', roomId: 'room-a' });
    const withAda = other({ id: 'with-ada', roomId: 'room-c', speakerIds: ['ada'] });
    const elsewhere = other({ id: 'elsewhere', roomId: 'room-d' });
    expect(
      findHardConflicts(candidate(), [inRoom, withAda, elsewhere])
        .map((c) => c.sessionId)
        .sort(),
    ).toEqual(['in-room', 'with-ada']);
  });
});
