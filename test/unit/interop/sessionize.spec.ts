import { isSessionizeAll, parseSessionizeAll } from '../../../src/interop/sessionize.parser';

const doc = {
  sessions: [
    {
      id: '1',
      title: 'Lunch',
      startsAt: '2026-06-08T12:00:00Z',
      endsAt: '2026-06-08T13:00:00Z',
      isServiceSession: true,
      isPlenumSession: false,
      speakers: [],
      categoryItems: [],
      roomId: 1,
    },
    {
      id: '2',
      title: ' Keynote ',
      startsAt: '2026-06-08T09:00:00Z',
      endsAt: '2026-06-08T10:00:00Z',
      isServiceSession: false,
      isPlenumSession: true,
      speakers: ['a'],
      categoryItems: [],
      roomId: 1,
    },
    {
      id: '3',
      title: 'Not scheduled',
      startsAt: null,
      endsAt: null,
      isServiceSession: false,
      isPlenumSession: false,
      speakers: [],
      categoryItems: [],
      roomId: null,
    },
  ],
  speakers: [{ id: 'a', fullName: 'Ada L', bio: null, profilePicture: null }],
  categories: [],
  rooms: [{ id: 1, name: 'Hall', sort: 0 }],
  questions: [],
};

describe('Sessionize "All data" parser', () => {
  it('turns service sessions into breaks and plenum sessions into plenaries, reading UTC times', () => {
    expect(isSessionizeAll(doc)).toBe(true);
    const parsed = parseSessionizeAll(doc);
    expect(parsed.slots).toEqual([
      {
        start: Date.parse('2026-06-08T12:00:00Z'),
        end: Date.parse('2026-06-08T13:00:00Z'),
        kind: 'break',
        label: 'Lunch',
      },
      {
        start: Date.parse('2026-06-08T09:00:00Z'),
        end: Date.parse('2026-06-08T10:00:00Z'),
        kind: 'plenary',
        label: 'Keynote',
      },
    ]);
    expect(parsed.events.map((e) => [e.title, e.type, e.room, e.persons.map((p) => p.name)])).toEqual([
      ['Keynote', 'keynote', 'Hall', ['Ada L']],
    ]);
  });

  it('is not mistaken for a c3voc schedule.json', () => {
    expect(isSessionizeAll({ schedule: { conference: {} } })).toBe(false);
  });
});
