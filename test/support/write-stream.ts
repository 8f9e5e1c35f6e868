import { seededRandom } from '../../bench/synthetic-program';
import { SqliteFile } from './sqlite-file';

/** What a session looks like after a write: the fields the stream changes. */
export interface SessionState {
  title: string;
  roomId: string;
  start: number;
  end: number;
  speakerIds: string[];
}

interface Tracked {
  id: string;
  worker: number;
  /** The state of the last write the server acknowledged with a 2xx. */
  acked?: SessionState;
  ackedDeleted?: boolean;
  /** A write sent but never answered (the server died): it may or may not have committed. */
  pending?: SessionState | 'deleted';
  /** A write is on its way right now. */
  busy?: boolean;
}

export interface StreamTarget {
  url: string;
  token: string;
  eventId: string;
  roomIds: string[];
  speakerIds: string[];
  /** First day of the event, UTC midnight, epoch ms; the event has two days. */
  dayStart: number;
}

export interface StreamStats {
  acked: number;
  refused: number;
  unknown: number;
  unexpected: string[];
}

const MINUTE = 60_000;

/**
 * A stream of valid organizer writes (create, rename, move, delete sessions) from several
 * concurrent clients, remembering which ones the server acknowledged. Clients pick rooms, times
 * and speakers at random, so some writes clash and must be refused with 409. Each session
 * belongs to one client, so its writes are sequential and its expected state is exact.
 */
export class WriteStream {
  private readonly sessions = new Map<string, Tracked>();
  private pendingCreates: SessionState[] = [];
  private counter = 0;
  private stopped = false;
  private readonly random: () => number;
  readonly stats: StreamStats = { acked: 0, refused: 0, unknown: 0, unexpected: [] };

  constructor(
    private readonly target: StreamTarget,
    private readonly workers = 4,
    seed = 1,
  ) {
    this.random = seededRandom(seed);
  }

  /** Runs the clients until stop() or until the server stops answering; resolves when all have ended. */
  run(): Promise<void> {
    this.stopped = false;
    return Promise.all(Array.from({ length: this.workers }, (_, worker) => this.client(worker))).then(() => undefined);
  }

  stop(): void {
    this.stopped = true;
  }

  /** The acknowledged state of every session, as JSON, for sessions with no write in flight or deleted. */
  settledStates(): Map<string, string> {
    const states = new Map<string, string>();
    for (const session of this.sessions.values()) {
      if (!session.pending && !session.busy && !session.ackedDeleted && session.acked)
        states.set(session.id, JSON.stringify(normalized(session.acked)));
    }
    return states;
  }

  private async client(worker: number): Promise<void> {
    while (!this.stopped) {
      const own = [...this.sessions.values()].filter(
        (s) => s.worker === worker && s.acked && !s.ackedDeleted && !s.pending,
      );
      const dice = this.random();
      const session = own.length ? own[Math.floor(this.random() * own.length)] : undefined;
      const alive =
        !session || dice < 0.5
          ? await this.create(worker)
          : dice < 0.7
            ? await this.patch(session, { ...session.acked!, title: this.title(worker) })
            : dice < 0.9
              ? await this.patch(session, { ...session.acked!, ...this.placement() })
              : await this.remove(session);
      if (!alive) return;
    }
  }

  private title(worker: number): string {
    this.counter += 1;
    return `w${worker} write ${this.counter} <b>'quoted'</b>`;
  }

  private placement(): Pick<SessionState, 'roomId' | 'start' | 'end'> {
    const start =
      this.target.dayStart +
      Math.floor(this.random() * 2) * 1440 * MINUTE +
      (8 * 60 + Math.floor(this.random() * 48) * 15) * MINUTE;
    return {
      roomId: this.pick(this.target.roomIds),
      start,
      end: start + (15 + Math.floor(this.random() * 4) * 15) * MINUTE,
    };
  }

  private pick<T>(values: T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }

  private body(state: SessionState) {
    return {
      title: state.title,
      roomId: state.roomId,
      startsAt: new Date(state.start).toISOString(),
      endsAt: new Date(state.end).toISOString(),
      speakers: state.speakerIds.map((speakerId) => ({ speakerId, role: 'speaker' })),
    };
  }

  private async create(worker: number): Promise<boolean> {
    const speakers = this.random() < 0.5 ? [] : [this.pick(this.target.speakerIds)];
    const state: SessionState = { title: this.title(worker), ...this.placement(), speakerIds: speakers };
    const response = await this.send('POST', `/events/${this.target.eventId}/sessions`, {
      ...this.body(state),
      type: 'talk',
    });
    if (!response) {
      this.pendingCreates.push(state);
      return false;
    }
    if (response.status === 201) this.sessions.set(response.body.id, { id: response.body.id, worker, acked: state });
    return this.settle(response, 201);
  }

  private async patch(session: Tracked, next: SessionState): Promise<boolean> {
    session.busy = true;
    const response = await this.send('PATCH', `/events/${this.target.eventId}/sessions/${session.id}`, this.body(next));
    session.busy = false;
    if (!response) {
      session.pending = next;
      return false;
    }
    if (response.status === 200) session.acked = next;
    return this.settle(response, 200);
  }

