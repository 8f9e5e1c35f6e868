import { parseScheduleJson } from '../../../src/interop/frab-json.parser';
import { ScheduleFormatError } from '../../../src/interop/schedule-model';

const talk = { guid: 'a1', title: 'Opening', date: '2026-03-28T10:00:00+01:00', duration: '00:30' };
const documentWithRooms = (rooms: unknown) => ({
  schedule: { conference: { title: 'Conf', time_zone_name: 'Europe/Brussels', days: [{ index: 1, rooms }] } },
});

function problemsOf(document: unknown): string[] {
  try {
    parseScheduleJson(document);
  } catch (error) {
    if (error instanceof ScheduleFormatError) return error.problems;
    throw error;
  }
  return [];
}

describe('schedule.json reader: the shape of a day', () => {
  it('reads an object of room name to events', () => {
    const schedule = parseScheduleJson(documentWithRooms({ 'Room A': [talk] }));
    expect(schedule.rooms.map((room) => room.name)).toEqual(['Room A']);
    expect(schedule.events.map((event) => [event.room, event.title])).toEqual([['Room A', 'Opening']]);
  });

  it.each([
    ['a string (was: one room per character, 27,495 rooms from one fuzzed file)', 'x'.repeat(500)],
    ['an array', [[talk]]],
    ['a number', 7],
  ])('refuses rooms given as %s, naming the field', (_label, rooms) => {
    expect(problemsOf(documentWithRooms(rooms))).toEqual([
      'schedule.conference.days[0].rooms must be an object of room name to events',
    ]);
  });

  it('refuses a room whose events are not an array, naming the room', () => {
    expect(problemsOf(documentWithRooms({ 'Room A': 'soon', 'Room B': [talk] }))).toEqual([
      'schedule.conference.days[0].rooms["Room A"] must be an array of events',
    ]);
  });
});
