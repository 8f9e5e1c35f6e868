import { FeedReachDto, ReachDayDto } from '../dto/insights-response.dto';
import { FeedKind } from './feed-route';
import { StoredReach } from './feed-reach.store';

const KIND_ORDER: FeedKind[] = ['event', 'personal', 'track', 'room', 'speaker', 'session'];

/** Per day over all feeds (the chart), and per feed with its days (the table), busiest feeds first. */
export function summarizeReach(
  rows: StoredReach[],
  nameOf: (kind: FeedKind, id: string) => string,
): { days: ReachDayDto[]; feeds: FeedReachDto[] } {
  const days = new Map<string, ReachDayDto>();
  const feeds = new Map<string, FeedReachDto>();
  for (const row of rows) {
    const day = days.get(row.day) ?? { day: row.day, fetches: 0, notModified: 0, subscriptions: 0 };
    day.fetches += row.fetches;
    day.notModified += row.notModified;
    day.subscriptions += row.subscribers;
    days.set(row.day, day);
    const key = `${row.kind}:${row.feedId}`;
    const feed = feeds.get(key) ?? {
      kind: row.kind,
      ...(row.feedId ? { id: row.feedId } : {}),
      name: nameOf(row.kind, row.feedId),
      fetches: 0,
      notModified: 0,
      peakSubscribers: 0,
      days: [],
    };
    feed.fetches += row.fetches;
    feed.notModified += row.notModified;
    feed.peakSubscribers = Math.max(feed.peakSubscribers, row.subscribers);
    feed.days.push({ day: row.day, fetches: row.fetches, notModified: row.notModified, subscribers: row.subscribers });
    feeds.set(key, feed);
  }
  return {
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    feeds: [...feeds.values()].sort(
      (a, b) =>
        b.peakSubscribers - a.peakSubscribers ||
        b.fetches - a.fetches ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        a.name.localeCompare(b.name),
    ),
  };
}
