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
 * 409 with the clash list, soft conflicts come back as warnings. Only the sessions that can
 * clash with it are read: those overlapping it in its room, its track, or with one of its
 * people (speakers, linked authors), each found through an index. The caller holds the event's
 * write lock (UnitOfWork.writeForEvent), so nothing can slip in between this check and the write.
 */
export async function checkPlacement(
  manager: EntityManager,
  eventId: string,
  candidate: PlacedSession,
  timezone: string,
): Promise<SoftConflict[]> {
  const neighbours = await neighbourIds(manager, eventId, candidate);
  const rows = neighbours.length
    ? await manager.find(SessionEntity, { where: { id: In(neighbours) }, relations: { speakers: true } })
    : [];
  const others = rows.map(toPlacedSession).filter((s): s is PlacedSession => s !== null);
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

/**
 * Ids of the live sessions overlapping the candidate that share its room, its track or one of its
 * people, in one round trip. The room and track branches leave out the event (their ids belong
 * to one event) so the database picks the (room_id|track_id, starts_at) index; a person is found
 * through session_speakers(speaker_id), or as a linked author of an overlapping presentation.
 */
export async function neighbourIds(
  manager: EntityManager,
  eventId: string,
  candidate: PlacedSession,
): Promise<string[]> {
  const overlaps = 's.deleted_at IS NULL AND s.id != :id AND s.starts_at < :end AND s.ends_at > :start';
  const people = [...new Set(personBookings(candidate).map((booking) => booking.speakerId))];
  const params: Record<string, unknown> = {
    id: candidate.id,
    start: candidate.start,
    end: candidate.end,
    eventId,
    roomId: candidate.roomId,
    trackId: candidate.trackId,
    people,
  };
  const branches: string[] = [];
  if (candidate.roomId) branches.push(`SELECT s.id FROM sessions s WHERE s.room_id = :roomId AND ${overlaps}`);
  if (candidate.trackId) branches.push(`SELECT s.id FROM sessions s WHERE s.track_id = :trackId AND ${overlaps}`);
  if (people.length) {
    branches.push(
      `SELECT l.session_id FROM session_speakers l JOIN sessions s ON s.id = l.session_id
       WHERE l.speaker_id IN (:...people) AND ${overlaps}`,
    );
    const authors = people.map((person, index) => {
      params[`author${index}`] = `%"speakerId":"${person}"%`;
      return `p.authors LIKE :author${index}`;
    });
    branches.push(
      `SELECT p.session_id FROM presentations p JOIN sessions s ON s.id = p.session_id
       WHERE s.event_id = :eventId AND ${overlaps} AND p.starts_at < :end AND p.ends_at > :start
       AND (${authors.join(' OR ')})`,
    );
  }
  if (branches.length === 0) return [];
  const [sql, values] = manager.connection.driver.escapeQueryWithParameters(branches.join(' UNION '), params, {});
  const rows: Record<string, string>[] = await manager.query(sql, values);
  return rows.map((row) => Object.values(row)[0]);
}
