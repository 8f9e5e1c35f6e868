import { PublishedProgram } from '../versions/published-program';
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

/** Every public feed of a published program with its https and webcal links, for "Subscribe" buttons. */
export function feedDirectory(program: PublishedProgram, baseUrl: string): FeedDirectory {
  const { event, tracks, rooms, speakers } = program;
  const describe = (kind: 'track' | 'room' | 'speaker', record: { id: string; name: string }) => ({
    id: record.id,
    name: record.name,
    ...feedLinks(baseUrl, calendarPaths[kind](event.id, record.id)),
  });
  return {
    event: { name: event.name, ...feedLinks(baseUrl, calendarPaths.event(event.id)) },
    tracks: tracks.map((track) => describe('track', track)),
    rooms: rooms.map((room) => describe('room', room)),
    speakers: speakers.map((speaker) => describe('speaker', speaker)),
  };
}