  private async remove(session: Tracked): Promise<boolean> {
    session.busy = true;
    const response = await this.send('DELETE', `/events/${this.target.eventId}/sessions/${session.id}`);
    session.busy = false;
    if (!response) {
      session.pending = 'deleted';
      return false;
    }
    if (response.status === 204) session.ackedDeleted = true;
    return this.settle(response, 204);
  }

  private settle(response: { status: number; body: any }, success: number): boolean {
    if (response.status === success) this.stats.acked += 1;
    else if (response.status === 409) this.stats.refused += 1;
    else this.stats.unexpected.push(`${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
    return true;
  }

  /** undefined when no answer came back (connection refused or reset): the outcome is unknown. */
  private async send(method: string, path: string, body?: unknown): Promise<{ status: number; body: any } | undefined> {
    try {
      const response = await fetch(`${this.target.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.target.token}`,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    } catch {
      this.stats.unknown += 1;
      return undefined;
    }
  }

  /**
   * Compares the file with what was acknowledged. Returns every acknowledged write that is
   * missing or altered, and every row that no request could have written ("phantoms").
   * Then adopts the file's state as the new starting point (unknown outcomes are settled).
   */
  async verifyAndResync(file: SqliteFile): Promise<{ lost: string[]; phantoms: string[]; live: number }> {
    const rows = await file.all(
      `SELECT id, title, room_id, starts_at, ends_at FROM sessions WHERE event_id = ? AND deleted_at IS NULL`,
      [this.target.eventId],
    );
    const links = await file.all(
      `SELECT l.session_id, l.speaker_id FROM session_speakers l JOIN sessions s ON s.id = l.session_id WHERE s.event_id = ?`,
      [this.target.eventId],
    );
    const stored = new Map<string, SessionState>(
      rows.map((row) => [
        row.id,
        {
          title: row.title,
          roomId: row.room_id,
          start: Number(row.starts_at),
          end: Number(row.ends_at),
          speakerIds: links
            .filter((link) => link.session_id === row.id)
            .map((link) => link.speaker_id)
            .sort(),
        },
      ]),
    );
    const lost: string[] = [];
    const phantoms: string[] = [];
    for (const session of this.sessions.values()) {
      const row = stored.get(session.id);
      if (session.ackedDeleted) {
        if (row) lost.push(`session ${session.id}: acknowledged delete, still there`);
      } else if (!row) {
        if (session.pending !== 'deleted')
          lost.push(`session ${session.id}: acknowledged, missing (${session.acked?.title})`);
      } else if (
        !same(row, session.acked!) &&
        !(session.pending && session.pending !== 'deleted' && same(row, session.pending))
      ) {
        lost.push(
          `session ${session.id}: stored ${JSON.stringify(row)}, acknowledged ${JSON.stringify(session.acked)}`,
        );
      }
    }
    for (const [id, row] of stored) {
      if (this.sessions.has(id)) continue;
      if (this.pendingCreates.some((state) => same(row, state))) continue;
      phantoms.push(`session ${id} was never acknowledged nor sent: ${JSON.stringify(row)}`);
    }
    const workerOf = new Map([...this.sessions.values()].map((session) => [session.id, session.worker]));
    this.sessions.clear();
    this.pendingCreates = [];
    let next = 0;
    for (const [id, state] of stored)
      this.sessions.set(id, { id, worker: workerOf.get(id) ?? next++ % this.workers, acked: state });
    return { lost, phantoms, live: stored.size };
  }
}

export function normalized(state: SessionState): SessionState {
  return { ...state, speakerIds: [...state.speakerIds].sort() };
}

function same(a: SessionState, b: SessionState): boolean {
  return (
    a.title === b.title &&
    a.roomId === b.roomId &&
    a.start === b.start &&
    a.end === b.end &&
    JSON.stringify([...a.speakerIds].sort()) === JSON.stringify([...b.speakerIds].sort())
  );
}

/** A draft event (UTC, two days) with four rooms and six speakers, created over HTTP: the stream's target. */
export async function prepareStreamTarget(url: string, token: string): Promise<StreamTarget> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST ${path} -> ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const event = await post('/events', {
    name: 'Crash-test conference',
    timezone: 'UTC',
    startDate: '2026-06-01',
    endDate: '2026-06-02',
  });
  const roomIds: string[] = [];
  for (const name of ['Hall A', 'Hall B', 'Room C', 'Room D'])
    roomIds.push((await post(`/events/${event.id}/rooms`, { name, capacity: 100 })).id);
  const speakerIds: string[] = [];
  for (let i = 1; i <= 6; i++)
    speakerIds.push((await post(`/events/${event.id}/speakers`, { name: `Speaker ${i}` })).id);
  return { url, token, eventId: event.id, roomIds, speakerIds, dayStart: Date.UTC(2026, 5, 1) };
}
