import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';
import { CONFIG } from '../../config/config.module';
import { UnitOfWork } from '../../database/unit-of-work';
import { BufferedFeed, clientDigest, FeedReachBuffer, flushRows, utcDay } from './feed-reach-buffer';
import { FeedReachStore } from './feed-reach.store';
import { feedOfRoute } from './feed-route';

const FLUSH_INTERVAL_MS = 5_000;
/** Flush early when this many distinct (feed, client) digests are buffered (a few hundred KB). */
const MAX_BUFFERED_CLIENTS = 10_000;
/** Raw keys of a day are purged this long after the day ends, so a late flush still lands. */
const PURGE_GRACE_MS = 10 * 60_000;

/**
 * Counts feed fetches without being on the feed's path: a fastify onResponse hook (it runs after
 * the response has been handed to the socket) adds the fetch to an in-memory buffer, and a timer
 * writes the buffer in one transaction every few seconds. See README "Insights" for what is stored.
 */
@Injectable()
export class FeedReachRecorder implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FeedReach');
  private readonly buffer = new FeedReachBuffer();
  private readonly salts = new Map<string, string>();
  private flushing: Promise<void> = Promise.resolve();
  private flushQueued = false;
  private purgedBefore?: string;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly store: FeedReachStore,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.config.insights.feedReach;
  }

  onModuleInit(): void {
    if (!this.enabled) return;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onResponse', (request, reply, done) => {
      this.record(request, reply);
      done();
    });
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** A fetch of a feed: answered 200 or 304 (a 304 is a subscriber's calendar polling, the most common fetch). */
  record(request: FastifyRequest, reply: FastifyReply): void {
    if (request.method !== 'GET' || (reply.statusCode !== 200 && reply.statusCode !== 304)) return;
    const feed = feedOfRoute(request.routeOptions?.url, request.params);
    if (!feed) return;
    const digest = clientDigest(feed, request.ip, String(request.headers['user-agent'] ?? ''));
    this.buffer.add(utcDay(this.clock.now()), feed, digest, reply.statusCode === 304);
    if (this.buffer.size >= MAX_BUFFERED_CLIENTS && !this.flushQueued) void this.flush();
  }

  /** Writes what is buffered (and purges finished days); resolves when done. Never rejects: reach is best effort. */
  flush(): Promise<void> {
    this.flushQueued = true;
    this.flushing = this.flushing
      .then(async () => {
        this.flushQueued = false;
        await this.write(this.buffer.drain());
      })
      .catch((error: unknown) => this.logger.warn(`feed reach not recorded: ${String(error)}`));
    return this.flushing;
  }

  private async write(drained: BufferedFeed[]): Promise<void> {
    const purgeBefore = utcDay(new Date(this.clock.now().getTime() - PURGE_GRACE_MS));
    if (!drained.length && this.purgedBefore === purgeBefore) return;
    const salts = new Map(this.salts);
    await this.unitOfWork.transaction(async (manager) => {
      if (drained.length) await this.writeCounts(manager, drained, salts);
      if (this.purgedBefore !== purgeBefore) {
        await this.store.purgeBefore(manager, purgeBefore);
        for (const day of salts.keys()) if (day < purgeBefore) salts.delete(day);
      }
    });
    // Only what was committed: a salt from a rolled-back transaction was never shared with other instances.
    this.salts.clear();
    for (const [day, salt] of salts) this.salts.set(day, salt);
    this.purgedBefore = purgeBefore;
  }

  private async writeCounts(
    manager: EntityManager,
    drained: BufferedFeed[],
    salts: Map<string, string>,
  ): Promise<void> {
    const tokenHashes = unique(drained.flatMap((entry) => entry.feed.agendaTokenHash ?? []));
    const agendas = await this.store.eventsOfAgendas(manager, tokenHashes);
    const events = await this.store.existingEvents(
      manager,
      unique([...drained.flatMap((e) => e.feed.eventId ?? []), ...agendas.values()]),
    );
    const days = unique(drained.map((entry) => entry.day));
    for (const day of days) if (!salts.has(day)) salts.set(day, await this.store.saltFor(manager, day));
    const { daily, clients } = flushRows(
      drained,
      (hash) => agendas.get(hash),
      (id) => events.has(id),
      (day) => salts.get(day)!,
    );
    await this.store.addFetches(manager, daily);
    await this.store.addClients(manager, clients);
    for (const day of days)
      await this.store.refreshSubscribers(
        manager,
        day,
        unique(daily.filter((row) => row.day === day).map((row) => row.eventId)),
      );
  }
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
