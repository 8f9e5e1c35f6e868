import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { localDayInterval } from '../time/instants';
import { ListSessionsQueryDto } from './dto/list-sessions.query.dto';
import { EventEntity } from '../events/event.entity';
import { SessionEntity } from './session.entity';

/** Escapes LIKE wildcards so a search for "100%" finds "100%". */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function filteredSessions(
  manager: EntityManager,
  eventId: string,
  timezone: string,
  query: ListSessionsQueryDto,
): SelectQueryBuilder<SessionEntity> {
  const qb = manager
    .createQueryBuilder(SessionEntity, 's')
    .where('s.event_id = :eventId AND s.deleted_at IS NULL', { eventId });
  if (query.day) {
    const day = localDayInterval(query.day, timezone);
    qb.andWhere('s.starts_at >= :dayStart AND s.starts_at < :dayEnd', { dayStart: day.start, dayEnd: day.end });
  }
  if (query.track) qb.andWhere('s.track_id = :track', { track: query.track });
  if (query.room) qb.andWhere('s.room_id = :room', { room: query.room });
  if (query.type) qb.andWhere('s.type = :type', { type: query.type });
  if (query.status) qb.andWhere('s.status = :status', { status: query.status });
  if (query.speaker) {
    qb.andWhere('EXISTS (SELECT 1 FROM session_speakers ss WHERE ss.session_id = s.id AND ss.speaker_id = :speaker)', {
      speaker: query.speaker,
    });
  }
  if (query.q) {
    qb.andWhere(
      "(LOWER(s.title) LIKE :q ESCAPE '\\' OR LOWER(COALESCE(s.subtitle, '')) LIKE :q ESCAPE '\\' OR LOWER(COALESCE(s.abstract, '')) LIKE :q ESCAPE '\\')",
      { q: likePattern(query.q) },
    );
  }
  return qb.orderBy('s.startsAt', 'ASC', 'NULLS LAST').addOrderBy('s.title', 'ASC').addOrderBy('s.id', 'ASC');
}

/** Loads sessions with what their responses show, keeping the given order. */
export async function loadFullSessions(manager: EntityManager, ids: string[]): Promise<SessionEntity[]> {
  if (ids.length === 0) return [];
  const sessions = await manager
    .createQueryBuilder(SessionEntity, 's')
    .leftJoinAndSelect('s.speakers', 'link')
    .leftJoinAndSelect('link.speaker', 'speaker')
    .leftJoinAndSelect('s.presentations', 'presentation')
    .where('s.id IN (:...ids)', { ids })
    .getMany();
  const byId = new Map(sessions.map((session) => [session.id, session]));
  return ids.map((id) => byId.get(id)).filter((s): s is SessionEntity => s !== undefined);
}

/**
 * A session with what its response shows, and its event, in one round trip: what a write reads
 * first inside its transaction. Undefined when the session is not in that event.
 */
export async function loadSessionWithEvent(
  manager: EntityManager,
  eventId: string,
  id: string,
): Promise<{ session: SessionEntity; event: EventEntity } | undefined> {
  const session = (await manager
    .createQueryBuilder(SessionEntity, 's')
    .innerJoinAndMapOne('s.event', EventEntity, 'event', 'event.id = s.event_id')
    .leftJoinAndSelect('s.speakers', 'link')
    .leftJoinAndSelect('link.speaker', 'speaker')
    .leftJoinAndSelect('s.presentations', 'presentation')
    .where('s.id = :id AND s.event_id = :eventId', { id, eventId })
    .getOne()) as (SessionEntity & { event: EventEntity }) | null;
  if (!session) return undefined;
  const { event, ...rest } = session;
  return { session: Object.assign(new SessionEntity(), rest), event };
}
