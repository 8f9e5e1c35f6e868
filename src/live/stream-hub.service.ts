import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { ChangeBus } from './change-bus';
import { ChangeLog, CHANGES_KEPT } from './change-log.service';
import { sseComment, sseEvent } from './sse';

interface Subscriber {
  response: ServerResponse;
  /** the last change id this client has been sent */
  lastId: number;
}

/** A client that stops reading is dropped once this much is waiting for it. */
const MAX_BUFFERED = 1 << 20;

/**
 * The open streams of this instance, per event. A change notification makes the instance read
 * the log once per event (not once per client) and send each client what it has not seen.
 */
@Injectable()
export class StreamHub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('StreamHub');
  private readonly streams = new Map<string, Set<Subscriber>>();
  private readonly pulls = new Map<string, { again: boolean }>();
  private heartbeat: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly log: ChangeLog,
    private readonly bus: ChangeBus,
  ) {}

  onModuleInit(): void {
    this.stopListening = this.bus.onChange((eventId) => {
      for (const id of eventId === null ? [...this.streams.keys()] : [eventId]) this.pull(id);
    });
    this.heartbeat = setInterval(() => this.beat(), this.config.liveHeartbeatMs);
    this.heartbeat.unref();
  }

  /** Ends every stream: the HTTP server's close would otherwise wait for them forever. */
  onModuleDestroy(): void {
    this.stopListening?.();
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const subscribers of this.streams.values())
      for (const subscriber of subscribers) subscriber.response.end(sseEvent(null, 'closing', {}));
    this.streams.clear();
  }

  get openStreams(): number {
    let n = 0;
    for (const subscribers of this.streams.values()) n += subscribers.size;
    return n;
  }

  /**
   * Starts a stream: `ready` with the newest change id, then (when resuming) every change after
   * `resumeAfter`, or `reset` when the log no longer reaches back that far (reload everything).
   */
  async open(eventId: string, response: ServerResponse, resumeAfter: number | null): Promise<void> {
    const bounds = await this.log.bounds(eventId);
    const tooOld =
      resumeAfter !== null &&
      (resumeAfter > bounds.newest || (bounds.count >= CHANGES_KEPT && resumeAfter < bounds.oldest - 1));
    const subscriber: Subscriber = {
      response,
      lastId: resumeAfter === null || tooOld ? bounds.newest : resumeAfter,
    };
    response.write(`retry: 2000\n\n`);
    response.write(sseEvent(subscriber.lastId || null, tooOld ? 'reset' : 'ready', { lastEventId: subscriber.lastId }));
    const subscribers = this.streams.get(eventId) ?? new Set();
    subscribers.add(subscriber);
    this.streams.set(eventId, subscribers);
    response.on('close', () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0 && this.streams.get(eventId) === subscribers) this.streams.delete(eventId);
    });
    if (resumeAfter !== null && !tooOld) this.pull(eventId);
  }

  /** Reads the changes of one event its clients lack; one read at a time per event, repeated if woken meanwhile. */
  private pull(eventId: string): void {
    const running = this.pulls.get(eventId);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: true };
    this.pulls.set(eventId, state);
    void (async () => {
      try {
        while (state.again) {
          state.again = false;
          const subscribers = this.streams.get(eventId);
          if (!subscribers?.size) break;
          const from = Math.min(...[...subscribers].map((s) => s.lastId));
          const changes = await this.log.since(eventId, from);
          for (const subscriber of subscribers) {
            for (const change of changes) {
              if (change.id <= subscriber.lastId) continue;
              this.send(subscriber, sseEvent(change.id, 'change', change));
              subscriber.lastId = change.id;
            }
          }
          if (changes.length === 500) state.again = true; // more than one page waiting
        }
      } catch (error) {
        this.logger.warn(`stream of event ${eventId} not updated: ${(error as Error).message}`);
      } finally {
        this.pulls.delete(eventId);
      }
    })();
  }

  private beat(): void {
    for (const subscribers of this.streams.values())
      for (const subscriber of subscribers) this.send(subscriber, sseComment('heartbeat'));
  }

  private send(subscriber: Subscriber, chunk: string): void {
    if (subscriber.response.writableLength > MAX_BUFFERED) {
      subscriber.response.destroy();
      return;
    }
    subscriber.response.write(chunk);
  }
}
