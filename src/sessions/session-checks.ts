import { EntityManager } from 'typeorm';
import { ConflictItem, ScheduleConflictException } from '../common/errors';
import { authorBookings, personBookings } from '../scheduling/author-bookings';
import { findHardConflicts } from '../scheduling/hard-conflicts';
import { PlacedSession } from '../scheduling/placed-session';
import { findSoftConflicts, SoftConflict, SoftConflictContext } from '../scheduling/soft-conflicts';
import { formatInstant } from '../time/instants';
import { toPlacedSession } from './session.mapper';
import { SessionEntity } from './session.entity';

/**
 * Checks a session about to be written against the rest of the program: hard conflicts throw
 * 409 with the clash list, soft conflicts come back as warnings. Only the sessions that can
 * clash with it are read: those overlapping it in its room, its track, or with one of its
 * people (speakers, linked authors), each found through an index. Two round trips: those
 * sessions with their speakers and presentations, then what the soft rules read (the people's
 * availability, the room's capacity, break slots). The caller holds the event's write lock
 * (UnitOfWork.writeForEvent), so nothing can slip in between this check and the write.
 */
export async function checkPlacement(
  manager: EntityManager,
  eventId: string,
  candidate: PlacedSession,
  timezone: string,
): Promise<SoftConflict[]> {
  const others = await overlappingSessions(manager, eventId, candidate);

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
  return findSoftConflicts(candidate, { others, ...(await softContext(manager, eventId, candidate)) });
}

/**
 * The live sessions that can clash with the candidate, each with its speakers and the linked
 * authors of its presentations, in one round trip (`neighbourIds` as a subquery).
 */
async function overlappingSessions(
  manager: EntityManager,
  eventId: string,
  candidate: PlacedSession,
): Promise<PlacedSession[]> {
  const neighbours = neighbourQuery(eventId, candidate);
  if (!neighbours) return [];
  const rows = await manager
    .createQueryBuilder(SessionEntity, 'other')
    .leftJoinAndSelect('other.speakers', 'link')
    .leftJoinAndSelect('other.presentations', 'presentation')
    .where(`other.id IN (${neighbours.sql})`, neighbours.params)
    .getMany();
  return rows.flatMap((row) => {
    const placed = toPlacedSession(row);
    if (!placed) return [];
    const bookings = authorBookings(
      [...(row.presentations ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((p) => ({ id: p.id, title: p.title, authors: p.authors, start: +p.startsAt, end: +p.endsAt })),
    );
    return [bookings.length ? { ...placed, authorBookings: bookings } : placed];
  });
}

/**
 * What the soft rules read besides the other sessions, in one statement: the people's
 * availability, the room (only when an expected attendance can exceed its capacity) and the
 * break slots the candidate crosses. Rows of three tables under common column names.
 */
async function softContext(
  manager: EntityManager,
  eventId: string,
  candidate: PlacedSession,
): Promise<Omit<SoftConflictContext, 'others'>> {
  const driver = manager.connection.driver;
  const people = [...new Set(personBookings(candidate).map((booking) => booking.speakerId))];
  const params: Record<string, unknown> = { eventId, start: candidate.start, end: candidate.end, people };
  const branches = [
    `SELECT 'break' AS kind, id, label AS name, NULL AS extra, starts_at AS a, ends_at AS b FROM time_slots
     WHERE event_id = :eventId AND kind = 'break' AND starts_at < :end AND ends_at > :start`,
  ];
  if (people.length)
    branches.push(`SELECT 'speaker', id, name, availability, NULL, NULL FROM speakers WHERE id IN (:...people)`);
  if (candidate.roomId && candidate.expectedAttendance != null) {
    params.roomId = candidate.roomId;
    branches.push(`SELECT 'room', id, name, NULL, capacity, NULL FROM rooms WHERE id = :roomId`);
  }
  const [sql, values] = driver.escapeQueryWithParameters(branches.join(' UNION ALL '), params, {});
  const rows: { kind: string; id: string; name: string | null; extra: string | null; a: unknown; b: unknown }[] =
    await manager.query(sql, values);
  const context: Omit<SoftConflictContext, 'others'> = { speakers: [], room: null, breaks: [] };
  for (const row of rows) {
    if (row.kind === 'break')
      context.breaks.push({ id: row.id, label: row.name, start: Number(row.a), end: Number(row.b) });
    else if (row.kind === 'speaker')
      context.speakers.push({
        id: row.id,
        name: row.name ?? '',
        availability: row.extra === null ? null : (JSON.parse(row.extra) as { start: number; end: number }[]),
      });
    else context.room = { name: row.name ?? '', capacity: row.a === null ? null : Number(row.a) };
  }
  return context;
}

/**
 * Ids of the live sessions overlapping the candidate that share its room, its track or one of its
 * people, as one UNION (null when there is nothing to share). The room and track branches leave
 * out the event (their ids belong to one event) so the database picks the (room_id|track_id,
 * starts_at) index; a person is found through session_speakers(speaker_id), or as a linked
 * author of an overlapping presentation.
 */
export function neighbourQuery(
  eventId: string,
  candidate: PlacedSession,
): { sql: string; params: Record<string, unknown> } | null {
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
  return branches.length ? { sql: branches.join(' UNION '), params } : null;
}
