import { findSoftConflicts, SoftConflictContext } from '../../../src/scheduling/soft-conflicts';
import { at, buildPlacedSession } from '../support/placed-session.factory';

const window = (from: string, to: string) => ({ start: at(from), end: at(to) });
const context = (overrides: Partial<SoftConflictContext> = {}): SoftConflictContext => ({
  others: [],
  speakers: [{ id: 'ada', name: 'Ada Lovelace', availability: null }],
  room: { name: 'Room A', capacity: 100 },
  breaks: [],
  ...overrides,
});
const ada = (availability: { start: number; end: number }[] | null) => ({
  id: 'ada',
  name: 'Ada Lovelace',
  availability,
});

describe('findSoftConflicts', () => {
  it('finds nothing for a session that breaks no rule', () => {
    expect(findSoftConflicts(buildPlacedSession({ expectedAttendance: 50 }), context())).toEqual([]);
  });

  describe('speaker availability', () => {
    it('treats a speaker without availability windows as always available', () => {
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers: [ada(null)] }))).toEqual([]);
    });

    it('accepts a session fully inside a window', () => {
      const speakers = [ada([window('2026-03-10T08:00:00+01:00', '2026-03-10T12:00:00+01:00')])];
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers }))).toEqual([]);
    });

    it('accepts a session exactly filling a window', () => {
      const speakers = [ada([window('2026-03-10T09:00:00+01:00', '2026-03-10T10:00:00+01:00')])];
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers }))).toEqual([]);
    });

    it('accepts a session inside the second of several windows', () => {
      const speakers = [
        ada([
          window('2026-03-09T09:00:00+01:00', '2026-03-09T17:00:00+01:00'),
          window('2026-03-10T08:30:00+01:00', '2026-03-10T11:00:00+01:00'),
        ]),
      ];
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers }))).toEqual([]);
    });

    it('warns when the session runs partly outside the window, naming the speaker', () => {
      const speakers = [ada([window('2026-03-10T09:30:00+01:00', '2026-03-10T12:00:00+01:00')])];
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers }))).toEqual([
        {
          kind: 'availability',
          speakerId: 'ada',
          message: 'speaker Ada Lovelace is not available for the whole session',
        },
      ]);
    });

    it('warns when the session lies entirely outside every window', () => {
      const speakers = [ada([window('2026-03-11T09:00:00+01:00', '2026-03-11T12:00:00+01:00')])];
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers })).map((w) => w.kind)).toEqual([
        'availability',
      ]);
    });

    it('accepts a session covered by two back-to-back windows', () => {
      // Morning 08:00-09:30 and afternoon 09:30-12:00: the speaker is there the whole session.
      const speakers = [
        ada([
          window('2026-03-10T08:00:00+01:00', '2026-03-10T09:30:00+01:00'),
          window('2026-03-10T09:30:00+01:00', '2026-03-10T12:00:00+01:00'),
        ]),
      ];
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers }))).toEqual([]);
    });

    it('checks only the speakers of the session', () => {
      const speakers = [
        ada(null),
        {
          id: 'grace',
          name: 'Grace Hopper',
          availability: [window('2026-03-11T09:00:00+01:00', '2026-03-11T10:00:00+01:00')],
        },
      ];
      expect(findSoftConflicts(buildPlacedSession(), context({ speakers }))).toEqual([]);
    });

    it('warns once per unavailable speaker', () => {
      const away = [window('2026-03-11T09:00:00+01:00', '2026-03-11T10:00:00+01:00')];
      const speakers = [ada(away), { id: 'grace', name: 'Grace Hopper', availability: away }];
      const warnings = findSoftConflicts(buildPlacedSession({ speakerIds: ['ada', 'grace'] }), context({ speakers }));
      expect(warnings.map((w) => w.speakerId)).toEqual(['ada', 'grace']);
    });
  });

  describe('room capacity', () => {
    it('warns when expected attendance exceeds the capacity', () => {
      expect(findSoftConflicts(buildPlacedSession({ expectedAttendance: 101 }), context())).toEqual([
        {
          kind: 'capacity',
          message: "expected attendance 101 exceeds Room A's capacity of 100",
        },
      ]);
    });

    it('accepts expected attendance equal to the capacity', () => {
      expect(findSoftConflicts(buildPlacedSession({ expectedAttendance: 100 }), context())).toEqual([]);
    });

    it('does not warn when the room has no capacity, the session no expectation, or there is no room', () => {
      expect(
        findSoftConflicts(
          buildPlacedSession({ expectedAttendance: 500 }),
          context({ room: { name: 'Hall', capacity: null } }),
        ),
      ).toEqual([]);
      expect(
        findSoftConflicts(
          buildPlacedSession({ expectedAttendance: null }),
          context({ room: { name: 'Closet', capacity: 1 } }),
        ),
      ).toEqual([]);
      expect(
        findSoftConflicts(buildPlacedSession({ expectedAttendance: 500, roomId: null }), context({ room: null })),
      ).toEqual([]);
    });

    it('warns for a room with capacity zero', () => {
      const warnings = findSoftConflicts(
        buildPlacedSession({ expectedAttendance: 1 }),
        context({ room: { name: 'Closet', capacity: 0 } }),
      );
      expect(warnings.map((w) => w.kind)).toEqual(['capacity']);
    });
  });

  describe('track overlap', () => {
    const sameTrack = (overrides = {}) =>
      buildPlacedSession({
        id: 'other',
        title: 'Other talk',
        roomId: 'room-b',
        speakerIds: [],
        trackId: 'track-a',
        ...overrides,
      });

    it('warns when the track runs another session at the same time', () => {
      expect(findSoftConflicts(buildPlacedSession(), context({ others: [sameTrack()] }))).toEqual([
        {
          kind: 'track',
          sessionId: 'other',
          message: 'its track also runs "Other talk" at the same time',
        },
      ]);
    });

    it('does not warn for back-to-back sessions of one track', () => {
      const next = sameTrack({ start: at('2026-03-10T10:00:00+01:00'), end: at('2026-03-10T11:00:00+01:00') });
      expect(findSoftConflicts(buildPlacedSession(), context({ others: [next] }))).toEqual([]);
    });

    it('ignores other tracks, cancelled sessions and the session itself', () => {
      const others = [
        sameTrack({ trackId: 'track-b' }),
        sameTrack({ id: 'gone', status: 'cancelled' }),
        sameTrack({ id: 'candidate' }),
      ];
      expect(findSoftConflicts(buildPlacedSession(), context({ others }))).toEqual([]);
    });

    it('does not treat two sessions without a track as sharing one', () => {
      expect(
        findSoftConflicts(buildPlacedSession({ trackId: null }), context({ others: [sameTrack({ trackId: null })] })),
      ).toEqual([]);
    });
  });

  describe('break slots', () => {
    const coffee = {
      id: 'coffee',
      label: 'Coffee',
      start: at('2026-03-10T09:45:00+01:00'),
      end: at('2026-03-10T10:15:00+01:00'),
    };

    it('warns when the session runs into a break, naming it', () => {
      expect(findSoftConflicts(buildPlacedSession(), context({ breaks: [coffee] }))).toEqual([
        {
          kind: 'break',
          slotId: 'coffee',
          message: 'it runs into the break "Coffee"',
        },
      ]);
    });

    it('words the warning without a label when the break has none', () => {
      const warnings = findSoftConflicts(buildPlacedSession(), context({ breaks: [{ ...coffee, label: null }] }));
      expect(warnings[0].message).toBe('it runs into the break');
    });

    it('does not warn for a session ending when the break starts', () => {
      const lunch = {
        id: 'lunch',
        label: 'Lunch',
        start: at('2026-03-10T10:00:00+01:00'),
        end: at('2026-03-10T11:00:00+01:00'),
      };
      expect(findSoftConflicts(buildPlacedSession(), context({ breaks: [lunch] }))).toEqual([]);
    });
  });

  it('never warns about a cancelled session', () => {
    const warnings = findSoftConflicts(
      buildPlacedSession({ status: 'cancelled', expectedAttendance: 1000 }),
      context({
        speakers: [ada([])],
        breaks: [
          { id: 'b', label: null, start: at('2026-03-10T09:00:00+01:00'), end: at('2026-03-10T10:00:00+01:00') },
        ],
      }),
    );
    expect(warnings).toEqual([]);
  });

  it('reports every kind of warning at once', () => {
    const warnings = findSoftConflicts(
      buildPlacedSession({ expectedAttendance: 200 }),
      context({
        speakers: [ada([window('2026-03-11T09:00:00+01:00', '2026-03-11T10:00:00+01:00')])],
        others: [buildPlacedSession({ id: 'other', roomId: 'room-b', speakerIds: [] })],
        breaks: [
          { id: 'b', label: null, start: at('2026-03-10T09:30:00+01:00'), end: at('2026-03-10T09:45:00+01:00') },
        ],
      }),
    );
    expect(warnings.map((w) => w.kind)).toEqual(['availability', 'capacity', 'track', 'break']);
  });
});
