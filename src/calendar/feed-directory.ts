import { EntityManager } from 'typeorm';
import { EventEntity } from '../events/event.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { calendarPaths } from './calendar-paths';
import { FeedLinks, feedLinks } from './feed-links';

export interface FeedDescription extends FeedLinks {
  id?: string;
  name: string;
}

export interface FeedDirectory {
  event: FeedDescription;
  tracks: FeedDescription[];
  rooms: FeedDescription[];
  speakers: FeedDescription[];
}

/** Every public feed of an event with its https and webcal links, for "Subscribe" buttons. */
export async function feedDirectory(manager: EntityManager, event: EventEntity, baseUrl: string): Promise<FeedDirectory> {
  const [tracks, rooms, speakers] = await Promise.all([
    manager.find(TrackEntity, { where: { eventId: event.id }, order: { name: 'ASC' } }),
    manager.find(RoomEntity, { where: { eventId: event.id }, order: { position: 'ASC', name: 'ASC' } }),
    manager.find(SpeakerEntity, { where: { eventId: event.id }, order: { name: 'ASC' } }),
  ]);
  const describe = (kind: 'track' | 'room' | 'speaker', record: { id: string; name: string }) => ({
    id: record.id, name: record.name, ...feedLinks(baseUrl, calendarPaths[kind](event.id, record.id)),
  });
  return {
    event: { name: event.name, ...feedLinks(baseUrl, calendarPaths.event(event.id)) },
    tracks: tracks.map((track) => describe('track', track)),
    rooms: rooms.map((room) => describe('room', room)),
    speakers: speakers.map((speaker) => describe('speaker', speaker)),
  };
}
