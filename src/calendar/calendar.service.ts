import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AgendasService } from '../agendas/agendas.service';
import { errorBody } from '../common/errors';
import { RenderedDocument, renderDocument } from '../common/http/rendered-document';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { RoomEntity } from '../rooms/room.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { TrackEntity } from '../tracks/track.entity';
import { calendarPaths } from './calendar-paths';
import { ByteBudgetCache, fragmentStore } from './feed-cache';
import { feedDirectory, FeedDirectory } from './feed-directory';
import { toFeedEntry } from './feed-entries';
import { loadFeedSessions } from './feed-query';
import { FeedScope, scopeKey } from './feed-scope';
import { renderCalendar } from './ical.serializer';

export type RenderedFeed = RenderedDocument;

const REFRESH_MINUTES = 60;
const CACHE_BYTES = 64 * 1024 * 1024;
const FRAGMENT_BYTES = 32 * 1024 * 1024;
const SCOPE_ENTITIES: Record<'track' | 'room' | 'speaker' | 'session', EntityTarget<ObjectLiteral>> = {
  track: TrackEntity, room: RoomEntity, speaker: SpeakerEntity, session: SessionEntity,
};

/**
 * Builds feeds once per (feed, program version) and serves the cached bytes after that: polling
 * subscribers cost one small lookup of the event's program version. The cache key comes from the
 * database, so several app instances never serve a stale feed.
 */
@Injectable()
export class CalendarService {
  private readonly cache = new ByteBudgetCache<RenderedFeed>(CACHE_BYTES);
  private readonly fragments = fragmentStore(FRAGMENT_BYTES);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly agendas: AgendasService,
    private readonly events: EventsService,
  ) {}

  async eventFeed(eventId: string, scope: FeedScope = { kind: 'event' }): Promise<RenderedFeed> {
    return this.feed(await this.events.findPublished(eventId), scope);
  }

  async agendaFeed(token: string): Promise<RenderedFeed> {
    const agenda = await this.agendas.findByToken(token);
    const event = await this.events.findPublished(agenda.eventId);
    const scope: FeedScope = { kind: 'agenda', agendaId: agenda.id, version: agenda.version, sessionIds: agenda.sessionIds };
    return this.feed(event, scope, { path: calendarPaths.agenda(token), updatedAt: agenda.updatedAt });
  }

  async directory(eventId: string): Promise<FeedDirectory> {
    return feedDirectory(this.dataSource.manager, await this.events.findPublished(eventId), this.config.publicBaseUrl);
  }

  private async feed(event: EventEntity, scope: FeedScope, agenda?: { path: string; updatedAt: Date }): Promise<RenderedFeed> {
    const key = `${event.id}|${scopeKey(scope)}|${event.programVersion}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const title = await this.scopeTitle(event, scope);
    const sessions = await loadFeedSessions(this.dataSource.manager, event, scope);
    const text = renderCalendar({
      name: title ? `${event.name}: ${title}` : event.name,
      description: event.description ?? undefined,
      timezone: event.timezone,
      url: `${this.config.publicBaseUrl}${agenda?.path ?? this.scopePath(event.id, scope)}`,
      refreshMinutes: REFRESH_MINUTES,
      entries: sessions.map((session) => toFeedEntry(session, {
        uidDomain: this.config.feedDomain,
        venue: event.venue,
        sessionUrl: (id) => `${this.config.publicBaseUrl}/api/events/${event.id}/sessions/${id}`,
      })),
    }, this.fragments);
    const feed = renderDocument(text, {
      lastModified: new Date(Math.max(+event.updatedAt, +(agenda?.updatedAt ?? 0))),
      filename: `${event.slug}${scope.kind === 'event' ? '' : `-${scope.kind}`}.ics`,
      contentType: 'text/calendar; charset=utf-8',
      cacheControl: `${scope.kind === 'agenda' ? 'private' : 'public'}, max-age=300`,
    });
    this.cache.set(key, feed);
    return feed;
  }

  private async scopeTitle(event: EventEntity, scope: FeedScope): Promise<string | undefined> {
    if (scope.kind === 'event') return undefined;
    if (scope.kind === 'agenda') return 'My agenda';
    const record = await this.dataSource.manager.findOneBy(SCOPE_ENTITIES[scope.kind], { id: scope.id, eventId: event.id });
    if (!record || (scope.kind === 'session' && record.deletedAt && !record.startsAt)) {
      throw new NotFoundException(errorBody(404, `${scope.kind} ${scope.id} not found in this event`));
    }
    switch (scope.kind) {
      case 'track': return `Track ${record.name}`;
      case 'room': return `Room ${record.name}`;
      case 'speaker': return record.name;
      case 'session': return record.title;
    }
  }

  private scopePath(eventId: string, scope: FeedScope): string {
    return scope.kind === 'event' || scope.kind === 'agenda' ? calendarPaths.event(eventId) : calendarPaths[scope.kind](eventId, scope.id);
  }
}
