import { PlacedSession } from '../../../src/scheduling/placed-session';

/** Epoch milliseconds of an ISO instant with offset: `at('2026-03-10T09:00:00+01:00')`. */
export const at = (iso: string): number => {
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) throw new Error(`bad test instant ${iso}`);
  return millis;
};

/** A confirmed session in room-a, track-a, with speaker ada, 09:00-10:00 Berlin time on 2026-03-10. */
export const buildPlacedSession = (overrides: Partial<PlacedSession> = {}): PlacedSession => ({
  id: 'candidate',
  title: 'Candidate talk',
  status: 'confirmed',
  start: at('2026-03-10T09:00:00+01:00'),
  end: at('2026-03-10T10:00:00+01:00'),
  roomId: 'room-a',
  trackId: 'track-a',
  speakerIds: ['ada'],
  expectedAttendance: null,
  ...overrides,
});
