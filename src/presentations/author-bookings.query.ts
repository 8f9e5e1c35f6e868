import { EntityManager } from 'typeorm';
import { AuthorBooking, authorBookings } from '../scheduling/author-bookings';
import { SessionEntity } from '../sessions/session.entity';
import { PresentationEntity } from './presentation.entity';

const CHUNK = 500;

/**
 * The linked authors' bookings of the given sessions' presentations, by session id. Pass
 * `eventId` instead of ids to read a whole event at once (the planner and the conflict report).
 */
export async function loadAuthorBookings(
  manager: EntityManager,
  scope: { sessionIds: string[] } | { eventId: string },
): Promise<Map<string, AuthorBooking[]>> {
  const rows: PresentationEntity[] = [];
  if ('eventId' in scope) {
    rows.push(
      ...(await manager
        .createQueryBuilder(PresentationEntity, 'p')
        .innerJoin(SessionEntity, 's', 's.id = p.session_id')
        .where('s.event_id = :eventId AND s.deleted_at IS NULL', { eventId: scope.eventId })
        .orderBy('p.position', 'ASC')
        .getMany()),
    );
  } else {
    for (let i = 0; i < scope.sessionIds.length; i += CHUNK) {
      const ids = scope.sessionIds.slice(i, i + CHUNK);
      rows.push(
        ...(await manager
          .createQueryBuilder(PresentationEntity, 'p')
          .where('p.session_id IN (:...ids)', { ids })
          .orderBy('p.position', 'ASC')
          .getMany()),
      );
    }
  }
  const bySession = new Map<string, AuthorBooking[]>();
  for (const row of rows) {
    const bookings = authorBookings([
      { id: row.id, title: row.title, authors: row.authors, start: +row.startsAt, end: +row.endsAt },
    ]);
    if (bookings.length) bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), ...bookings]);
  }
  return bySession;
}
