/** URLs remembered for the feed fast path; each entry is two short strings and a number. */
const MAX_ANSWERED_URLS = 20_000;

/** Which cached feed a public feed URL was answered with, for which event and published version. */
export interface AnsweredFeed {
  eventId: string;
  version: number;
  cacheKey: string;
}

/**
 * Request URL (path and query, as sent) → the cached feed the full pipeline answered it with.
 * Bounded: the oldest URL goes first (insertion order is age; a URL answered again moves to the end).
 */
export class AnsweredFeeds {
  private readonly urls = new Map<string, AnsweredFeed>();

  remember(url: string, answer: AnsweredFeed): void {
    this.urls.delete(url);
    if (this.urls.size >= MAX_ANSWERED_URLS) this.urls.delete(this.urls.keys().next().value!);
    this.urls.set(url, answer);
  }

  get(url: string): AnsweredFeed | undefined {
    return this.urls.get(url);
  }

  forget(url: string): void {
    this.urls.delete(url);
  }
}
