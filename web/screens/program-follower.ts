import { PublicApi } from '../lib/public-program';
import { Program } from '../lib/types';

export interface FollowState {
  program: Program;
  /** false while the last check failed: the screen runs on its last copy */
  online: boolean;
  /** when the copy shown was last confirmed current (ms) */
  checkedAt: number;
}

const storageKey = (eventId: string) => `agenda-screen:${eventId}`;

function storedCopy(eventId: string): { program: Program; checkedAt: number } | null {
  try {
    const raw = localStorage.getItem(storageKey(eventId));
    return raw ? (JSON.parse(raw) as { program: Program; checkedAt: number }) : null;
  } catch {
    return null;
  }
}

function store(eventId: string, program: Program, checkedAt: number): void {
  try {
    localStorage.setItem(storageKey(eventId), JSON.stringify({ program, checkedAt }));
  } catch {
    // a full or disabled storage only costs the copy for the next start
  }
}

/**
 * Keeps a screen's program current without reloads: asks every `refreshMs` whether a new version
 * was published (one small conditional request, 304 while nothing changed) and then reloads the
 * program. The last copy is kept in memory and in localStorage, so a dropped network (or a
 * restart while it is down) leaves the screen showing the program it had.
 */
export class ProgramFollower {
  private readonly api = new PublicApi('');
  private etag?: string;
  private state?: FollowState;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly eventId: string,
    private readonly refreshMs: number,
    private readonly onChange: (state: FollowState) => void,
  ) {}

  async start(): Promise<void> {
    try {
      await this.check();
    } catch {
      const copy = storedCopy(this.eventId);
      if (!copy) throw new Error('the program could not be loaded and no copy is stored');
      this.publish({ program: copy.program, online: false, checkedAt: copy.checkedAt });
    }
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.check()
        .catch(() => this.state && this.publish({ ...this.state, online: false }))
        .finally(() => this.schedule());
    }, this.refreshMs);
  }

  private async check(): Promise<void> {
    const response = await fetch(`/api/events/${this.eventId}/versions?limit=1`, {
      credentials: 'omit',
      headers: { accept: 'application/json', ...(this.etag && this.state && { 'if-none-match': this.etag }) },
    });
    const checkedAt = Date.now();
    if (response.status === 304 && this.state) {
      if (!this.state.online) this.publish({ ...this.state, online: true, checkedAt });
      else this.state.checkedAt = checkedAt;
      return;
    }
    if (!response.ok) throw new Error(`versions: ${response.status}`);
    const etag = response.headers.get('etag') ?? undefined;
    const program = await this.api.program(this.eventId);
    this.etag = etag;
    store(this.eventId, program, checkedAt);
    this.publish({ program, online: true, checkedAt });
  }

  private publish(state: FollowState): void {
    this.state = state;
    this.onChange(state);
  }
}
