import { batch, computed, signal } from '@preact/signals';
import { authorBookings } from '../../src/scheduling/author-bookings';
import type { PlacedSession } from '../../src/scheduling/placed-session';
import { clashWords, hardConflictsAt, HardConflict } from '../lib/drop-check';
import { dayStart, eventDays } from '../lib/editor-time';
import { translator, type Lang } from '../lib/i18n';
import { localDate, timeRange, dayLabel } from '../lib/zoned-time';
import { UndoStack } from '../lib/undo-stack';
import * as data from './data';
import { en, type EditorMessages } from './messages/en';
import { LiveUpdates } from './live';
import { ja } from './messages/ja';
import type { Conflict, Proposal, SessionItem, Where } from './types';

interface Change {
  sessionId: string;
  title: string;
  before: Where;
  after: Where;
}

const ms = (iso?: string | null) => (iso ? Date.parse(iso) : null);
export const whereOf = (s: SessionItem): Where => ({
  roomId: s.startsAt ? (s.roomId ?? null) : null,
  start: ms(s.startsAt),
  end: ms(s.endsAt),
});

/** The editor's state and every action on it; views read signals and call these. */
export class EditorStore {
  readonly t;
  readonly program = signal<data.ProgramData | null>(null);
  readonly failed = signal<string | null>(null);
  readonly day = signal('');
  readonly message = signal('');
  readonly conflicts = signal<Conflict[]>([]);
  readonly proposal = signal<Proposal | null>(null);
  readonly history = signal(0); // bumped when undo/redo availability changes
  readonly undo = new UndoStack<Change>(20);
  private readonly live = new LiveUpdates(this);
  private conflictTimer: ReturnType<typeof setTimeout> | null = null;

  readonly days = computed(() => {
    const p = this.program.value;
    return p ? eventDays(p.event.startDate, p.event.endDate) : [];
  });
  readonly zone = computed(() => this.program.value?.event.timezone ?? 'UTC');
  readonly byId = computed(() => new Map((this.program.value?.sessions ?? []).map((s) => [s.id, s])));
  readonly placed = computed(() =>
    (this.program.value?.sessions ?? []).filter((s) => s.startsAt && s.endsAt).map(toPlaced),
  );
  readonly warningsBySession = computed(() => {
    const map = new Map<string, Conflict[]>();
    for (const c of this.conflicts.value)
      if (!c.hard) for (const s of c.sessions) map.set(s.id, [...(map.get(s.id) ?? []), c]);
    return map;
  });

  constructor(
    readonly eventId: string,
    lang: Lang,
  ) {
    this.t = translator<EditorMessages>({ en, ja }, lang);
  }

  async start(): Promise<void> {
    performance.mark('se-open');
    try {
      const program = await data.loadProgram(this.eventId);
      performance.mark('se-data');
      batch(() => {
        this.program.value = program;
        if (!this.day.value) this.day.value = busiestDay(program) ?? program.event.startDate;
      });
    } catch (error) {
      this.failed.value = String((error as Error).message);
      return;
    }
    this.refreshConflicts(0);
    this.live.start();
  }

  stop(): void {
    this.live.stop();
    if (this.conflictTimer) clearTimeout(this.conflictTimer);
  }

  dayRange(date = this.day.value) {
    const zone = this.zone.value;
    const start = dayStart(date, zone);
    return { start, end: dayStart(nextDate(date), zone) };
  }

  describe(where: Where): string {
    if (where.start === null || where.end === null) return this.t('editor.backlog');
    const room = this.program.value?.rooms.find((r) => r.id === where.roomId)?.name ?? '?';
    const zone = this.zone.value;
    return this.t('editor.where', {
      room,
      day: dayLabel(localDate(where.start, zone)),
      time: timeRange(where.start, where.end, zone),
    });
  }

  /** Hard conflicts a placement would meet, in words (empty: the server should accept it). */
  clashesAt(session: SessionItem, where: Where): string[] {
    if (where.start === null || where.end === null) return [];
    const candidate = { ...toPlaced(session), roomId: where.roomId, start: where.start, end: where.end };
    return hardConflictsAt(candidate, this.placed.value).map((c) => this.clashText(c));
  }

  clashText(c: Pick<HardConflict, 'kind' | 'title' | 'roomId' | 'speakerId'>): string {
    const p = this.program.value;
    return clashWords(
      c,
      {
        room: (id) => p?.rooms.find((r) => r.id === id)?.name ?? id,
        speaker: (id) => p?.speakers.find((s) => s.id === id)?.name ?? id,
      },
      { room: this.t('editor.clashRoom'), speaker: this.t('editor.clashSpeaker') },
    );
  }

  /** One versioned write; refused drops leave the card where it was and say why. */
  async place(session: SessionItem, where: Where, record = true): Promise<boolean> {
    const before = whereOf(session);
    const started = performance.now();
    this.live.ownWrite(session.id);
    const answer = await data.placeSession(this.eventId, session, where);
    performance.measure('se-move-ack', { start: started, end: performance.now() });
    if (answer.ok && answer.data) {
      this.replace(answer.data);
      if (record) {
        this.undo.push({ sessionId: session.id, title: session.title, before, after: where });
        this.history.value++;
      }
      this.message.value =
        where.start === null
          ? this.t('editor.unscheduled', { title: session.title })
          : this.t('editor.moved', { title: session.title, where: this.describe(where) });
      this.refreshConflicts();
      return true;
    }
    await this.explainFailure(session, answer);
    return false;
  }

  async togglePin(session: SessionItem): Promise<void> {
    this.live.ownWrite(session.id);
    const answer = await data.setPinned(this.eventId, session, !session.pinned);
    if (answer.ok && answer.data) this.replace(answer.data);
    else await this.explainFailure(session, answer);
  }

