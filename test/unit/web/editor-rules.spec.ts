import { clashWords, hardConflictsAt, roomsTooSmall, unavailableIn } from '../../../web/lib/drop-check';
import { dayStart, dayWindow, eventDays, instantOfLine, lineOf, snap, STEP_MS } from '../../../web/lib/editor-time';
import { UndoStack } from '../../../web/lib/undo-stack';
import { at, buildPlacedSession } from '../support/placed-session.factory';

describe('editor time', () => {
  it('finds local midnight across a daylight-saving change', () => {
    expect(dayStart('2026-03-29', 'Europe/Berlin')).toBe(at('2026-03-29T00:00:00+01:00'));
    expect(dayStart('2026-03-30', 'Europe/Berlin')).toBe(at('2026-03-30T00:00:00+02:00'));
    expect(dayStart('2026-03-10', 'Asia/Tokyo')).toBe(at('2026-03-10T00:00:00+09:00'));
  });

  it('lists every day of the event', () => {
    expect(eventDays('2026-02-28', '2026-03-02')).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
  });

  it('snaps to 5 minutes and maps instants to grid lines and back', () => {
    const from = at('2026-03-10T08:00:00+01:00');
    expect(snap(at('2026-03-10T09:02:29+01:00'))).toBe(at('2026-03-10T09:00:00+01:00'));
    expect(snap(at('2026-03-10T09:02:31+01:00'))).toBe(at('2026-03-10T09:05:00+01:00'));
    expect(lineOf(at('2026-03-10T09:00:00+01:00'), from)).toBe(14);
    expect(instantOfLine(14, from)).toBe(at('2026-03-10T09:00:00+01:00'));
    expect(instantOfLine(15, from) - instantOfLine(14, from)).toBe(STEP_MS);
  });

  it('shows 08:00-18:00 widened to whole hours around the day’s items', () => {
    const day = { start: at('2026-03-10T00:00:00+01:00'), end: at('2026-03-11T00:00:00+01:00') };
    expect(dayWindow(day, [])).toEqual({ from: at('2026-03-10T08:00:00+01:00'), to: at('2026-03-10T18:00:00+01:00') });
    const late = { start: at('2026-03-10T07:30:00+01:00'), end: at('2026-03-10T19:10:00+01:00') };
    expect(dayWindow(day, [late])).toEqual({
      from: at('2026-03-10T07:00:00+01:00'),
      to: at('2026-03-10T20:00:00+01:00'),
    });
  });
});

describe('drop checks', () => {
  it('finds the room and speaker clashes the server would refuse, ignoring the session itself', () => {
    const moving = buildPlacedSession({ id: 'm', speakerIds: ['ada'] });
    const program = [
      buildPlacedSession({ id: 'm' }),
      buildPlacedSession({ id: 'same-room', title: 'Keynote', speakerIds: [] }),
      buildPlacedSession({ id: 'ada-elsewhere', title: 'Opening', roomId: 'room-b' }),
      buildPlacedSession({ id: 'later', roomId: 'room-a', start: moving.end, end: moving.end + 3_600_000 }),
    ];
    const found = hardConflictsAt(moving, program);
    expect(found.map((c) => [c.kind, c.sessionId])).toEqual([
      ['room', 'same-room'],
      ['speaker', 'ada-elsewhere'],
    ]);
    const names = { room: () => 'Room A', speaker: () => 'Ada Lovelace' };
    const words = { room: '{room} already has “{title}” then', speaker: '{speaker} is in “{title}” then' };
    expect(found.map((c) => clashWords(c, names, words))).toEqual([
      'Room A already has “Keynote” then',
      'Ada Lovelace is in “Opening” then',
    ]);
  });

  it('shades the parts of a day outside a speaker’s availability', () => {
    const day = { start: 0, end: 100 };
    expect(unavailableIn(day, null)).toEqual([]);
    expect(
      unavailableIn(day, [
        { start: 20, end: 40 },
        { start: 40, end: 50 },
        { start: 70, end: 200 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 50, end: 70 },
    ]);
  });

  it('marks rooms smaller than the expected attendance', () => {
    const rooms = [
      { id: 'a', capacity: 100 },
      { id: 'b', capacity: 30 },
      { id: 'c', capacity: null },
    ];
    expect([...roomsTooSmall(rooms, 50)]).toEqual(['b']);
    expect([...roomsTooSmall(rooms, null)]).toEqual([]);
  });
});

describe('UndoStack', () => {
  it('undoes and redoes the last changes, at most `limit`, and forgets redo after a new change', () => {
    const stack = new UndoStack<number>(2);
    [1, 2, 3].forEach((n) => stack.push(n));
    expect(stack.takeUndo()).toBe(3);
    expect(stack.takeUndo()).toBe(2);
    expect(stack.takeUndo()).toBeUndefined();
    expect(stack.takeRedo()).toBe(2);
    stack.push(4);
    expect(stack.canRedo).toBe(false);
    expect(stack.takeUndo()).toBe(4);
    stack.restore(4, 'undo');
    expect(stack.takeUndo()).toBe(4);
  });
});
