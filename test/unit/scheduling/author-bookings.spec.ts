import {
  authorBookings,
  busySpeakerIds,
  personBookings,
  presentingFlags,
} from '../../../src/scheduling/author-bookings';
import { buildConflictReport } from '../../../src/scheduling/conflict-report';
import { sweepConflicts } from '../../../src/scheduling/conflict-sweep';
import { findHardConflicts } from '../../../src/scheduling/hard-conflicts';
import { findSoftConflicts } from '../../../src/scheduling/soft-conflicts';
import { at, buildPlacedSession } from '../support/placed-session.factory';

/** A paper session 09:00-10:30 chaired by grace, with a paper 09:30-10:00 by the given authors. */
const paperSession = (authors: { speakerId?: string; presenting?: boolean }[], overrides = {}) =>
  buildPlacedSession({
    id: 'papers',
    title: 'Paper session',
    roomId: 'room-p',
    trackId: null,
    speakerIds: ['grace'],
    end: at('2026-03-10T10:30:00+01:00'),
    authorBookings: authorBookings([
      {
        id: 'paper-1',
        title: 'On Sorting',
        authors,
        start: at('2026-03-10T09:30:00+01:00'),
        end: at('2026-03-10T10:00:00+01:00'),
      },
    ]),
    ...overrides,
  });

/** ada speaks in room-a at the given time. */
const talk = (start: string, end: string) =>
  buildPlacedSession({ id: 'talk', title: 'Talk', start: at(start), end: at(end), speakerIds: ['ada'], trackId: null });

describe('presentingFlags', () => {
  it('makes the first author linked to a speaker record present when nobody is marked', () => {
    expect(presentingFlags([{}, { speakerId: 'ada' }, { speakerId: 'bob' }])).toEqual([false, true, false]);
  });

  it('follows explicit flags once any author carries one', () => {
    expect(presentingFlags([{ speakerId: 'ada' }, { speakerId: 'bob', presenting: true }])).toEqual([false, true]);
    expect(presentingFlags([{ speakerId: 'ada', presenting: false }, { speakerId: 'bob' }])).toEqual([false, false]);
  });

  it('lets nobody present when no author is linked', () => {
    expect(presentingFlags([{}, {}])).toEqual([false, false]);
  });
});

describe('personBookings', () => {
  it('holds speakers for the whole session and a non-speaking author for their paper only', () => {
    const session = paperSession([{ speakerId: 'ada' }, { speakerId: 'bob' }]);
    expect(personBookings(session)).toEqual([
      { speakerId: 'grace', busy: true, start: session.start, end: session.end },
      {
        speakerId: 'ada',
        busy: true,
        presentationTitle: 'On Sorting',
        start: at('2026-03-10T09:30:00+01:00'),
        end: at('2026-03-10T10:00:00+01:00'),
      },
      {
        speakerId: 'bob',
        busy: false,
        presentationTitle: 'On Sorting',
        start: at('2026-03-10T09:30:00+01:00'),
        end: at('2026-03-10T10:00:00+01:00'),
      },
    ]);
  });

  it('does not book a speaker twice for their own paper in the session', () => {
    const session = paperSession([{ speakerId: 'grace' }]);
    expect(personBookings(session)).toHaveLength(1);
  });

  it('gives the planner the presenting authors as busy for the whole session', () => {
    expect(busySpeakerIds(paperSession([{ speakerId: 'ada' }, { speakerId: 'bob' }]))).toEqual(['grace', 'ada']);
  });
});

