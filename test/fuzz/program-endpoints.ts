import fc from 'fast-check';
import { FuzzFixture } from './fuzz-fixture';
import { JsonEndpoint } from './fuzz-case';
import {
  EDGE_INSTANTS,
  hostileDate,
  hostileId,
  hostileInstant,
  hostileNumber,
  hostileString,
  hostileTimeZone,
  METACHARACTERS,
  wrongType,
} from './hostile-values';

/** The event's own CRUD routes: events, tracks, rooms, slots, speakers, sessions, presentations, publish. */

const text = (validLength = 40) => fc.oneof(hostileString, fc.string({ maxLength: validLength }), wrongType);
const instant = fc.oneof(
  { weight: 3, arbitrary: hostileInstant },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_INSTANTS) },
  { weight: 1, arbitrary: wrongType },
);
const count = fc.oneof(hostileNumber, wrongType, fc.constantFrom('10', '1e3', ' 5'));
const choice = (...valid: string[]) =>
  fc.oneof(
    fc.constantFrom(...valid),
    fc.constantFrom(...valid.map((v) => v.toUpperCase()), `${valid[0]} `, ''),
    hostileString,
    wrongType,
  );
const ids = (fx: FuzzFixture, pick: (p: FuzzFixture['target']) => string) =>
  fc.oneof(
    fc.constant(pick(fx.target)),
    fc.constant(pick(fx.foreign)),
    hostileId([...fx.target.ids, ...fx.foreign.ids]),
    wrongType,
  );
const bool = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 0, 1, 'yes'), wrongType);
const deleteQuery = fc.constantFrom(
  'detach=maybe',
  'detach=1',
  'detach=',
  'detach=true&detach=false',
  'detach[]=true',
  '%00',
  'detach=%00',
);

