import { EventInfo, Program, Room, Session, Slot, Speaker, Track } from './types';

/**
 * The published program read from the public API of any origin (`base` is '' on our own pages,
 * the app's origin in an embed). Requests never carry cookies or other credentials: what is
 * shown is what anybody may read, and a cross-origin page gets nothing more.
 */
export class PublicApi {
  constructor(private readonly base: string) {}

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.base}/api${path}`, {
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  }

  /** Every item of a paged list (the API's largest page is 500). */
  async all<T>(path: string): Promise<T[]> {
    const page = (n: number) => this.get<{ items: T[]; total: number }>(`${path}?limit=500&page=${n}`);
    const first = await page(1);
    const rest = Array.from({ length: Math.max(0, Math.ceil(first.total / 500) - 1) }, (_, index) => page(index + 2));
    return [...first.items, ...(await Promise.all(rest)).flatMap((more) => more.items)];
  }

  /** `event` is the event's id or its slug. */
  async program(event: string): Promise<Program> {
    const info = await this.get<EventInfo>(`/events/${encodeURIComponent(event)}`);
    const base = `/events/${info.id}`;
    const [rooms, tracks, slots, speakers, sessions] = await Promise.all([
      this.get<Room[]>(`${base}/rooms`),
      this.get<Track[]>(`${base}/tracks`),
      this.get<Slot[]>(`${base}/slots`),
      this.all<Speaker>(`${base}/speakers`),
      this.all<Session>(`${base}/sessions`),
    ]);
    return { event: info, rooms, tracks, slots, speakers, sessions };
  }
}
