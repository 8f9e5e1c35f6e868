import { cellKey, cellsFromWindows, windowsFromCells } from '../../../web/console/availability';
import { changelogInWords } from '../../../web/console/changelog-words';
import { problemOf } from '../../../web/console/problems';
import { en } from '../../../web/console/messages/en';
import { ja, ja as jaCatalog } from '../../../web/console/messages/ja';
import { warningInWords } from '../../../web/console/warnings';
import { emptySessionDraft, sessionBody, sessionToDraft } from '../../../web/console/session-draft';
import { copyDay, DAY_TEMPLATES, templateDay } from '../../../web/console/slot-templates';
import type { Changelog, Session, Slot } from '../../../web/console/types';
import { addMinutes, daysOf, instantAt, minutesBetween, wallOf } from '../../../web/console/zoned';
import { translator } from '../../../web/lib/i18n';

const tr = translator({ en, ja }, 'en');

describe('console wall times in the event zone', () => {
  it('gives instants with the zone offset at that moment, across a daylight-saving change', () => {
    expect(instantAt('2027-05-10', '09:00', 'Asia/Tokyo')).toBe('2027-05-10T09:00:00+09:00');
    expect(instantAt('2027-03-27', '09:00', 'Europe/Berlin')).toBe('2027-03-27T09:00:00+01:00');
    expect(instantAt('2027-03-28', '09:00', 'Europe/Berlin')).toBe('2027-03-28T09:00:00+02:00');
    expect(instantAt('2027-01-10', '08:30', 'America/St_Johns')).toBe('2027-01-10T08:30:00-03:30');
    expect(new Date(instantAt('2027-05-10', '09:00', 'Asia/Tokyo')).toISOString()).toBe('2027-05-10T00:00:00.000Z');
  });

  it('reads wall times back, and does minute arithmetic on them', () => {
    expect(wallOf('2027-05-10T09:30:00+09:00')).toEqual({ date: '2027-05-10', time: '09:30' });
    expect(minutesBetween('09:00', '10:30')).toBe(90);
    expect(addMinutes('13:40', 45)).toBe('14:25');
    expect(daysOf('2027-05-10', '2027-05-12')).toEqual(['2027-05-10', '2027-05-11', '2027-05-12']);
  });
});

describe('availability grid', () => {
  const days = ['2027-05-10', '2027-05-11'];
  it('joins consecutive hours into one window per run, per day', () => {
    const cells = new Set([cellKey(days[0], 9), cellKey(days[0], 10), cellKey(days[0], 14), cellKey(days[1], 19)]);
    expect(windowsFromCells(cells, days, 'Asia/Tokyo')).toEqual([
      { startsAt: '2027-05-10T09:00:00+09:00', endsAt: '2027-05-10T11:00:00+09:00' },
      { startsAt: '2027-05-10T14:00:00+09:00', endsAt: '2027-05-10T15:00:00+09:00' },
      { startsAt: '2027-05-11T19:00:00+09:00', endsAt: '2027-05-11T20:00:00+09:00' },
    ]);
  });

  it('reads windows back into the hours they cover wholly (a round trip keeps them)', () => {
    const windows = [
      { startsAt: '2027-05-10T09:00:00+09:00', endsAt: '2027-05-10T11:00:00+09:00' },
      { startsAt: '2027-05-11T13:30:00+09:00', endsAt: '2027-05-11T15:00:00+09:00' },
    ];
    expect([...cellsFromWindows(windows)].sort()).toEqual([
      cellKey(days[0], 9),
      cellKey(days[0], 10),
      cellKey(days[1], 14),
    ]);
    expect(windowsFromCells(cellsFromWindows(windows.slice(0, 1)), days, 'Asia/Tokyo')).toEqual(windows.slice(0, 1));
  });
});