const eventFields = {
  name: text(),
  slug: fc.oneof(text(), fc.constantFrom('Upper-Case', '-dash', 'a--b', 'x'.repeat(121), 'fuzz-target-conference')),
  timezone: fc.oneof(
    hostileTimeZone,
    fc.constantFrom('Europe/Berlin', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'),
    wrongType,
  ),
  startDate: fc.oneof(hostileDate, wrongType, fc.constantFrom('2026-03-31', '2026-03-27')),
  endDate: fc.oneof(hostileDate, wrongType, fc.constantFrom('2026-03-27', '2026-03-28')),
  venue: text(),
  description: text(),
  status: choice('draft', 'published'),
  version: count,
};

function crud(
  group: string,
  fields: Record<string, fc.Arbitrary<unknown>>,
  base: (fx: FuzzFixture) => Record<string, unknown>,
  idOf: (fx: FuzzFixture) => string,
): JsonEndpoint[] {
  const collection = (eventId: string) => `/api/events/${eventId}/${group}`;
  return [
    { group, method: 'POST', path: collection, base, fields },
    {
      group,
      method: 'PATCH',
      path: (e, id) => `${collection(e)}/${id}`,
      ids: (fx) => [idOf(fx)],
      base,
      fields: { ...fields, version: count },
      ifMatch: true,
    },
    // Valid ids only with a hostile If-Match or query: a plain valid delete would empty the fixture.
    {
      group,
      method: 'DELETE',
      path: (e, id) => `${collection(e)}/${id}`,
      ids: () => ['00000000-0000-4000-8000-000000000000'],
      base: () => ({}),
      fields: {},
      ifMatch: true,
      query: deleteQuery,
    },
    {
      group,
      method: 'DELETE',
      path: (e, id) => `${collection(e)}/${id}?detach=maybe`,
      ids: (fx) => [idOf(fx)],
      base: () => ({}),
      fields: {},
    },
  ];
}

export function programEndpoints(fx: FuzzFixture): JsonEndpoint[] {
  const roomFields = { name: text(), capacity: count, position: count };
  const trackFields = {
    name: text(),
    color: fc.oneof(text(), fc.constantFrom('#GGGGGG', '#fff', 'red', '#3366FF', '#3366ff00')),
    description: text(),
  };
  const slotFields = {
    startsAt: instant,
    endsAt: instant,
    kind: choice('parallel', 'plenary', 'break'),
    label: text(),
  };
  const window = fc.record({ startsAt: instant, endsAt: instant }, { requiredKeys: [] });
  const speakerFields = {
    name: text(),
    affiliation: text(),
    bio: text(),
    email: fc.oneof(
      text(),
      fc.constantFrom(
        'a@b',
        'x@example',
        '@example.org',
        'a b@example.org',
        `${'x'.repeat(250)}@e.org`,
        'ada@example.org',
      ),
    ),
    availability: fc.oneof(
      fc.array(fc.oneof(window, wrongType), { maxLength: 4 }),
      wrongType,
      fc.constant(Array(101).fill({ startsAt: EDGE_INSTANTS[0], endsAt: EDGE_INSTANTS[3] })),
    ),
  };
  const speakerLink = fc.record(
    { speakerId: ids(fx, (p) => p.speakerId), role: choice('speaker', 'moderator', 'chair', 'author') },
    { requiredKeys: [] },
  );
  const sessionFields = {
    title: text(),
    subtitle: text(),
    abstract: text(),
    description: text(),
    type: choice('talk', 'keynote', 'paper-session', 'poster-session', 'lightning'),
    status: choice('confirmed', 'tentative', 'cancelled'),
    trackId: ids(fx, (p) => p.trackId),
    roomId: ids(fx, (p) => p.roomId),
    slotId: ids(fx, (p) => p.slotId),
    startsAt: instant,
    endsAt: instant,
    durationMinutes: count,
    language: fc.oneof(text(), fc.constantFrom('en', 'pt-BR', 'english', 'e', 'x-klingon')),
    expectedAttendance: count,
    pinned: bool,
    url: fc.oneof(
      text(),
      fc.constantFrom('javascript:alert(1)', 'ftp://x', 'http://', 'https://example.org/a b', 'https://example.org/'),
    ),
    links: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record({ href: fc.oneof(text(), fc.constant('https://ok.example')), title: text() }, { requiredKeys: [] }),
          wrongType,
        ),
        { maxLength: 3 },
      ),
      wrongType,
    ),
    speakers: fc.oneof(
      fc.array(fc.oneof(speakerLink, wrongType), { maxLength: 4 }),
      wrongType,
      fc.constant(Array(51).fill({ speakerId: fx.target.speakerId })),
    ),
  };
  const author = fc.record({ speakerId: ids(fx, (p) => p.speakerId), name: text() }, { requiredKeys: [] });
  const presentationFields = {
    title: text(),
    authors: fc.oneof(fc.array(fc.oneof(author, wrongType), { maxLength: 3 }), wrongType),
    abstract: text(),
    startsAt: instant,
    endsAt: instant,
    durationMinutes: count,
  };
  const presentations = (e: string) => `/api/events/${e}/sessions/${fx.target.sessionId}/presentations`;
  return [
    {
      group: 'events',
      method: 'POST',
      path: () => '/api/events',
      noEvent: true,
      fields: eventFields,
      base: () => ({ name: 'Fuzzed event', timezone: 'Europe/Berlin', startDate: '2026-03-28', endDate: '2026-03-30' }),
    },
    {
      group: 'events',
      method: 'PATCH',
      path: (e) => `/api/events/${e}`,
      fields: eventFields,
      ifMatch: true,
      base: () => ({ venue: 'Hall' }),
    },
    // Only unknown and malformed event ids (the target's own would be deleted): see pathFor.
    {
      group: 'events',
      method: 'DELETE',
      path: (_e, id) => `/api/events/${id}`,
      ids: () => ['00000000-0000-4000-8000-000000000000'],
      fields: {},
      base: () => ({}),
      ifMatch: true,
    },
    // Each accepted publish stores a snapshot of the whole program: start from an invalid name (over
    // 100 characters) so that only some mutations publish, or 10,000 cases grow the database past 150 MB.
    {
      group: 'events',
      method: 'POST',
      path: (e) => `/api/events/${e}/publish`,
      fields: { name: text() },
      base: () => ({ name: 'r'.repeat(101) }),
    },
    ...crud(
      'rooms',
      roomFields,
      () => ({ name: 'Room C', capacity: 10 }),
      (fx) => fx.target.roomId,
    ),
    ...crud(
      'tracks',
      trackFields,
      () => ({ name: 'Track', color: '#00aa00' }),
      (fx) => fx.target.trackId,
    ),
    ...crud(
      'slots',
      slotFields,
      () => ({ startsAt: '2026-03-29T09:00:00+02:00', endsAt: '2026-03-29T10:00:00+02:00', kind: 'break' }),
      (fx) => fx.target.slotId,
    ),
    ...crud(
      'speakers',
      speakerFields,
      () => ({ name: 'Grace Hopper', affiliation: METACHARACTERS[0] }),
      (fx) => fx.target.speakerId,
    ),
    ...crud(
      'sessions',
      sessionFields,
      (f) => ({
        title: 'Fuzzed talk',
        type: 'talk',
        roomId: f.target.roomId,
        startsAt: '2026-03-30T14:00:00+02:00',
        endsAt: '2026-03-30T15:00:00+02:00',
        speakers: [{ speakerId: f.target.speakerId, role: 'speaker' }],
      }),
      (fx) => fx.target.sessionId,
    ),
    {
      group: 'presentations',
      method: 'POST',
      path: presentations,
      fields: presentationFields,
      base: () => ({
        title: 'Another paper',
        startsAt: '2026-03-28T09:20:00+01:00',
        endsAt: '2026-03-28T09:40:00+01:00',
      }),
    },
    {
      group: 'presentations',
      method: 'PATCH',
      path: (e, id) => `${presentations(e)}/${id}`,
      ids: (f) => [f.target.presentationId],
      fields: { ...presentationFields, version: count },
      ifMatch: true,
      base: () => ({ title: 'Renamed paper' }),
    },
    {
      group: 'presentations',
      method: 'DELETE',
      path: (e, id) => `${presentations(e)}/${id}`,
      ids: (f) => [f.foreign.presentationId],
      fields: {},
      base: () => ({}),
      ifMatch: true,
    },
  ];
}