  async undoLast(redo = false): Promise<void> {
    const change = redo ? this.undo.takeRedo() : this.undo.takeUndo();
    if (!change) {
      this.message.value = this.t('editor.nothing');
      return;
    }
    const session = this.byId.value.get(change.sessionId);
    const ok = session ? await this.place(session, redo ? change.after : change.before, false) : false;
    if (!ok) this.undo.restore(change, redo ? 'redo' : 'undo');
    else
      this.message.value = this.t(redo ? 'editor.redone' : 'editor.undone', {
        what: `“${change.title}” → ${this.describe(redo ? change.after : change.before)}`,
      });
    this.history.value++;
  }

  async proposePlacements(): Promise<void> {
    const answer = await data.propose(this.eventId);
    if (!answer.ok || !answer.data) {
      this.message.value = this.t('editor.failed', { title: '', reason: messageOf(answer) });
      return;
    }
    const placements = answer.data.placements.filter((p) => p.moves !== false);
    this.proposal.value = { ...answer.data, placements };
    this.message.value = placements.length
      ? this.t('editor.proposal', { count: placements.length, score: answer.data.score.total ?? 0 })
      : this.t('editor.proposalNone');
  }

  async acceptAll(): Promise<void> {
    const proposal = this.proposal.value;
    if (!proposal) return;
    const answer = await data.applyProposal(this.eventId, proposal.id);
    if (answer.ok) {
      this.proposal.value = null;
      this.message.value = this.t('editor.proposalApplied', { count: proposal.placements.length });
      await this.reload();
    } else this.message.value = answer.status === 409 ? this.t('editor.proposalStale') : messageOf(answer);
  }

  async acceptOne(sessionId: string): Promise<void> {
    const proposal = this.proposal.value;
    const placement = proposal?.placements.find((p) => p.sessionId === sessionId);
    const session = this.byId.value.get(sessionId);
    if (!proposal || !placement || !session) return;
    const ok = await this.place(session, {
      roomId: placement.roomId,
      start: Date.parse(placement.startsAt),
      end: Date.parse(placement.endsAt),
    });
    if (ok) this.proposal.value = { ...proposal, placements: proposal.placements.filter((p) => p !== placement) };
  }

  discardProposal(): void {
    this.proposal.value = null;
  }

  private async explainFailure(session: SessionItem, answer: data.Outcome<unknown>): Promise<void> {
    if (answer.status === 409 && answer.error?.conflicts?.length) {
      const reasons = answer.error.conflicts.map((c) => this.clashText(c)).join('; ');
      this.message.value = this.t('editor.refused', { title: session.title, reasons });
    } else if (answer.status === 412) {
      await this.reloadSession(session.id);
      this.message.value = this.t('editor.stale', { title: session.title });
    } else this.message.value = this.t('editor.failed', { title: session.title, reason: messageOf(answer) });
  }

  replace(next: SessionItem): void {
    const p = this.program.value;
    if (!p) return;
    const held = this.byId.value.get(next.id);
    // a live re-read sent before our own write may answer after it: versions only grow
    if (held && held.version > next.version) return;
    const found = held !== undefined;
    this.program.value = {
      ...p,
      sessions: found ? p.sessions.map((s) => (s.id === next.id ? next : s)) : [...p.sessions, next],
    };
  }

  remove(id: string): void {
    const p = this.program.value;
    if (p) this.program.value = { ...p, sessions: p.sessions.filter((s) => s.id !== id) };
  }

  async reloadSession(id: string): Promise<SessionItem | null> {
    const answer = await data.getSession(this.eventId, id);
    if (answer.ok && answer.data) {
      this.replace(answer.data);
      return answer.data;
    }
    if (answer.status === 404) this.remove(id);
    return null;
  }

  async reload(): Promise<void> {
    try {
      this.program.value = await data.loadProgram(this.eventId);
    } catch {
      /* keep what we show; the next change tries again */
    }
    this.refreshConflicts(0);
  }

  refreshConflicts(delay = 300): void {
    if (this.conflictTimer) clearTimeout(this.conflictTimer);
    this.conflictTimer = setTimeout(async () => {
      const answer = await data.loadConflicts(this.eventId);
      if (answer.ok && answer.data) this.conflicts.value = answer.data.conflicts;
    }, delay);
  }
}

export function toPlaced(s: SessionItem): PlacedSession {
  const start = ms(s.startsAt) ?? 0;
  const speakerIds = s.speakers.map((x) => x.speakerId);
  return {
    id: s.id,
    title: s.title,
    status: s.status,
    start,
    end: ms(s.endsAt) ?? 0,
    roomId: s.roomId ?? null,
    trackId: s.trackId ?? null,
    speakerIds,
    expectedAttendance: s.expectedAttendance ?? null,
    authorBookings: authorBookings(
      (s.presentations ?? []).map((p) => ({
        id: p.id,
        title: p.title,
        authors: p.authors,
        start: Date.parse(p.startsAt),
        end: Date.parse(p.endsAt),
      })),
    ),
  };
}

function busiestDay(p: data.ProgramData): string | null {
  const counts = new Map<string, number>();
  for (const s of p.sessions)
    if (s.startsAt) {
      const d = localDate(Date.parse(s.startsAt), p.event.timezone);
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  let best: string | null = null;
  for (const [d, n] of counts) if (best === null || n > counts.get(best)!) best = d;
  return best;
}

const nextDate = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function messageOf(answer: data.Outcome<unknown>): string {
  const m = answer.error?.message;
  return Array.isArray(m) ? m.join('; ') : (m ?? `HTTP ${answer.status}`);
}