describe('slot templates and copying a day', () => {
  it('lays a template on a day in the event zone with translated labels', () => {
    const slots = templateDay(DAY_TEMPLATES.business, '2027-05-10', 'Asia/Tokyo', (key) => tr(key));
    expect(slots).toHaveLength(8);
    expect(slots[0]).toEqual({
      startsAt: '2027-05-10T09:00:00+09:00',
      endsAt: '2027-05-10T10:00:00+09:00',
      kind: 'plenary',
      label: 'Keynote',
    });
    expect(slots.filter((slot) => slot.kind === 'break').map((slot) => slot.label)).toEqual([
      'Coffee break',
      'Lunch',
      'Coffee break',
    ]);
  });

  it('copies one day to another at the same wall times, even across a daylight-saving change', () => {
    const slots: Slot[] = [
      {
        id: 'a',
        startsAt: '2027-03-27T09:00:00+01:00',
        endsAt: '2027-03-27T10:00:00+01:00',
        kind: 'plenary',
        label: 'Opening',
        version: 1,
      },
      {
        id: 'b',
        startsAt: '2027-03-26T09:00:00+01:00',
        endsAt: '2027-03-26T10:00:00+01:00',
        kind: 'parallel',
        version: 1,
      },
    ];
    expect(copyDay(slots, '2027-03-27', '2027-03-28', 'Europe/Berlin')).toEqual([
      { startsAt: '2027-03-28T09:00:00+02:00', endsAt: '2027-03-28T10:00:00+02:00', kind: 'plenary', label: 'Opening' },
    ]);
  });
});

describe('session form', () => {
  it('sends a duration as an end time, and no times for a backlog session', () => {
    const draft = {
      ...emptySessionDraft('2027-05-10'),
      title: 'Talk',
      roomId: 'r',
      start: '13:40',
      duration: '45',
      speakers: [
        { speakerId: 's', role: 'chair' as const },
        { speakerId: '', role: 'speaker' as const },
      ],
    };
    expect(sessionBody(draft, 'Asia/Tokyo')).toMatchObject({
      startsAt: '2027-05-10T13:40:00+09:00',
      endsAt: '2027-05-10T14:25:00+09:00',
      durationMinutes: 45,
      roomId: 'r',
      trackId: null,
      speakers: [{ speakerId: 's', role: 'chair' }],
    });
    expect(sessionBody({ ...draft, start: '' }, 'Asia/Tokyo')).toMatchObject({
      startsAt: null,
      endsAt: null,
      durationMinutes: 45,
    });
  });

  it('opens a stored session with its wall times and people', () => {
    const session: Session = {
      id: 'x',
      eventId: 'e',
      numericId: 1,
      title: 'T',
      type: 'talk',
      status: 'confirmed',
      pinned: false,
      createdAt: '2027-05-01T00:00:00Z',
      updatedAt: '2027-05-01T00:00:00Z',
      roomId: 'r',
      startsAt: '2027-05-11T10:30:00+09:00',
      endsAt: '2027-05-11T11:15:00+09:00',
      speakers: [{ speakerId: 's', role: 'speaker', name: 'Ann' }],
      presentations: [],
      version: 3,
    };
    expect(sessionToDraft(session, '2027-05-10')).toMatchObject({
      date: '2027-05-11',
      start: '10:30',
      end: '11:15',
      timing: 'end',
      duration: '45',
      speakers: [{ speakerId: 's', role: 'speaker' }],
    });
  });
});

describe('server refusals sorted for the form', () => {
  it('files each 400 message under the field it names', () => {
    const problem = problemOf(400, {
      message: ['title should not be empty', 'speakers.0.speakerId must be a UUID', 'Something general'],
    });
    expect(problem.byField).toEqual({
      title: ['title should not be empty'],
      speakers: ['speakers.0.speakerId must be a UUID'],
    });
    expect(problem.general).toEqual(['Something general']);
  });

  it('keeps the clashes of a 409 and the message of anything else', () => {
    const clash = { kind: 'room', sessionId: 'k', title: 'Keynote', overlapStart: 'a', overlapEnd: 'b', roomId: 'r' };
    expect(problemOf(409, { message: ['room is booked'], conflicts: [clash] }).clashes).toEqual([clash]);
    expect(problemOf(412, { message: 'stale' }).general).toEqual(['stale']);
    expect(problemOf(500, undefined).messages).toEqual(['HTTP 500']);
  });
});

