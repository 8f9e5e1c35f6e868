import { googleCalendarUrl } from '../../../web/lib/calendar-links';
import { clashesAmong } from '../../../web/lib/clashes';
import { filterSessions } from '../../../web/lib/filters';
import { nowAndNext } from '../../../web/lib/now-next';
import { at, buildSession, indexed } from './program.factory';

describe('the agenda page’s program rules', () => {
  describe('indexProgram', () => {
    it('puts sessions on their local day in the event zone and orders them by time, then room', () => {
      const index = indexed([
        buildSession({
          id: 'late',
          roomId: 'a',
          startsAt: '2027-03-10T23:30:00+01:00',
          endsAt: '2027-03-11T00:30:00+01:00',
        }),
        buildSession({
          id: 'b',
          roomId: 'b',
          startsAt: '2027-03-10T09:00:00+01:00',
          endsAt: '2027-03-10T10:00:00+01:00',
        }),
        buildSession({
          id: 'hall',
          roomId: 'hall',
          startsAt: '2027-03-10T09:00:00+01:00',
          endsAt: '2027-03-10T10:00:00+01:00',
        }),
        buildSession({ id: 'after-midnight', startsAt: '2027-03-10T23:30:00Z', endsAt: '2027-03-11T00:30:00Z' }),
        buildSession({ id: 'backlog', startsAt: undefined, endsAt: undefined }),
      ]);
      expect(index.byDay.get('2027-03-10')!.map((session) => session.id)).toEqual(['hall', 'b', 'late']);
      expect(index.byDay.get('2027-03-11')!.map((session) => session.id)).toEqual(['after-midnight']);
      expect(index.sessionById.has('backlog')).toBe(false);
    });
  });

  describe('filterSessions', () => {
    const index = indexed([
      buildSession({
        id: 'paper',
        title: 'Clash-aware scheduling',
        trackId: 'research',
        type: 'paper-session',
        presentations: [
          {
            id: 'p',
            title: 'Robust timetables',
            authors: [{ name: 'Tomáš Novák', presenting: true }],
            position: 0,
            version: 1,
            startsAt: '2027-03-10T10:00:00+01:00',
            endsAt: '2027-03-10T10:20:00+01:00',
          },
        ],
      }),
      buildSession({
        id: 'jp',
        title: '日程最適化の実践',
        roomId: 'b',
        speakers: [{ speakerId: 'ada', role: 'speaker', name: 'Ada Lovelace' }],
      }),
      buildSession({ id: 'plain', title: 'Ｆｕｌｌｗｉｄｔｈ Talk', abstract: 'About venues.' }),
    ]);
    const run = (filters: Parameters<typeof filterSessions>[1]) =>
      filterSessions(index.sessions, filters, index.searchText).map((session) => session.id);

    it('filters by track, room and type', () => {
      expect(run({ track: 'research' })).toEqual(['paper']);
      expect(run({ room: 'b' })).toEqual(['jp']);
      expect(run({ type: 'talk' })).toEqual(['plain', 'jp']); // same time: room order
      expect(run({ room: 'b', type: 'paper-session' })).toEqual([]);
    });

    it('searches every word in titles, abstracts, speakers, presentations and authors, ignoring case and width', () => {
      expect(run({ text: 'novák' })).toEqual(['paper']);
      expect(run({ text: 'ROBUST timetables' })).toEqual(['paper']);
      expect(run({ text: 'lovelace 最適化' })).toEqual(['jp']);
      expect(run({ text: 'fullwidth venues' })).toEqual(['plain']);
      expect(run({ text: 'research' })).toEqual(['paper']); // the track's name
      expect(run({ text: '   ' })).toHaveLength(3);
    });
  });

  describe('clashesAmong', () => {
    it('marks starred sessions that overlap, half-open, never a cancelled one', () => {
      const index = indexed([
        buildSession({ id: 'keynote', startsAt: '2027-03-10T09:00:00+01:00', endsAt: '2027-03-10T10:00:00+01:00' }),
        buildSession({ id: 'x', startsAt: '2027-03-10T10:00:00+01:00', endsAt: '2027-03-10T11:30:00+01:00' }),
        buildSession({ id: 'y', startsAt: '2027-03-10T11:00:00+01:00', endsAt: '2027-03-10T12:00:00+01:00' }),
        buildSession({ id: 'z', startsAt: '2027-03-10T11:15:00+01:00', endsAt: '2027-03-10T11:45:00+01:00' }),
        buildSession({
          id: 'gone',
          status: 'cancelled',
          startsAt: '2027-03-10T09:00:00+01:00',
          endsAt: '2027-03-10T12:00:00+01:00',
        }),
      ]);
      const clashes = clashesAmong(index.sessions);
      expect(Object.fromEntries([...clashes].map(([id, others]) => [id, others.sort()]))).toEqual({
        x: ['y', 'z'],
        y: ['x', 'z'],
        z: ['x', 'y'],
      });
    });
  });

  describe('nowAndNext', () => {
    const index = indexed([
      buildSession({
        id: 'a-now',
        roomId: 'a',
        startsAt: '2027-03-10T10:00:00+01:00',
        endsAt: '2027-03-10T11:00:00+01:00',
      }),
      buildSession({
        id: 'a-next',
        roomId: 'a',
        startsAt: '2027-03-10T11:00:00+01:00',
        endsAt: '2027-03-10T12:00:00+01:00',
      }),
      buildSession({
        id: 'a-later',
        roomId: 'a',
        startsAt: '2027-03-10T13:00:00+01:00',
        endsAt: '2027-03-10T14:00:00+01:00',
      }),
      buildSession({
        id: 'b-cancelled',
        roomId: 'b',
        status: 'cancelled',
        startsAt: '2027-03-10T11:00:00+01:00',
        endsAt: '2027-03-10T12:00:00+01:00',
      }),
      buildSession({
        id: 'b-next',
        roomId: 'b',
        startsAt: '2027-03-10T12:00:00+01:00',
        endsAt: '2027-03-10T13:00:00+01:00',
      }),
    ]);

    it('marks what runs now and the next session of each room', () => {
      const live = nowAndNext(index.sessions, at('2027-03-10T10:30:00+01:00'));
      expect([...live.now]).toEqual(['a-now']);
      expect([...live.next].sort()).toEqual(['a-next', 'b-next']);
    });

    it('treats a session as over at its end instant', () => {
      const live = nowAndNext(index.sessions, at('2027-03-10T11:00:00+01:00'));
      expect([...live.now]).toEqual(['a-next']);
    });
  });

  it('builds Google Calendar’s add-by-URL link from the webcal form of a feed', () => {
    expect(
      googleCalendarUrl({
        feedUrl: 'https://x.example/api/agendas/t/calendar.ics',
        webcalUrl: 'webcal://x.example/api/agendas/t/calendar.ics',
      }),
    ).toBe(
      'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fx.example%2Fapi%2Fagendas%2Ft%2Fcalendar.ics',
    );
  });
});
