import { Interval } from '../time/instants';
import type { AuthorBooking } from './author-bookings';

/** What the rules need to know of a session that has a time. */
export interface PlacedSession extends Interval {
  id: string;
  title: string;
  status: string;
  roomId: string | null;
  trackId: string | null;
  speakerIds: string[];
  expectedAttendance?: number | null;
  /** linked authors of its presentations, when loaded (they are busy while presenting) */
  authorBookings?: AuthorBooking[];
}

export const isActive = (session: Pick<PlacedSession, 'status'>) => session.status !== 'cancelled';