describe('changelog in words', () => {
  const empty: Changelog = {
    added: [],
    removed: [],
    cancelled: [],
    moved: [],
    retimed: [],
    renamed: [],
    speakersChanged: [],
    otherChanges: [],
  };
  const clock = (instant: string) => instant.slice(11, 16);
  it('says a move with times and rooms, before and after', () => {
    const log = {
      ...empty,
      moved: [
        {
          id: '1',
          title: 'Keynote',
          before: { startsAt: '2027-05-10T09:00:00+09:00', room: 'Hall A' },
          after: { startsAt: '2027-05-10T10:00:00+09:00', room: 'Room B7' },
        },
      ],
    };
    expect(changelogInWords(log, tr, clock)).toEqual(['moved Keynote from 09:00 Hall A to 10:00 Room B7']);
    expect(changelogInWords(log, translator({ en, ja }, 'ja'), clock)).toEqual([
      'Keynote を 09:00 Hall A から 10:00 Room B7 に移動',
    ]);
  });

  it('words every kind of change', () => {
    const log: Changelog = {
      added: [{ id: '1', title: 'New', startsAt: '2027-05-10T11:00:00+09:00', room: 'Hall A' }],
      removed: [{ id: '2', title: 'Gone' }],
      cancelled: [{ id: '3', title: 'Off' }],
      moved: [],
      retimed: [
        {
          id: '4',
          title: 'Long',
          before: { endsAt: '2027-05-10T10:00:00+09:00' },
          after: { endsAt: '2027-05-10T10:30:00+09:00' },
        },
      ],
      renamed: [{ id: '5', title: 'B', before: 'A', after: 'B' }],
      speakersChanged: [{ id: '6', title: 'Panel', before: ['Ann'], after: ['Ann', 'Bo (moderator)'] }],
      otherChanges: [{ id: '7', title: 'Talk', fields: ['abstract'] }],
    };
    expect(changelogInWords(log, tr, clock)).toEqual([
      'added New at 11:00 Hall A',
      'Long now ends at 10:30 instead of 10:00',
      'renamed "A" to "B"',
      'changed the people of Panel: Ann, Bo (moderator)',
      'cancelled Off',
      'removed Gone',
      'changed abstract of Talk',
    ]);
  });

  it('has every English message in Japanese too', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect([key, placeholders(ja[key])]).toEqual([key, placeholders(en[key])]);
    }
  });
});

describe('soft warnings in the console language', () => {
  const names = { speakers: new Map([['s1', '田中 愛子']]), sessions: new Map([['k', 'Keynote']]) };
  const ja = translator({ en, ja: jaCatalog }, 'ja');
  it('words each kind from its ids, the server message only for unknown kinds', () => {
    expect(warningInWords({ kind: 'availability', speakerId: 's1', message: 'x' }, ja, names)).toBe(
      '田中 愛子 はこのセッションの全時間には参加できません。',
    );
    expect(warningInWords({ kind: 'track', sessionId: 'k', message: 'x' }, tr, names)).toBe(
      'Its track also runs "Keynote" at the same time.',
    );
    const reported = {
      kind: 'track',
      message: 'x',
      sessions: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
    };
    expect(warningInWords(reported, tr, names, 'a')).toBe('Its track also runs "B" at the same time.');
    expect(warningInWords({ kind: 'break', message: 'x' }, ja, names)).toBe('休憩時間にかかっています。');
    expect(warningInWords({ kind: 'attendees', message: 'starred together by 12 agendas' }, ja, names)).toBe(
      'starred together by 12 agendas',
    );
  });
});
