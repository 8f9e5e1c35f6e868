import { ApiError, createAgenda, getAgenda, putAgenda } from './api';
import { readStoredAgenda, writeStoredAgenda } from './lib/agenda-storage';
import { FeedLinks } from './lib/types';

/** How soon a save that never reached the server is tried again while the browser says it is online. */
const RETRY_MS = 15_000;

/** `queued`: the browser is offline; the stars are kept here and saved when the network returns. */
export type SyncState = 'idle' | 'saving' | 'saved' | 'error' | 'queued';

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The attendee's stars: shown at once from local storage, kept on the server as a personal
 * agenda (created with the first star; the token stays in local storage), written one request
 * at a time so the last state always wins.
 */
export class StarStore {
  starred = new Set<string>();
  feed?: FeedLinks;
  state: SyncState = 'idle';
  private token?: string;
  /** stars changed here that the server has not acknowledged yet: they win over the server's copy */
  private pending: boolean;
  private queue: Promise<void> = Promise.resolve();
  private queued = false;
  private readonly listeners = new Set<() => void>();
  private readonly storage = localStore();

  constructor(private readonly eventId: string) {
    const stored = readStoredAgenda(this.storage, eventId);
    this.token = stored.token;
    this.starred = new Set(stored.sessionIds);
    this.pending = stored.pending ?? false;
    window.addEventListener('online', () => {
      if (this.pending) this.save();
    });
  }

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  has(id: string): boolean {
    return this.starred.has(id);
  }

  /**
   * The server's copy wins, unless stars changed here were never saved (offline): then they are
   * saved now. A revoked or unknown token is forgotten and the local stars saved anew.
   */
  async load(): Promise<void> {
    if (this.pending) {
      this.save();
      this.emit();
      return;
    }
    if (!this.token) return;
    try {
      const agenda = await getAgenda(this.token);
      this.starred = new Set(agenda.sessionIds);
      this.feed = { feedUrl: agenda.feedUrl, webcalUrl: agenda.webcalUrl };
      this.state = 'saved';
      this.persist();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      this.token = undefined;
      this.persist();
      if (this.starred.size) this.save();
    }
    this.emit();
  }

  /** Drops stars of sessions no longer in the program (the API refuses unknown ids). */
  prune(known: (id: string) => boolean): void {
    const gone = [...this.starred].filter((id) => !known(id));
    if (!gone.length) return;
    for (const id of gone) this.starred.delete(id);
    if (this.token) this.pending = true;
    this.persist();
    if (this.token) this.save();
    this.emit();
  }

  toggle(id: string): boolean {
    const starred = !this.starred.has(id);
    if (starred) this.starred.add(id);
    else this.starred.delete(id);
    this.pending = true;
    this.persist();
    this.save();
    this.emit();
    return starred;
  }

  private save(): void {
    this.state = 'saving';
    if (this.queued) return;
    this.queued = true;
    this.queue = this.queue.then(async () => {
      this.queued = false;
      try {
        await this.push();
        if (!this.queued) {
          this.state = 'saved';
          this.pending = false;
          this.persist();
        }
      } catch (error) {
        // a fetch that never reached the server (offline) is a TypeError; the online event retries it
        this.state = !navigator.onLine || error instanceof TypeError ? 'queued' : 'error';
        // the browser believes it is online but the request never arrived (a venue network): try again soon
        if (this.state === 'queued' && navigator.onLine) setTimeout(() => this.pending && this.save(), RETRY_MS);
      }
      this.emit();
    });
  }

  private async push(): Promise<void> {
    const ids = [...this.starred];
    if (this.token) {
      try {
        await putAgenda(this.token, ids);
        return;
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
        this.token = undefined;
      }
    }
    if (!ids.length) return;
    const agenda = await createAgenda(this.eventId, ids);
    this.token = agenda.token;
    this.feed = { feedUrl: agenda.feedUrl, webcalUrl: agenda.webcalUrl };
    this.persist();
  }

  private persist(): void {
    writeStoredAgenda(this.storage, this.eventId, {
      ...(this.token && { token: this.token }),
      sessionIds: [...this.starred],
      ...(this.pending && { pending: true }),
    });
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
