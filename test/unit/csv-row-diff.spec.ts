import { isUnchanged, StoredSessionState } from '../../src/csv/csv-row-diff';

const stored = (): StoredSessionState & Record<string, unknown> => ({
  title: 'Keynote',
  subtitle: null,
  trackId: 'track-1',
  startsAt: new Date('2026-03-10T08:00:00Z'),
  endsAt: new Date('2026-03-10T09:00:00Z'),
  durationMinutes: 60,
  speakers: [
    { speakerId: 'b', role: 'speaker', position: 1 },
    { speakerId: 'a', role: 'chair', position: 0 },
  ],
});

describe('isUnchanged', () => {
  it('is true when every field the row sets has that value, instants in any offset', () => {
    expect(
      isUnchanged(
        {
          title: 'Keynote',
          subtitle: null,
          trackId: 'track-1',
          startsAt: '2026-03-10T09:00:00+01:00',
          endsAt: '2026-03-10T08:00:00-01:00',
          speakers: [
            { speakerId: 'a', role: 'chair' },
            { speakerId: 'b', role: 'speaker' },
          ],
          language: undefined,
        },
        stored(),
      ),
    ).toBe(true);
  });

  it.each([
    ['a title', { title: 'Keynote!' }],
    ['a cleared track', { trackId: null }],
    ['a new start', { startsAt: '2026-03-10T09:30:00+01:00' }],
    ['unscheduling', { startsAt: null }],
    ['a speaker role', { speakers: [{ speakerId: 'a' }, { speakerId: 'b' }] }],
    ['the speaker order', { speakers: [{ speakerId: 'b' }, { speakerId: 'a', role: 'chair' }] }],
    ['a newly set field', { language: 'en' }],
  ])('is false for %s', (_, write) => {
    expect(isUnchanged(write, stored())).toBe(false);
  });
});
