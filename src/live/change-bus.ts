import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { CONFIG } from '../config/config.module';

export const CHANGE_CHANNEL = 'program_changes';

/**
 * Tells every API instance that an event's program changed (the change itself is in the
 * database log). PostgreSQL: NOTIFY through the pool, LISTEN on one dedicated client per
 * instance, so a write through one instance reaches streams held by another. SQLite: one
 * process, an in-process emitter. After the listening client reconnects, every event is
 * announced once, so streams catch up on notifications missed meanwhile.
 */
@Injectable()
export class ChangeBus implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ChangeBus');
  private readonly local = new EventEmitter().setMaxListeners(0);
  private client: Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  get distributed(): boolean {
    return this.config.database.kind === 'postgres';
  }

  async onModuleInit(): Promise<void> {
    if (this.distributed) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** `listener(eventId)` for every change; `listener(null)` means "some may be missed: catch up on all". */
  onChange(listener: (eventId: string | null) => void): () => void {
    this.local.on('change', listener);
    return () => this.local.off('change', listener);
  }

  async publish(eventId: string): Promise<void> {
    if (this.distributed) await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, eventId]);
    else this.local.emit('change', eventId);
  }

  private async listen(): Promise<void> {
    // Loaded here: a SQLite instance never needs the PostgreSQL client in memory.
    const { Client } = await import('pg');
    const client = new Client({ connectionString: this.config.database.url });
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) this.local.emit('change', message.payload);
    });
    client.on('error', (error) => {
      this.logger.warn(`listening connection lost: ${error.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  private reconnect(lost: Client): void {
    if (this.closed || this.client !== lost) return;
    this.client = null;
    void lost.end().catch(() => undefined);
    this.retryListen();
  }

  /** Listens again after a second, then lets every open stream catch up from the log; retries until it works. */
  private retryListen(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.listen().then(
        () => this.local.emit('change', null),
        (error: Error) => {
          this.logger.warn(`cannot listen again yet: ${error.message}`);
          this.retryListen();
        },
      );
    }, 1000);
  }
}
