import { indexProgram } from '../../../web/lib/program-index';
import { refreshInterval, screenClock } from '../../../web/screens/screen-clock';
import { roomsInUse, screenState } from '../../../web/screens/screen-model';
import { buildProgram, buildSession, buildSlot } from './program.factory';

const at = (time: string) => Date.parse(`2027-03-10T${time}:00+01:00`);
const titles = (sessions: { title: string }[]) => sessions.map((session) => session.title);

describe('room screen state', () => {
  const program = buildProgram({
    sessions: [
      buildSession({
        title: 'Opening',
        roomId: 'hall',
        startsAt: '2027-03-10T09:00:00+01:00',
        endsAt: '2027-03-10T10:00:00+01:00',
      }),
      buildSession({
        title: 'Morning A',
        roomId: 'a',
        startsAt: '2027-03-10T10:30:00+01:00',
        endsAt: '2027-03-10T12:00:00+01:00',
      }),
      buildSession({
        title: 'Cancelled A',
        roomId: 'a',
        status: 'cancelled',
        startsAt: '2027-03-10T13:00:00+01:00',
        endsAt: '2027-03-10T14:00:00+01:00',
      }),
      buildSession({
        title: 'Afternoon A',
        roomId: 'a',
        startsAt: '2027-03-10T14:00:00+01:00',
        endsAt: '2027-03-10T15:00:00+01:00',
      }),
      buildSession({
        title: 'Day two A',
        roomId: 'a',
        startsAt: '2027-03-11T09:00:00+01:00',
        endsAt: '2027-03-11T10:00:00+01:00',
      }),
    ],
    slots: [
      buildSlot({
        kind: 'break',
        label: 'Coffee',
        startsAt: '2027-03-10T10:00:00+01:00',
        endsAt: '2027-03-10T10:30:00+01:00',
      }),
    ],
  });
  const index = indexProgram(program);

  it('shows nothing now and the first session next before a room opens', () => {
    const [line] = screenState(index, at('09:30'), 'a').lines;
    expect(titles(line.now)).toEqual([]);
    expect(titles(line.next)).toEqual(['Morning A']);
  });

  it('shows the running session now and skips a cancelled one for next', () => {
    const state = screenState(index, at('11:00'), 'a');
    expect(titles(state.lines[0].now)).toEqual(['Morning A']);
    expect(titles(state.lines[0].next)).toEqual(['Afternoon A']);
  });

  it('treats the end of a session as free (half-open intervals)', () => {
    const [line] = screenState(index, at('12:00'), 'a').lines;
    expect(titles(line.now)).toEqual([]);
  });

  it("looks into the next day once the room's day is over", () => {
    const [line] = screenState(index, at('18:00'), 'a').lines;
    expect(titles(line.next)).toEqual(['Day two A']);
  });

  it('lists every room in use for the venue and names the break that is on', () => {
    const state = screenState(index, at('10:15'));
    expect(state.breakNow?.label).toBe('Coffee');
    expect(roomsInUse(state).map((line) => line.room.name)).toEqual(['Room A']); // the hall is done, room B unused
  });
});

describe('room screen clock and refresh settings', () => {
  it('fixes the clock at ?at= and otherwise follows the device clock', () => {
    expect(screenClock('?at=2027-03-10T10:45:00%2B01:00')()).toBe(at('10:45'));
    const live = screenClock('?at=garbage')();
    expect(Math.abs(live - Date.now())).toBeLessThan(1000);
  });

  it('polls every 30 s by default and never faster than once a second', () => {
    expect(refreshInterval('')).toBe(30_000);
    expect(refreshInterval('?refresh=0.1')).toBe(1_000);
    expect(refreshInterval('?refresh=abc')).toBe(30_000);
    expect(refreshInterval('?refresh=5')).toBe(5_000);
  });
});
