import { Changelog } from '../../../src/versions/changelog';
import { publishMessages } from '../../../src/webhooks/publish-messages';

const empty = (): Changelog => ({
  added: [],
  removed: [],
  cancelled: [],
  moved: [],
  retimed: [],
  renamed: [],
  speakersChanged: [],
  otherChanges: [],
});
const version = { number: 2, name: 'Final', publishedAt: '2026-03-01T10:00:00.000Z' };

describe('publishMessages', () => {
  it('announces every publish with its whole changelog, even an empty one', () => {
    expect(publishMessages({ number: 1, publishedAt: version.publishedAt }, empty())).toEqual([
      {
        type: 'schedule.published',
        payload: { version: { number: 1, publishedAt: version.publishedAt }, changes: empty() },
      },
    ]);
  });

  it('sends one session.cancelled per cancelled or removed session', () => {
    const changes = {
      ...empty(),
      cancelled: [{ id: 'a', title: 'Panel' }],
      removed: [{ id: 'b', title: 'Gone', startsAt: '2026-03-10T09:00:00+01:00', room: 'Hall A' }],
    };
    expect(publishMessages(version, changes).slice(1)).toEqual([
      { type: 'session.cancelled', payload: { version, session: { id: 'a', title: 'Panel' }, reason: 'cancelled' } },
      {
        type: 'session.cancelled',
        payload: {
          version,
          session: { id: 'b', title: 'Gone', startsAt: '2026-03-10T09:00:00+01:00', room: 'Hall A' },
          reason: 'removed',
        },
      },
    ]);
  });

  it('gathers all changes of one session into one session.changed, and leaves added sessions to schedule.published', () => {
    const moved = { before: { startsAt: '09:00', room: 'A' }, after: { startsAt: '11:00', room: 'B' } };
    const changes: Changelog = {
      ...empty(),
      added: [{ id: 'n', title: 'New' }],
      moved: [{ id: 's', title: 'Rust 2', ...moved }],
      renamed: [{ id: 's', title: 'Rust 2', before: 'Rust', after: 'Rust 2' }],
      speakersChanged: [{ id: 't', title: 'Go', before: ['Ada'], after: ['Ada', 'Grace (moderator)'] }],
      otherChanges: [{ id: 's', title: 'Rust 2', fields: ['abstract'] }],
    };
    const messages = publishMessages(version, changes);
    expect(messages.map((m) => m.type)).toEqual(['schedule.published', 'session.changed', 'session.changed']);
    expect(messages[1].payload).toEqual({
      version,
      session: { id: 's', title: 'Rust 2' },
      changes: { moved, renamed: { before: 'Rust', after: 'Rust 2' }, otherFields: ['abstract'] },
    });
    expect(messages[2].payload).toEqual({
      version,
      session: { id: 't', title: 'Go' },
      changes: { speakers: { before: ['Ada'], after: ['Ada', 'Grace (moderator)'] } },
    });
  });
});
