import { EntityManager, In } from 'typeorm';
import { ConflictItem, ScheduleConflictException } from '../common/errors';
import { loadAuthorBookings } from '../presentations/author-bookings.query';
import { RoomEntity } from '../rooms/room.entity';
import { personBookings } from '../scheduling/author-bookings';
import { findHardConflicts } from '../scheduling/hard-conflicts';
import { PlacedSession } from '../scheduling/placed-session';
import { findSoftConflicts, SoftConflict } from '../scheduling/soft-conflicts';
import { SlotEntity } from '../slots/slot.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { formatInstant } from '../time/instants';
import { toPlacedSession } from './session.mapper';
import { SessionEntity } from './session.entity';

/**
 * Checks a session about to be written against the rest of the program: hard conflicts throw
 * 409 with the clash list, soft conflicts come back as warnings. Only sessions overlapping the
 * candidate's interval are loaded, so the cost follows the number of parallel sessions.
 */
export async function checkPlacement(
  manager: EntityManager,
  eventId: string,
  candidate: PlacedSession,
  timezone: string,
): Promise<SoftConflict[]> {
  const overlapping = await manager
    .createQueryBuilder(SessionEntity, 's')
    .leftJoinAndSelect('s.speakers', 'link')
    .where('s.event_id = :eventId AND s.deleted_at IS NULL AND s.id != :id', { eventId, id: candidate.id })
    .andWhere('s.starts_at < :end AND s.ends_at > :start', { start: candidate.start, end: candidate.end })
    .getMany();
  const others = overlapping.map(toPlacedSession).filter((s): s is PlacedSession => s !== null);
  const bookings = others.length ? await loadAuthorBookings(manager, { sessionIds: others.map((s) => s.id) }) : null;
  for (const other of others) other.authorBookings = bookings?.get(other.id);

  const hard = findHardConflicts(candidate, others);
  if (hard.length) {
    throw new ScheduleConflictException(
      hard.map((conflict): ConflictItem => ({
        kind: conflict.kind,
        sessionId: conflict.sessionId,
        title: conflict.title,
        overlapStart: formatInstant(conflict.overlap.start, timezone),
        overlapEnd: formatInstant(conflict.overlap.end, timezone),
        ...(conflict.roomId && { roomId: conflict.roomId }),
        ...(conflict.speakerId && { speakerId: conflict.speakerId }),
      })),
    );
  }

  // One after the other: inside a transaction they share one connection, and pg refuses
  // concurrent queries on one client (deprecated in pg 8, an error in pg 9).
  const people = [...new Set(personBookings(candidate).map((booking) => booking.speakerId))];
  const speakers = people.length ? await manager.findBy(SpeakerEntity, { id: In(people) }) : [];
  const room = candidate.roomId ? await manager.findOneBy(RoomEntity, { id: candidate.roomId }) : null;
  const breaks = await manager
    .createQueryBuilder(SlotEntity, 'slot')
    .where("slot.event_id = :eventId AND slot.kind = 'break'", { eventId })
    .andWhere('slot.starts_at < :end AND slot.ends_at > :start', { start: candidate.start, end: candidate.end })
    .getMany();
  return findSoftConflicts(candidate, {
    others,
    speakers,
    room,
    breaks: breaks.map((slot) => ({
      id: slot.id,
      label: slot.label,
      start: slot.startsAt.getTime(),
      end: slot.endsAt.getTime(),
    })),
  });
}
