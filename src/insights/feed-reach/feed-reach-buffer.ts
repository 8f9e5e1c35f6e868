import { createHash, createHmac } from 'node:crypto';
import { FeedKind, FeedRef } from './feed-route';

/** The UTC calendar date of an instant: every app instance rotates salts and purges keys at the same moment. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * An in-memory digest of (feed, client address, user agent). It lives only in the buffer until the
 * next flush, where it is salted with the day's salt; the address and agent themselves are never kept.
 */
export function clientDigest(feed: FeedRef, address: string, userAgent: string): string {
  return createHash('sha256')
    .update([feed.kind, feed.eventId ?? '', feed.feedId, feed.agendaTokenHash ?? '', address, userAgent].join('\n'))
    .digest('hex');
}

/** What is stored for today's distinct count: HMAC-SHA256 under the day's random salt. */
export const saltedClientHash = (salt: string, digest: string): string =>
  createHmac('sha256', salt).update(digest).digest('hex');

export interface BufferedFeed {
  day: string;
  feed: FeedRef;
  fetches: number;
  notModified: number;
  clients: Set<string>;
}

/** Fetches counted since the last flush, per (day, feed). */
export class FeedReachBuffer {
  private entries = new Map<string, BufferedFeed>();
  private clientCount = 0;

  add(day: string, feed: FeedRef, digest: string, notModified: boolean): void {
    const key = [day, feed.kind, feed.eventId ?? '', feed.feedId, feed.agendaTokenHash ?? ''].join('|');
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { day, feed, fetches: 0, notModified: 0, clients: new Set() };
      this.entries.set(key, entry);
    }
    entry.fetches += 1;
    if (notModified) entry.notModified += 1;
    const before = entry.clients.size;
    entry.clients.add(digest);
    this.clientCount += entry.clients.size - before;
  }

  /** Distinct (feed, client) digests held: what bounds the buffer's memory. */
  get size(): number {
    return this.clientCount;
  }

  get isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /** Hands over everything buffered and starts empty. */
  drain(): BufferedFeed[] {
    const drained = [...this.entries.values()];
    this.entries = new Map();
    this.clientCount = 0;
    return drained;
  }
}

export interface DailyRow {
  eventId: string;
  day: string;
  kind: FeedKind;
  feedId: string;
  fetches: number;
  notModified: number;
}

export interface ClientRow {
  day: string;
  eventId: string;
  kind: FeedKind;
  feedId: string;
  clientHash: string;
}

/**
 * The rows one flush writes. Personal feeds are resolved to their event and merged into one
 * `personal` feed per event (feed id ''), so nothing per agenda is ever stored; feeds of events
 * that no longer exist are dropped.
 */
export function flushRows(
  drained: BufferedFeed[],
  eventOfAgenda: (tokenHash: string) => string | undefined,
  eventExists: (eventId: string) => boolean,
  saltOf: (day: string) => string,
): { daily: DailyRow[]; clients: ClientRow[] } {
  const daily = new Map<string, DailyRow>();
  const clients = new Map<string, ClientRow>();
  for (const entry of drained) {
    const eventId =
      entry.feed.eventId ?? (entry.feed.agendaTokenHash ? eventOfAgenda(entry.feed.agendaTokenHash) : undefined);
    if (!eventId || !eventExists(eventId)) continue;
    const { kind, feedId } = entry.feed;
    const key = [eventId, entry.day, kind, feedId].join('|');
    const row = daily.get(key) ?? { eventId, day: entry.day, kind, feedId, fetches: 0, notModified: 0 };
    row.fetches += entry.fetches;
    row.notModified += entry.notModified;
    daily.set(key, row);
    const salt = saltOf(entry.day);
    for (const digest of entry.clients) {
      const clientHash = saltedClientHash(salt, digest);
      clients.set(`${key}|${clientHash}`, { day: entry.day, eventId, kind, feedId, clientHash });
    }
  }
  return { daily: [...daily.values()], clients: [...clients.values()] };
}
