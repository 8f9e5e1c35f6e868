import { toFeedEntry } from '../../../src/calendar/feed-entries';
import { buildFeedSession, feedContext, SESSION_ID } from '../support/feed.factory';

describe('toFeedEntry', () => {
  it('derives the UID from the session id and the feed domain', () => {
    expect(toFeedEntry(buildFeedSession(), feedContext()).uid).toBe(`${SESSION_ID}@agenda.example.org`);
  });

  it('keeps the same UID when the session moves, changes room or is renamed', () => {
    const before = toFeedEntry(buildFeedSession(), feedContext());
    const after = toFeedEntry(
      buildFeedSession({
        title: 'Renamed',
        roomName: 'Hall B',
        start: Date.parse('2026-03-11T14:00:00+01:00'),
        end: Date.parse('2026-03-11T15:00:00+01:00'),
      }),
      feedContext(),
    );
    expect(after.uid).toBe(before.uid);
  });

  it('passes times, sequence and last change through', () => {
    const session = buildFeedSession({ sequence: 7 });
    expect(toFeedEntry(session, feedContext())).toMatchObject({
      start: session.start,
      end: session.end,
      sequence: 7,
      lastModified: session.updatedAt,
    });
  });

  it.each([
    ['confirmed', false, 'CONFIRMED'],
    ['tentative', false, 'TENTATIVE'],
    ['cancelled', false, 'CANCELLED'],
    ['confirmed', true, 'CANCELLED'],
    ['tentative', true, 'CANCELLED'],
  ])('maps status %s (deleted: %s) to %s', (status, deleted, expected) => {
    expect(toFeedEntry(buildFeedSession({ status, deleted }), feedContext()).status).toBe(expected);
  });

  it('prefixes the summary of a cancelled session with "Cancelled: "', () => {
    expect(toFeedEntry(buildFeedSession({ status: 'cancelled' }), feedContext()).summary).toBe(
      'Cancelled: Testing in production',
    );
  });

  it('prefixes the summary of a deleted session with "Cancelled: "', () => {
    expect(toFeedEntry(buildFeedSession({ deleted: true }), feedContext()).summary).toBe(
      'Cancelled: Testing in production',
    );
  });

  it('leaves the summary of a live session as its title', () => {
    expect(toFeedEntry(buildFeedSession({ status: 'tentative' }), feedContext()).summary).toBe('Testing in production');
  });

  describe('location', () => {
    it('joins room and venue', () => {
      expect(
        toFeedEntry(buildFeedSession({ roomName: 'Hall A' }), feedContext({ venue: 'Congress Center' })).location,
      ).toBe('Hall A, Congress Center');
    });

    it('gives the room alone or the venue alone', () => {
      expect(toFeedEntry(buildFeedSession({ roomName: 'Hall A' }), feedContext()).location).toBe('Hall A');
      expect(toFeedEntry(buildFeedSession(), feedContext({ venue: 'Congress Center' })).location).toBe(
        'Congress Center',
      );
    });

    it('has none when neither is known', () => {
      expect(toFeedEntry(buildFeedSession(), feedContext()).location).toBeUndefined();
    });
  });

  it('lists the track and the type as categories, or the type alone', () => {
    expect(
      toFeedEntry(buildFeedSession({ trackName: 'Security', type: 'workshop' }), feedContext()).categories,
    ).toEqual(['Security', 'workshop']);
    expect(toFeedEntry(buildFeedSession({ type: 'keynote' }), feedContext()).categories).toEqual(['keynote']);
  });

  it('links to the session page', () => {
    expect(toFeedEntry(buildFeedSession(), feedContext()).url).toBe(
      `https://agenda.example.org/sessions/${SESSION_ID}`,
    );
  });

  describe('description', () => {
    it('holds only the link for a bare session', () => {
      expect(toFeedEntry(buildFeedSession(), feedContext()).description).toBe(
        `https://agenda.example.org/sessions/${SESSION_ID}`,
      );
    });

    it('gives subtitle, people with non-speaker roles, track, abstract, presentations and link, in that order', () => {
      const entry = toFeedEntry(
        buildFeedSession({
          subtitle: 'Why staging lies',
          abstract: 'We look at real incidents.',
          trackName: 'Operations',
          speakers: [
            { name: 'Ada Lovelace', role: 'speaker' },
            { name: 'Grace Hopper', role: 'moderator' },
          ],
          presentations: [
            { title: 'Incident one', start: '09:00', authors: ['Ada Lovelace', 'Linus T.'] },
            { title: 'Incident two', start: '09:30', authors: [] },
          ],
        }),
        feedContext(),
      );
      expect(entry.description).toBe(
        [
          'Why staging lies',
          'With: Ada Lovelace, Grace Hopper (moderator)',
          'Track: Operations',
          'We look at real incidents.',
          'Presentations:\n09:00 Incident one (Ada Lovelace, Linus T.)\n09:30 Incident two',
          `https://agenda.example.org/sessions/${SESSION_ID}`,
        ].join('\n\n'),
      );
    });
  });
});
