import { EventResponseDto } from '../events/dto/event-response.dto';
import { RoomResponseDto } from '../rooms/dto/room-response.dto';
import { SessionResponseDto } from '../sessions/dto/session-response.dto';
import { SlotResponseDto } from '../slots/dto/slot-response.dto';
import { SpeakerResponseDto } from '../speakers/dto/speaker-response.dto';
import { TrackResponseDto } from '../tracks/dto/track-response.dto';

/** A scheduled session as the public saw it in one version, with its calendar bookkeeping. */
export interface PublishedSession extends SessionResponseDto {
  /** iCal SEQUENCE: rises only when a publish changes its time, room or status. */
  sequence: number;
  /** ISO instant of the publish that last changed it: DTSTAMP and LAST-MODIFIED. */
  lastPublishedChange: string;
}

/** A session that was public once and is gone now: feeds keep it as cancelled. */
export type RemovedSession = Pick<
  PublishedSession,
  | 'id'
  | 'title'
  | 'type'
  | 'startsAt'
  | 'endsAt'
  | 'roomId'
  | 'trackId'
  | 'speakers'
  | 'sequence'
  | 'lastPublishedChange'
>;

/** The public program frozen at a publish: the same shapes the public API answers with. */
export interface PublishedProgram {
  event: EventResponseDto;
  tracks: TrackResponseDto[];
  rooms: RoomResponseDto[];
  slots: SlotResponseDto[];
  /** without e-mail and availability */
  speakers: SpeakerResponseDto[];
  sessions: PublishedSession[];
  removed: RemovedSession[];
}

/** The working copy in public shapes, before the calendar bookkeeping is added. */
export type WorkingProgram = Omit<PublishedProgram, 'sessions' | 'removed'> & {
  sessions: SessionResponseDto[];
  /** Deleted sessions the working copy remembers (e.g. from a restored backup). */
  tombstones: RemovedSession[];
};

const SCHEDULE_FIELDS = ['startsAt', 'endsAt', 'roomId', 'status'] as const;

/**
 * The next published program: sessions changed in time, room or status since the previous
 * version get SEQUENCE + 1; any change moves their last-modified stamp to this publish; sessions
 * no longer public join `removed` (once) so calendars cancel them.
 */
export function nextPublishedProgram(
  previous: PublishedProgram | null,
  working: WorkingProgram,
  publishedAt: string,
): PublishedProgram {
  const before = new Map((previous?.sessions ?? []).map((session) => [session.id, session]));
  const cancelledBefore = new Map((previous?.removed ?? []).map((session) => [session.id, session]));
  const sessions = working.sessions.map((session): PublishedSession => {
    const old = before.get(session.id);
    if (!old) {
      // A session that returns after calendars saw it cancelled must outrank that cancellation.
      const cancelled = cancelledBefore.get(session.id);
      return { ...session, sequence: cancelled ? cancelled.sequence + 1 : 0, lastPublishedChange: publishedAt };
    }
    const rescheduled = SCHEDULE_FIELDS.some((field) => old[field] !== session[field]);
    const changed = rescheduled || JSON.stringify(publicPart(old)) !== JSON.stringify(publicPart(session));
    return {
      ...session,
      sequence: old.sequence + (rescheduled ? 1 : 0),
      lastPublishedChange: changed ? publishedAt : old.lastPublishedChange,
    };
  });
  const live = new Set(sessions.map((session) => session.id));
  const newlyRemoved = (previous?.sessions ?? [])
    .filter((session) => !live.has(session.id))
    .map((session): RemovedSession => ({
      id: session.id,
      title: session.title,
      type: session.type,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      roomId: session.roomId,
      trackId: session.trackId,
      speakers: session.speakers,
      sequence: session.sequence + 1,
      lastPublishedChange: publishedAt,
    }));
  // A first version (a restored event) inherits the tombstones its backup carried, so feeds still cancel them.
  const inherited = previous ? [] : working.tombstones.filter((session) => !live.has(session.id));
  const removed = [
    ...(previous?.removed ?? []).filter((session) => !live.has(session.id)),
    ...newlyRemoved,
    ...inherited,
  ];
  const { tombstones: _t, ...program } = working;
  return { ...program, sessions, removed };
}

/** What the public sees of a session, without bookkeeping that changes on every write. */
function publicPart(session: SessionResponseDto): Partial<SessionResponseDto> {
  const { version: _v, updatedAt: _u, warnings: _w, ...rest } = session as PublishedSession;
  const { sequence: _s, lastPublishedChange: _l, ...plain } = rest as Partial<PublishedSession>;
  return plain;
}