describe('findHardConflicts with presenting authors', () => {
  it('refuses a talk by the presenting author while the paper is presented', () => {
    const conflicts = findHardConflicts(talk('2026-03-10T09:45:00+01:00', '2026-03-10T10:15:00+01:00'), [
      paperSession([{ speakerId: 'ada' }]),
    ]);
    expect(conflicts).toEqual([
      {
        kind: 'speaker',
        sessionId: 'papers',
        title: 'Paper session',
        speakerId: 'ada',
        overlap: { start: at('2026-03-10T09:45:00+01:00'), end: at('2026-03-10T10:00:00+01:00') },
      },
    ]);
  });

  it('accepts the talk in the same session outside the paper itself (half-open at its end)', () => {
    const papers = paperSession([{ speakerId: 'ada' }]);
    expect(findHardConflicts(talk('2026-03-10T10:00:00+01:00', '2026-03-10T10:30:00+01:00'), [papers])).toEqual([]);
    expect(findHardConflicts(talk('2026-03-10T09:00:00+01:00', '2026-03-10T09:30:00+01:00'), [papers])).toEqual([]);
  });

  it('refuses in both directions: the paper session checked against the talk', () => {
    const conflicts = findHardConflicts(paperSession([{ speakerId: 'ada' }]), [
      talk('2026-03-10T09:00:00+01:00', '2026-03-10T09:40:00+01:00'),
    ]);
    expect(conflicts.map((c) => [c.kind, c.speakerId])).toEqual([['speaker', 'ada']]);
  });

  it('does not refuse a co-author who does not present, nor a cancelled paper session', () => {
    const slot = talk('2026-03-10T09:30:00+01:00', '2026-03-10T10:00:00+01:00');
    expect(findHardConflicts(slot, [paperSession([{ speakerId: 'bob' }, { speakerId: 'ada' }])])).toEqual([]);
    expect(findHardConflicts(slot, [paperSession([{ speakerId: 'ada' }], { status: 'cancelled' })])).toEqual([]);
  });
});

describe('soft conflicts of co-authors', () => {
  it('warns, naming the person and the paper, when a co-author speaks elsewhere during the paper', () => {
    const warnings = findSoftConflicts(talk('2026-03-10T09:30:00+01:00', '2026-03-10T10:00:00+01:00'), {
      others: [paperSession([{ speakerId: 'bob' }, { speakerId: 'ada' }])],
      speakers: [{ id: 'ada', name: 'Ada Lovelace', availability: null }],
      breaks: [],
    });
    expect(warnings).toEqual([
      {
        kind: 'author',
        sessionId: 'papers',
        speakerId: 'ada',
        message: 'Ada Lovelace speaks here and co-authored "On Sorting" in "Paper session" at the same time',
      },
    ]);
  });
});

describe('conflict report and sweep with authors', () => {
  const sessions = () => [
    paperSession([{ speakerId: 'ada' }, { speakerId: 'bob' }]),
    buildPlacedSession({
      id: 'talk-ada',
      title: 'Ada talk',
      speakerIds: ['ada'],
      start: at('2026-03-10T09:45:00+01:00'),
      end: at('2026-03-10T10:45:00+01:00'),
    }),
    buildPlacedSession({
      id: 'talk-bob',
      title: 'Bob talk',
      roomId: 'room-b',
      speakerIds: ['bob'],
      trackId: null,
      start: at('2026-03-10T09:00:00+01:00'),
      end: at('2026-03-10T09:45:00+01:00'),
    }),
  ];

  it('sweeps a presenting author as a speaker clash and a co-author as an author pair', () => {
    const pairs = sweepConflicts(sessions(), ['speaker', 'author']);
    expect(pairs.map((p) => [p.kind, p.resourceId, p.overlap.start, p.overlap.end])).toEqual(
      expect.arrayContaining([
        ['speaker', 'ada', at('2026-03-10T09:45:00+01:00'), at('2026-03-10T10:00:00+01:00')],
        ['author', 'bob', at('2026-03-10T09:30:00+01:00'), at('2026-03-10T09:45:00+01:00')],
      ]),
    );
    expect(pairs).toHaveLength(2);
    expect(sweepConflicts(sessions(), ['speaker'])).toHaveLength(1);
  });

  it('lists the presenting author as a hard conflict and the co-author as a warning, in words', () => {
    const { conflicts } = buildConflictReport({
      sessions: sessions(),
      rooms: [],
      speakers: [
        { id: 'ada', name: 'Ada', availability: null },
        { id: 'bob', name: 'Bob', availability: null },
      ],
      tracks: [],
      breaks: [],
      agendas: [],
    });
    const people = conflicts.filter((c) => c.kind === 'speaker' || c.kind === 'author');
    expect(people.map((c) => [c.kind, c.hard, c.speakerId, c.message])).toEqual([
      [
        'speaker',
        true,
        'ada',
        '"Paper session": Ada presents "On Sorting" here and speaks in "Ada talk" at the same time',
      ],
      [
        'author',
        false,
        'bob',
        '"Bob talk": Bob speaks here and co-authored "On Sorting" in "Paper session" at the same time',
      ],
    ]);
  });
});
