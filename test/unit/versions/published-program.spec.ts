import { SessionResponseDto } from '../../../src/sessions/dto/session-response.dto';
import { nextPublishedProgram, PublishedProgram, WorkingProgram } from '../../../src/versions/published-program';

const V1 = '2026-03-01T10:00:00.000Z';
const V2 = '2026-03-02T10:00:00.000Z';
const V3 = '2026-03-03T10:00:00.000Z';

const session = (id: string, overrides: Partial<SessionResponseDto> = {}): SessionResponseDto => ({
  id,
  eventId: 'event',
  numericId: 1,
  title: `Session ${id}`,
  type: 'talk',
  status: 'confirmed',
  roomId: 'room-a',
  startsAt: '2026-03-10T09:00:00+01:00',
  endsAt: '2026-03-10T10:00:00+01:00',
  pinned: false,
  speakers: [],
  presentations: [],
  version: 1,
  createdAt: V1,
  updatedAt: V1,
  ...overrides,
});

const working = (sessions: SessionResponseDto[], tombstones: WorkingProgram['tombstones'] = []): WorkingProgram =>
  ({ event: {}, tracks: [], rooms: [], slots: [], speakers: [], sessions, tombstones }) as unknown as WorkingProgram;

const publish = (previous: PublishedProgram | null, sessions: SessionResponseDto[], at: string) =>
  nextPublishedProgram(previous, working(sessions), at);

const stamps = (program: PublishedProgram) =>
  Object.fromEntries(
    program.sessions.map((s) => [s.id, { sequence: s.sequence, lastPublishedChange: s.lastPublishedChange }]),
  );

describe('SEQUENCE and DTSTAMP across publishes (nextPublishedProgram)', () => {
  const v1 = publish(null, [session('a'), session('b'), session('c')], V1);

  it('starts every session of a first version at SEQUENCE 0, stamped with that publish', () => {
    expect(stamps(v1)).toEqual({
      a: { sequence: 0, lastPublishedChange: V1 },
      b: { sequence: 0, lastPublishedChange: V1 },
      c: { sequence: 0, lastPublishedChange: V1 },
    });
  });

  it.each([
    ['start', { startsAt: '2026-03-10T11:00:00+01:00', endsAt: '2026-03-10T12:00:00+01:00' }],
    ['end', { endsAt: '2026-03-10T10:30:00+01:00' }],
    ['room', { roomId: 'room-b' }],
    ['status', { status: 'cancelled' as const }],
  ])('raises SEQUENCE by one and restamps when a publish changes the %s', (_, change) => {
    const v2 = publish(v1, [session('a', change), session('b'), session('c')], V2);
    expect(stamps(v2).a).toEqual({ sequence: 1, lastPublishedChange: V2 });
  });

  it('restamps without raising SEQUENCE when only the content changes (title, abstract, speakers)', () => {
    const v2 = publish(
      v1,
      [session('a', { title: 'New title' }), session('b', { abstract: 'More' }), session('c')],
      V2,
    );
    expect(stamps(v2)).toMatchObject({
      a: { sequence: 0, lastPublishedChange: V2 },
      b: { sequence: 0, lastPublishedChange: V2 },
      c: { sequence: 0, lastPublishedChange: V1 },
    });
  });

  it('changes nothing for edits that leave the public session as it was (version, updatedAt)', () => {
    const v2 = publish(v1, [session('a', { version: 7, updatedAt: V2 }), session('b'), session('c')], V2);
    expect(stamps(v2).a).toEqual({ sequence: 0, lastPublishedChange: V1 });
  });

  it('counts several unpublished moves between two publishes as one change', () => {
    const v2 = publish(
      v1,
      [session('a', { roomId: 'room-c', startsAt: '2026-03-10T13:00:00+01:00', endsAt: '2026-03-10T14:00:00+01:00' })],
      V2,
    );
    expect(stamps(v2).a.sequence).toBe(1);
  });

  it('keeps a session that left the program as removed, once, with SEQUENCE + 1 at the publish that dropped it', () => {
    const v2 = publish(v1, [session('a'), session('b')], V2);
    expect(v2.removed).toEqual([expect.objectContaining({ id: 'c', sequence: 1, lastPublishedChange: V2 })]);
    const v3 = publish(v2, [session('a'), session('b')], V3);
    expect(v3.removed).toEqual(v2.removed);
  });

  it('forgets the removal when the session comes back, with a SEQUENCE above its cancellation', () => {
    const v2 = publish(v1, [session('a'), session('b')], V2);
    const v3 = publish(v2, [session('a'), session('b'), session('c')], V3);
    expect(v3.removed).toEqual([]);
    expect(stamps(v3).c).toEqual({ sequence: 2, lastPublishedChange: V3 });
  });

  it('makes a restored first version carry the tombstones of its backup, so calendars still cancel them', () => {
    const tombstone = { ...session('gone'), sequence: 4, lastPublishedChange: V1 };
    const restored = nextPublishedProgram(null, working([session('a')], [tombstone]), V2);
    expect(restored.removed.map((s) => [s.id, s.sequence])).toEqual([['gone', 4]]);
  });
});
