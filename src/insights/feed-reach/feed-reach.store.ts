import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Dialect } from '../../database/dialect';
import { ClientRow, DailyRow } from './feed-reach-buffer';
import { FeedKind } from './feed-route';

const CHUNK = 400;

export interface StoredReach {
  day: string;
  kind: FeedKind;
  feedId: string;
  fetches: number;
  notModified: number;
  subscribers: number;
}

/** SQL of the feed reach tables; the statements are the same on SQLite and PostgreSQL but for placeholders. */
@Injectable()
export class FeedReachStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
  ) {}

  /** The day's salt, created by whichever instance needs it first. */
  async saltFor(manager: EntityManager, day: string): Promise<string> {
    await manager.query(
      `INSERT INTO feed_reach_salts (day, salt) VALUES (${this.params(1, 2)}) ON CONFLICT (day) DO NOTHING`,
      [day, randomBytes(32).toString('hex')],
    );
    const [row] = await manager.query<{ salt: string }[]>(
      `SELECT salt FROM feed_reach_salts WHERE day = ${this.param(1)}`,
      [day],
    );
    return row.salt;
  }

  /** Event ids behind personal feed token hashes (agendas.token_hash). */
  async eventsOfAgendas(manager: EntityManager, tokenHashes: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const chunk of chunks(tokenHashes, CHUNK)) {
      const rows: { token_hash: string; event_id: string }[] = await manager.query(
        `SELECT token_hash, event_id FROM agendas WHERE token_hash IN (${this.params(1, chunk.length)})`,
        chunk,
      );
      for (const row of rows) found.set(row.token_hash, row.event_id);
    }
    return found;
  }

  async existingEvents(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const chunk of chunks(ids, CHUNK)) {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM events WHERE id IN (${this.params(1, chunk.length)})`,
        chunk,
      );
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async addFetches(manager: EntityManager, rows: DailyRow[]): Promise<void> {
    for (const chunk of chunks(rows, CHUNK / 8)) {
      const values = chunk.map((_, i) => `(${this.params(i * 6 + 1, 6)}, 0)`).join(', ');
      await manager.query(
        `INSERT INTO feed_reach_daily (event_id, day, feed_kind, feed_id, fetches, not_modified, subscribers) VALUES ${values}
         ON CONFLICT (event_id, day, feed_kind, feed_id) DO UPDATE SET
           fetches = feed_reach_daily.fetches + excluded.fetches, not_modified = feed_reach_daily.not_modified + excluded.not_modified`,
        chunk.flatMap((row) => [row.eventId, row.day, row.kind, row.feedId, row.fetches, row.notModified]),
      );
    }
  }

  async addClients(manager: EntityManager, rows: ClientRow[]): Promise<void> {
    for (const chunk of chunks(rows, CHUNK / 5)) {
      const values = chunk.map((_, i) => `(${this.params(i * 5 + 1, 5)})`).join(', ');
      await manager.query(
        `INSERT INTO feed_reach_clients (day, event_id, feed_kind, feed_id, client_hash) VALUES ${values} ON CONFLICT DO NOTHING`,
        chunk.flatMap((row) => [row.day, row.eventId, row.kind, row.feedId, row.clientHash]),
      );
    }
  }

  /**
   * Subscribers of the touched feeds = distinct client hashes of that day. Never lowered: a late
   * flush after the day's keys were purged (another instance, within the grace period) must not
   * shrink the count it cannot see any more.
   */
  async refreshSubscribers(manager: EntityManager, day: string, eventIds: string[]): Promise<void> {
    const distinct = `(SELECT COUNT(*) FROM feed_reach_clients c WHERE c.day = feed_reach_daily.day AND c.event_id = feed_reach_daily.event_id
      AND c.feed_kind = feed_reach_daily.feed_kind AND c.feed_id = feed_reach_daily.feed_id)`;
    for (const chunk of chunks(eventIds, CHUNK)) {
      await manager.query(
        `UPDATE feed_reach_daily SET subscribers = CASE WHEN ${distinct} > subscribers THEN ${distinct} ELSE subscribers END
         WHERE day = ${this.param(1)} AND event_id IN (${this.params(2, chunk.length)})`,
        [day, ...chunk],
      );
    }
  }

  /** Deletes the raw client keys and salts of every day before `day`: after this only the aggregates remain. */
  async purgeBefore(manager: EntityManager, day: string): Promise<void> {
    await manager.query(`DELETE FROM feed_reach_clients WHERE day < ${this.param(1)}`, [day]);
    await manager.query(`DELETE FROM feed_reach_salts WHERE day < ${this.param(1)}`, [day]);
  }

  async forEvent(eventId: string): Promise<StoredReach[]> {
    const rows: Record<string, string | number>[] = await this.dataSource.query(
      `SELECT day, feed_kind, feed_id, fetches, not_modified, subscribers FROM feed_reach_daily
       WHERE event_id = ${this.param(1)} ORDER BY day, feed_kind, feed_id`,
      [eventId],
    );
    return rows.map((row) => ({
      day: String(row.day),
      kind: row.feed_kind as FeedKind,
      feedId: String(row.feed_id),
      fetches: Number(row.fetches),
      notModified: Number(row.not_modified),
      subscribers: Number(row.subscribers),
    }));
  }

  private param(index: number): string {
    return this.dialect.param(index);
  }

  /** `count` placeholders numbered from `first`. */
  private params(first: number, count: number): string {
    return this.dialect.params(first, count);
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
