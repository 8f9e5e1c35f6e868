import { AgendaProgram, EventInfo, Program } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A program and the published version it is. */
export interface PublishedProgram extends Program {
  publishedVersion: number;
}

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

  /**
   * The latest published version, `event` being the event's id or its slug: one prepared,
   * compressed document (`Cache-Control: no-cache` with an ETag, so asking again costs a 304).
   */
  async program(event: string): Promise<PublishedProgram> {
    const id = UUID.test(event) ? event : (await this.get<EventInfo>(`/events/${encodeURIComponent(event)}`)).id;
    const {
      publishedVersion,
      event: info,
      rooms,
      tracks,
      slots,
      speakers,
      sessions,
    } = await this.get<AgendaProgram>(`/events/${id}/program`);
    return { publishedVersion, event: info, rooms, tracks, slots, speakers, sessions };
  }
}
