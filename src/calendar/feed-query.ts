import { EntityManager } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from '../tracks/track.entity';
import { formatInstant } from '../time/instants';
import { FeedSession } from './feed-entries';
import { FeedScope } from './feed-scope';

/**
 * The sessions a feed shows: every scheduled one in scope, including cancelled sessions and
 * tombstones of deleted ones, so subscribed calendars learn that they are off.
 */
export async function loadFeedSessions(manager: EntityManager, event: EventEntity, scope: FeedScope): Promise<FeedSession[]> {
  const qb = manager.createQueryBuilder(SessionEntity, 's')
    .leftJoinAndSelect('s.speakers', 'link')
    .leftJoinAndSelect('link.speaker', 'speaker')
    .leftJoinAndSelect('s.presentations', 'presentation')
    .where('s.event_id = :eventId AND s.starts_at IS NOT NULL', { eventId: event.id })
    .orderBy('s.startsAt', 'ASC')
    .addOrderBy('s.id', 'ASC');
  switch (scope.kind) {
    case 'track': qb.andWhere('s.track_id = :id', { id: scope.id }); break;
    case 'room': qb.andWhere('s.room_id = :id', { id: scope.id }); break;
    case 'session': qb.andWhere('s.id = :id', { id: scope.id }); break;
    case 'speaker':
      qb.andWhere('EXISTS (SELECT 1 FROM session_speakers ss WHERE ss.session_id = s.id AND ss.speaker_id = :id)', { id: scope.id });
      break;
    case 'agenda':
      if (scope.sessionIds.length === 0) return [];
      qb.andWhere('s.id IN (:...ids)', { ids: scope.sessionIds });
      break;
  }
  const [sessions, rooms, tracks] = await Promise.all([
    qb.getMany(),
    manager.findBy(RoomEntity, { eventId: event.id }),
    manager.findBy(TrackEntity, { eventId: event.id }),
  ]);
  const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
  const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
  return sessions.map((session) => ({
    id: session.id,
    title: session.title,
    subtitle: session.subtitle,
    abstract: session.abstract,
    type: session.type,
    status: session.status,
    start: session.startsAt!.getTime(),
    end: session.endsAt!.getTime(),
    sequence: session.sequence,
    updatedAt: session.updatedAt.getTime(),
    deleted: session.deletedAt !== null,
    roomName: session.roomId ? roomNames.get(session.roomId) : undefined,
    trackName: session.trackId ? trackNames.get(session.trackId) : undefined,
    speakers: [...session.speakers].sort((a, b) => a.position - b.position)
      .map((link) => ({ name: link.speaker.name, role: link.role })),
    presentations: [...session.presentations].sort((a, b) => a.position - b.position).map((p) => ({
      title: p.title,
      start: formatInstant(p.startsAt, event.timezone).slice(11, 16),
      authors: p.authors.map((author) => author.name),
    })),
  }));
}
