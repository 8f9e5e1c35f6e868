import { Interval } from '../time/instants';
import { overlapOf } from './intervals';
import { PlacedSession } from './placed-session';

/** An author of a presentation, as stored: linked to a speaker record or just a name. */
export interface AuthorLike {
  speakerId?: string;
  presenting?: boolean;
}

/** A presentation as the rules need it: its interval and its authors in order. */
export interface PresentationLike extends Interval {
  id: string;
  title: string;
  authors: AuthorLike[];
}

/**
 * A linked author's time in a presentation. A presenting author is busy (a clash is hard, as for
 * a speaker); a co-author who does not present is only expected (a clash is a warning).
 */
export interface AuthorBooking extends Interval {
  speakerId: string;
  presenting: boolean;
  presentationId: string;
  presentationTitle: string;
}

/** When a person is held by a session: its speakers for the whole session, its authors for their paper. */
export interface PersonBooking extends Interval {
  speakerId: string;
  /** true: speaker or presenting author (hard); false: co-author only (soft) */
  busy: boolean;
  presentationTitle?: string;
}

/**
 * Which authors present. Authors marked `presenting: true` do; when no author carries the flag
 * at all, the first author linked to a speaker record presents (the usual single presenter).
 */
export function presentingFlags(authors: AuthorLike[]): boolean[] {
  if (authors.some((author) => author.presenting !== undefined)) return authors.map((a) => a.presenting === true);
  const first = authors.findIndex((author) => author.speakerId);
  return authors.map((_, index) => index === first);
}

/** The bookings of every linked author of a session's presentations. */
export function authorBookings(presentations: PresentationLike[]): AuthorBooking[] {
  const bookings: AuthorBooking[] = [];
  for (const presentation of presentations) {
    const flags = presentingFlags(presentation.authors);
    presentation.authors.forEach((author, index) => {
      if (!author.speakerId) return;
      bookings.push({
        speakerId: author.speakerId,
        presenting: flags[index],
        presentationId: presentation.id,
        presentationTitle: presentation.title,
        start: presentation.start,
        end: presentation.end,
      });
    });
  }
  return bookings;
}

/** Author bookings moved with their session by `delta` milliseconds. */
export function shiftBookings(bookings: AuthorBooking[], delta: number): AuthorBooking[] {
  return delta === 0 ? bookings : bookings.map((b) => ({ ...b, start: b.start + delta, end: b.end + delta }));
}

/**
 * Every person a session holds, and when. A speaker of the session is held for all of it, so
 * their own papers in it add nothing; an author who is not a speaker is held for their paper.
 */
export function personBookings(session: PlacedSession): PersonBooking[] {
  const speakers = new Set(session.speakerIds);
  const bookings: PersonBooking[] = [...speakers].map((speakerId) => ({
    speakerId,
    busy: true,
    start: session.start,
    end: session.end,
  }));
  for (const author of session.authorBookings ?? []) {
    if (speakers.has(author.speakerId)) continue;
    bookings.push({
      speakerId: author.speakerId,
      busy: author.presenting,
      presentationTitle: author.presentationTitle,
      start: author.start,
      end: author.end,
    });
  }
  return bookings;
}

/**
 * The speakers the planner keeps apart. It moves whole sessions, so a presenting author counts
 * as busy for the whole session holding their paper: a proposal never makes them clash.
 */
export function busySpeakerIds(session: Pick<PlacedSession, 'speakerIds' | 'authorBookings'>): string[] {
  const ids = new Set(session.speakerIds);
  for (const author of session.authorBookings ?? []) if (author.presenting) ids.add(author.speakerId);
  return [...ids];
}

export interface PersonClash {
  speakerId: string;
  overlap: Interval;
  /** both bookings busy: a hard conflict; one a co-author's: a warning */
  hard: boolean;
  /** the booking in the first session and in the second */
  first: PersonBooking;
  second: PersonBooking;
}

/** Where two sessions hold the same person at once. Two co-authors' bookings never clash: neither must be there. */
export function personClashes(first: PlacedSession, second: PlacedSession): PersonClash[] {
  if (first.id === second.id) return [];
  const clashes: PersonClash[] = [];
  const theirs = personBookings(second);
  for (const mine of personBookings(first)) {
    for (const other of theirs) {
      if (other.speakerId !== mine.speakerId || (!mine.busy && !other.busy)) continue;
      const overlap = overlapOf(mine, other);
      if (overlap)
        clashes.push({ speakerId: mine.speakerId, overlap, hard: mine.busy && other.busy, first: mine, second: other });
    }
  }
  return clashes;
}

/** How a clash over one person reads, from the side of the session that is not `other`. */
export function describePersonClash(clash: PersonClash, name: string, otherTitle: string): string {
  const role = (booking: PersonBooking) =>
    booking.presentationTitle === undefined
      ? 'speaks'
      : booking.busy
        ? `presents "${booking.presentationTitle}"`
        : `co-authored "${booking.presentationTitle}"`;
  return `${name} ${role(clash.first)} here and ${role(clash.second)} in "${otherTitle}" at the same time`;
}
