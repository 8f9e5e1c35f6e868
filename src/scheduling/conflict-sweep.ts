import { Interval } from '../time/instants';
import { PersonBooking, personBookings } from './author-bookings';
import { isActive, PlacedSession } from './placed-session';

export interface ConflictPair {
  /** speaker: one person held by both sessions (as speaker or presenting author); author: a co-author's soft clash */
  kind: 'room' | 'speaker' | 'track' | 'author';
  /** the room, speaker or track id shared */
  resourceId: string;
  first: PlacedSession;
  second: PlacedSession;
  overlap: Interval;
  /** for speaker and author pairs: how each session holds the person */
  bookings?: [PersonBooking, PersonBooking];
}

interface Booking extends Interval {
  session: PlacedSession;
  person?: PersonBooking;
}

/**
 * Every pair of non-cancelled sessions that share a room, a speaker or a track at the same time.
 * A person is booked for the whole session as its speaker, for their paper as its presenting
 * author (both kind `speaker`), or as a co-author (only kind `author`, a clash with a busy booking).
 * Per resource, bookings are sorted by start and swept with the set of those still running:
 * O(n log n + k) for n bookings and k clashes, instead of comparing every pair.
 */
export function sweepConflicts(
  sessions: PlacedSession[],
  kinds: ConflictPair['kind'][] = ['room', 'speaker'],
): ConflictPair[] {
  const byResource = new Map<string, Booking[]>();
  const book = (key: string, booking: Booking) => {
    const list = byResource.get(key);
    if (list) list.push(booking);
    else byResource.set(key, [booking]);
  };
  const people = kinds.includes('speaker') || kinds.includes('author');
  for (const session of sessions) {
    if (!isActive(session)) continue;
    const whole = { session, start: session.start, end: session.end };
    if (kinds.includes('room') && session.roomId) book(`room:${session.roomId}`, whole);
    if (kinds.includes('track') && session.trackId) book(`track:${session.trackId}`, whole);
    if (people)
      for (const person of personBookings(session))
        book(`person:${person.speakerId}`, { session, start: person.start, end: person.end, person });
  }
  const pairs: ConflictPair[] = [];
  for (const [key, bookings] of byResource) {
    const [resource, resourceId] = splitKey(key);
    bookings.sort((a, b) => a.start - b.start || a.end - b.end);
    let running: Booking[] = [];
    for (const booking of bookings) {
      running = running.filter((other) => other.end > booking.start);
      for (const other of running) {
        if (other.session.id === booking.session.id) continue;
        const kind = resource === 'person' ? personKind(other.person!, booking.person!) : resource;
        if (!kind || !kinds.includes(kind)) continue;
        pairs.push({
          kind,
          resourceId,
          first: other.session,
          second: booking.session,
          overlap: { start: booking.start, end: Math.min(other.end, booking.end) },
          ...(resource === 'person' && {
            bookings: [other.person!, booking.person!] as [PersonBooking, PersonBooking],
          }),
        });
      }
      running.push(booking);
    }
  }
  return dedupe(pairs);
}

function personKind(a: PersonBooking, b: PersonBooking): 'speaker' | 'author' | null {
  if (a.busy && b.busy) return 'speaker';
  return a.busy || b.busy ? 'author' : null;
}

/** One pair per two sessions and person: a speaker may meet several papers of one author. */
function dedupe(pairs: ConflictPair[]): ConflictPair[] {
  const seen = new Set<string>();
  return pairs.filter((pair) => {
    if (pair.kind === 'room' || pair.kind === 'track') return true;
    const [a, b] = [pair.first.id, pair.second.id].sort();
    const key = `${pair.kind}:${pair.resourceId}:${a}:${b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function splitKey(key: string): ['room' | 'track' | 'person', string] {
  const index = key.indexOf(':');
  return [key.slice(0, index) as 'room' | 'track' | 'person', key.slice(index + 1)];
}
