import { sessionPageUrl } from '../interop/session-page-url';
import { toPlainText } from '../rich-text/rich-text';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';

import { AgendasService } from '../agendas/agendas.service';
import { errorBody } from '../common/errors';
import { SingleFlight } from '../common/single-flight';
import { RenderedDocument, renderDocument } from '../common/http/rendered-document';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { calendarPaths } from './calendar-paths';
import { AnsweredFeeds } from './answered-feeds';
import { ByteBudgetCache, fragmentStore } from './feed-cache';
import { feedDirectory, FeedDirectory } from './feed-directory';
import { toFeedEntry } from './feed-entries';
import { feedSessions, scopeTitle } from './feed-sessions';
import { FeedScope, scopeKey } from './feed-scope';
import { calendarChunks } from './ical.serializer';
import { PublishedPrograms } from '../program-read/published-programs.service';

export type RenderedFeed = RenderedDocument;

const REFRESH_MINUTES = 60;
const CACHE_BYTES = 64 * 1024 * 1024;
const FRAGMENT_BYTES = 8 * 1024 * 1024;

/**
 * Builds feeds once per (feed, program version) and serves the cached bytes after that: polling
 * subscribers cost one small lookup of the event's program version. The cache key comes from the
 * database, so several app instances never serve a stale feed.
 */
@Injectable()
export class CalendarService {
  private readonly cache = new ByteBudgetCache<RenderedFeed>(CACHE_BYTES);
  private readonly fragments = fragmentStore(FRAGMENT_BYTES);
  private readonly building = new SingleFlight<RenderedFeed>();
  private readonly answeredUrls = new AnsweredFeeds();

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly agendas: AgendasService,
    private readonly events: EventsService,
    private readonly published: PublishedPrograms,
  ) {}

  /** `url`: the request's, remembered with the feed it got so the fast path can answer it again. */
  async eventFeed(eventId: string, scope: FeedScope = { kind: 'event' }, url?: string): Promise<RenderedFeed> {
    return this.feed(await this.events.findPublished(eventId), scope, undefined, url);
  }

  /**
   * The feed the same URL got last time through the whole pipeline, while it is still cached;
   * the caller checks that its version is still the event's latest (feed-fast-path.ts).
   */
  answered(url: string): { eventId: string; version: number; feed: RenderedFeed } | undefined {
    const entry = this.answeredUrls.get(url);
    if (!entry) return undefined;
    const feed = this.cache.get(entry.cacheKey);
    if (!feed) this.answeredUrls.forget(url);
    return feed && { eventId: entry.eventId, version: entry.version, feed };
  }

  async agendaFeed(token: string): Promise<RenderedFeed> {
    const agenda = await this.agendas.findByToken(token);
    const event = await this.events.findPublished(agenda.eventId);
    const scope: FeedScope = {
      kind: 'agenda',
      agendaId: agenda.id,
      version: agenda.version,
      sessionIds: agenda.sessionIds,
    };
    return this.feed(event, scope, { path: calendarPaths.agenda(token), updatedAt: agenda.updatedAt });
  }

  async directory(eventId: string): Promise<FeedDirectory> {
    await this.events.findPublished(eventId);
    const latest = await this.published.latest(eventId);
    if (!latest) throw new NotFoundException(errorBody(404, `event ${eventId} not found`));
    return feedDirectory(latest.program, this.config.publicBaseUrl);
  }

  private async feed(
    event: EventEntity,
    scope: FeedScope,
    agenda?: { path: string; updatedAt: Date },
    url?: string,
  ): Promise<RenderedFeed> {
    const latest = await this.published.latest(event.id);
    if (!latest) throw new NotFoundException(errorBody(404, `event ${event.id} not found`));
    const key = `${event.id}|${scopeKey(scope)}|v${latest.number}`;
    const remember = () =>
      url && this.answeredUrls.remember(url, { eventId: event.id, version: latest.number, cacheKey: key });
    const cached = this.cache.get(key);
    if (cached) {
      remember();
      return cached;
    }
    const title = scopeTitle(latest.program, scope);
    if (title === null)
      throw new NotFoundException(
        errorBody(404, `${scope.kind} ${'id' in scope ? scope.id : ''} not found in this event`),
      );
    return this.building
      .run(key, async () => {
        const chunks = calendarChunks(
          {
            name: title ? `${latest.program.event.name}: ${title}` : latest.program.event.name,
            description: latest.program.event.description && toPlainText(latest.program.event.description),
            timezone: event.timezone,
            url: `${this.config.publicBaseUrl}${agenda?.path ?? this.scopePath(event.id, scope)}`,
            refreshMinutes: REFRESH_MINUTES,
            entries: feedSessions(latest.program, scope).map((session) =>
              toFeedEntry(session, {
                uidDomain: this.config.feedDomain,
                venue: latest.program.event.venue,
                // the page an attendee can read, not the JSON API
                sessionUrl: (id) => sessionPageUrl(this.config.publicBaseUrl, event.slug, id),
              }),
            ),
          },
          this.fragments,
        );
        const feed = await renderDocument(chunks, {
          lastModified: new Date(Math.max(Date.parse(latest.publishedAt), +(agenda?.updatedAt ?? 0))),
          filename: `${event.slug}${scope.kind === 'event' ? '' : `-${scope.kind}`}.ics`,
          contentType: 'text/calendar; charset=utf-8',
          cacheControl: `${scope.kind === 'agenda' ? 'private' : 'public'}, max-age=300`,
        });
        this.cache.set(key, feed);
        return feed;
      })
      .then((feed) => {
        remember();
        return feed;
      });
  }

  private scopePath(eventId: string, scope: FeedScope): string {
    return scope.kind === 'event' || scope.kind === 'agenda'
      ? calendarPaths.event(eventId)
      : calendarPaths[scope.kind](eventId, scope.id);
  }
}
