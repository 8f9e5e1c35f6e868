import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';
import { Dialect } from '../database/dialect';
import { UnitOfWork } from '../database/unit-of-work';
import { retryDelayMs } from './retry-schedule';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { signatureHeader } from './webhook-signature';
import { postJson, PostResult } from './webhook-transport';
import { WebhookEntity } from './webhook.entity';

/** Time a claimed delivery stays locked beyond the attempt's own timeout before another worker may take it over. */
const LEASE_MARGIN_MS = 30_000;
/** Due: waiting and its time has come, or claimed by a worker whose lease ran out (it crashed or hung). */
const DUE = "(status = 'pending' AND next_attempt_at <= :now) OR (status = 'delivering' AND locked_until <= :now)";

interface Claimed {
  row: WebhookDeliveryEntity;
  hook: WebhookEntity | undefined;
}

/**
 * Polls the outbox and POSTs due deliveries, at most `concurrency` at a time per instance.
 * Claims are conditional UPDATEs (`... WHERE id = ? AND status = 'pending' ...`), so two instances
 * never both take a row; where the dialect has row locks (PostgreSQL) the claim also selects
 * again with FOR UPDATE SKIP LOCKED, passing over rows another instance is claiming. Every write
 * is a UnitOfWork transaction. The first look for due rows is a plain SELECT outside any
 * transaction: it never sees another request's uncommitted outbox rows (on SQLite it runs beside
 * an open write, on the read-only connection of the unit of work's guard).
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private readonly inFlight = new Set<Promise<void>>();
  private readonly shutdown = new AbortController();
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  /** The last poll filled every free slot: more may be due, so a finished attempt polls again at once. */
  private backlog = false;
  private pollAgain = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly dialect: Dialect,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.webhooks.pollMs > 0) this.schedule(0);
  }

  /** Before the database closes: stop polling, abort requests in flight, put their rows back. */
  async beforeApplicationShutdown(): Promise<void> {
    this.shutdown.abort();
    clearTimeout(this.timer);
    await this.polling;
    await Promise.all([...this.inFlight]);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.polling = this.poll()
        .catch((error: Error) => this.logger.error(`webhook poll failed: ${error.message}`))
        .finally(() => {
          this.polling = undefined;
          const delay = this.pollAgain ? 0 : this.config.webhooks.pollMs;
          this.pollAgain = false;
          if (!this.shutdown.signal.aborted) this.schedule(delay);
        });
    }, delayMs);
    this.timer.unref();
  }

  private pollSoon(): void {
    if (this.shutdown.signal.aborted) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  /** One round: claim what is due (up to the free slots) and start delivering it without waiting. */
  async poll(): Promise<void> {
    const free = this.config.webhooks.concurrency - this.inFlight.size;
    if (free <= 0 || this.shutdown.signal.aborted) return;
    const now = this.clock.now();
    // A first look outside any transaction: an idle outbox costs one indexed SELECT and no write lock.
    const seen = await this.candidates(this.dataSource.manager, now, free, false);
    this.backlog = seen.length === free;
    if (!seen.length) return;
    const claimed = await this.unitOfWork.transaction(async (manager) =>
      this.claim(manager, now, this.dialect.skipsLockedRows ? await this.candidates(manager, now, free, true) : seen),
    );
    for (const item of claimed) {
      const attempt = this.attempt(item).catch((error: Error) =>
        this.logger.error(`webhook delivery ${item.row.id}: ${error.message}`),
      );
      this.inFlight.add(attempt);
      void attempt.finally(() => {
        this.inFlight.delete(attempt);
        if (this.backlog) this.pollSoon();
      });
    }
  }

  /** Due rows, oldest first; `skipLocked` (in a transaction, where the dialect has row locks) passes over rows another instance is claiming. */
  private async candidates(manager: EntityManager, now: Date, limit: number, skipLocked: boolean): Promise<string[]> {
    let query = manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .select('d.id', 'id')
      .where(DUE, { now: now.getTime() })
      .orderBy('d.nextAttemptAt', 'ASC')
      .limit(limit);
    if (skipLocked) query = query.setLock('pessimistic_write').setOnLocked('skip_locked');
    return (await query.getRawMany<{ id: string }>()).map((row) => row.id);
  }

  /** Conditional UPDATEs: a row another instance took meanwhile is no longer due and is skipped. */
  private async claim(manager: EntityManager, now: Date, ids: string[]): Promise<Claimed[]> {
    const lockedUntil = now.getTime() + this.config.webhooks.timeoutMs + LEASE_MARGIN_MS;
    const won: string[] = [];
    for (const id of ids) {
      const result = await manager
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({
          status: 'delivering',
          attempts: () => 'attempts + 1',
          lastAttemptAt: now,
          lockedUntil: new Date(lockedUntil),
        })
        .where(`id = :id AND (${DUE})`, { id, now: now.getTime() })
        .execute();
      if (result.affected) won.push(id);
    }
    if (!won.length) return [];
    const rows = await manager.findBy(WebhookDeliveryEntity, { id: In(won) });
    const hooks = await manager.findBy(WebhookEntity, { id: In([...new Set(rows.map((row) => row.webhookId))]) });
    return rows.map((row) => ({ row, hook: hooks.find((hook) => hook.id === row.webhookId) }));
  }

  private async attempt({ row, hook }: Claimed): Promise<void> {
    if (!hook || !hook.active) {
      await this.abandon(row, 'webhook is disabled; redeliver by hand once it is active again');
      return;
    }
    const result = await postJson(hook.url, row.body, {
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'agenda-planner-webhooks/1',
        'X-Agenda-Event': row.type,
        'X-Agenda-Delivery': row.id,
        'X-Agenda-Webhook-Id': hook.id,
        'X-Agenda-Signature-256': signatureHeader(hook.secret, row.body),
      },
      timeoutMs: this.config.webhooks.timeoutMs,
      allowPrivate: this.config.webhooks.allowPrivate,
      signal: this.shutdown.signal,
    });
    if (result.error && this.shutdown.signal.aborted) await this.release(row);
    else await this.record(row, result);
  }

  /** Writes an attempt's outcome, unless the lease was lost meanwhile (another worker took the row over). */
  private async record(row: WebhookDeliveryEntity, result: PostResult): Promise<void> {
    const now = this.clock.now();
    const delay = result.error ? retryDelayMs(row.attempts, this.retryPolicy, Math.random()) : null;
    const status = !result.error ? 'delivered' : delay === null ? 'failed' : 'pending';
    await this.unitOfWork.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({
          status,
          lockedUntil: null,
          lastStatus: result.status ?? null,
          lastError: result.error?.slice(0, 500) ?? null,
          durationMs: result.durationMs,
          ...(status === 'delivered' && { deliveredAt: now }),
          ...(status === 'pending' && { nextAttemptAt: new Date(now.getTime() + delay!) }),
        })
        .where("id = :id AND status = 'delivering' AND attempts = :attempts", { id: row.id, attempts: row.attempts })
        .execute(),
    );
    if (status === 'failed')
      this.logger.warn(`webhook delivery ${row.id} failed after ${row.attempts} attempt(s): ${result.error}`);
  }

  /** Gives up without sending (the claim's attempt is taken back: nothing reached the receiver). */
  private async abandon(row: WebhookDeliveryEntity, reason: string): Promise<void> {
    await this.unitOfWork.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({ status: 'failed', attempts: () => 'attempts - 1', lockedUntil: null, lastError: reason })
        .where("id = :id AND status = 'delivering' AND attempts = :attempts", { id: row.id, attempts: row.attempts })
        .execute(),
    );
  }

  /** Shutting down mid-attempt does not count as an attempt: the row is due again at once, for the next start. */
  private async release(row: WebhookDeliveryEntity): Promise<void> {
    await this.unitOfWork.transaction((manager) =>
      manager
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({ status: 'pending', attempts: () => 'attempts - 1', lockedUntil: null, nextAttemptAt: this.clock.now() })
        .where("id = :id AND status = 'delivering' AND attempts = :attempts", { id: row.id, attempts: row.attempts })
        .execute(),
    );
  }

  private get retryPolicy() {
    return { maxAttempts: this.config.webhooks.maxAttempts, baseMs: this.config.webhooks.retryBaseMs };
  }
}
