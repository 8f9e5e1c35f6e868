import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { errorBody } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventEntity } from '../events/event.entity';
import { RoomEntity } from '../rooms/room.entity';
import { SessionEntity } from '../sessions/session.entity';
import { TrackEntity } from '../tracks/track.entity';
import { formatInstant } from '../time/instants';
import { FeedSession, toFeedEntry } from './feed-entries';
import { renderCalendar } from './ical.serializer';

export interface RenderedFeed {
  body: string;
  etag: string;
  lastModified: Date;
  filename: string;
}

const REFRESH_MINUTES = 60;

@Injectable()
export class CalendarService {
  /** Built bodies keyed by event and program version: a poll of an unchanged program costs a lookup. */
  private readonly cache = new Map<string, RenderedFeed>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async eventFeed(eventId: string): Promise<RenderedFeed> {
    const event = await this.dataSource.manager.findOneBy(EventEntity, { id: eventId });
    if (!event || event.status !== 'published') throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    const key = `${event.id}:${event.programVersion}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const body = renderCalendar({
      name: event.name,
      description: event.description ?? undefined,
      timezone: event.timezone,
      url: `${this.config.publicBaseUrl}/api/events/${event.id}/calendar.ics`,
      refreshMinutes: REFRESH_MINUTES,
      entries: (await this.feedSessions(event)).map((session) => toFeedEntry(session, {
        uidDomain: this.config.feedDomain,
        venue: event.venue,
        sessionUrl: (id) => `${this.config.publicBaseUrl}/api/events/${event.id}/sessions/${id}`,
      })),
    });
    const feed = { body, etag: `"${key}"`, lastModified: event.updatedAt, filename: `${event.slug}.ics` };
    for (const old of this.cache.keys()) if (old.startsWith(`${event.id}:`)) this.cache.delete(old);
    this.cache.set(key, feed);
    return feed;
  }

  private async feedSessions(event: EventEntity): Promise<FeedSession[]> {
    const manager = this.dataSource.manager;
    const [sessions, rooms, tracks] = await Promise.all([
      manager.createQueryBuilder(SessionEntity, 's')
        .leftJoinAndSelect('s.speakers', 'link')
        .leftJoinAndSelect('link.speaker', 'speaker')
        .leftJoinAndSelect('s.presentations', 'presentation')
        .where('s.event_id = :eventId AND s.starts_at IS NOT NULL', { eventId: event.id })
        .orderBy('s.startsAt', 'ASC')
        .getMany(),
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
}
