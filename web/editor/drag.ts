import { signal } from '@preact/signals';
import { roomsTooSmall, unavailableIn, type Interval } from '../lib/drop-check';
import { snap, STEP_MS } from '../lib/editor-time';
import { EditorStore, whereOf } from './store';
import type { SessionItem, Where } from './types';

/** A move in progress, by pointer or keyboard: where the card would go and what that would meet. */
export interface Moving {
  session: SessionItem;
  source: 'pointer' | 'keyboard';
  mode: 'move' | 'resize';
  target: Where;
  clashes: string[];
  /** the dragged session's speakers' unavailable times on the day shown */
  shade: Interval[];
  tooSmall: Set<string>;
  /** when the pointer event that produced this state began (for the frame mark) */
  since: number;
}

export const moving = signal<Moving | null>(null);

/** Where the grid is on screen: which room and instant lie under a point (null: not over the grid). */
export const geometry: { locate: ((x: number, y: number) => { roomId: string; ms: number } | null) | null } = {
  locate: null,
};

const duration = (s: SessionItem) =>
  s.startsAt && s.endsAt ? Date.parse(s.endsAt) - Date.parse(s.startsAt) : (s.durationMinutes ?? 60) * 60_000;

export function beginMove(
  store: EditorStore,
  session: SessionItem,
  source: Moving['source'],
  mode: Moving['mode'],
  target: Where,
): Moving {
  const p = store.program.value!;
  const day = store.dayRange();
  const windows = session.speakers.map((link) => p.speakers.find((s) => s.id === link.speakerId));
  const shade = windows.flatMap((speaker) =>
    speaker
      ? unavailableIn(
          day,
          speaker.availability?.map((w) => ({ start: Date.parse(w.startsAt), end: Date.parse(w.endsAt) })) ?? null,
        )
      : [],
  );
  const state: Moving = {
    session,
    source,
    mode,
    target,
    clashes: store.clashesAt(session, target),
    shade,
    tooSmall: roomsTooSmall(p.rooms, session.expectedAttendance),
    since: performance.now(),
  };
  moving.value = state;
  return state;
}

export function retarget(store: EditorStore, target: Where, since = performance.now()): void {
  const current = moving.value;
  if (!current) return;
  const same =
    current.target.roomId === target.roomId &&
    current.target.start === target.start &&
    current.target.end === target.end;
  if (same) return;
  moving.value = { ...current, target, clashes: store.clashesAt(current.session, target), since };
}

/** Pointer drag of a card (from the grid or the backlog); a press without movement is a click. */
export function pointerDrag(store: EditorStore, event: PointerEvent, session: SessionItem, mode: Moving['mode']): void {
  if (event.button !== 0) return;
  const origin = { x: event.clientX, y: event.clientY };
  const where = whereOf(session);
  let grab = 0;
  let started = false;
  const locate = (x: number, y: number) => geometry.locate?.(x, y) ?? null;
  const onMove = (e: PointerEvent) => {
    const since = performance.now();
    if (!started) {
      if (Math.hypot(e.clientX - origin.x, e.clientY - origin.y) < 4) return;
      started = true;
      const at = locate(origin.x, origin.y);
      grab = at && where.start !== null ? at.ms - where.start : 0;
      beginMove(store, session, 'pointer', mode, where);
    }
    e.preventDefault();
    const element = document.elementFromPoint(e.clientX, e.clientY);
    if (element?.closest('[data-backlog-drop]')) {
      retarget(store, { roomId: null, start: null, end: null }, since);
      return;
    }
    const day = element?.closest<HTMLElement>('[data-day]')?.dataset.day;
    if (day && day !== store.day.value) {
      store.day.value = day;
      return;
    }
    const at = locate(e.clientX, e.clientY);
    if (!at) return;
    if (mode === 'resize' && where.start !== null) {
      const end = Math.max(where.start + STEP_MS, snap(at.ms));
      retarget(store, { roomId: where.roomId, start: where.start, end }, since);
    } else {
      const start = snap(at.ms - grab);
      retarget(store, { roomId: at.roomId, start, end: start + duration(session) }, since);
    }
  };
  const finish = (e: PointerEvent) => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', finish);
    window.removeEventListener('pointercancel', finish);
    const state = moving.value;
    moving.value = null;
    if (!started || e.type === 'pointercancel' || !state) return;
    const t = state.target;
    const unchanged = t.roomId === where.roomId && t.start === where.start && t.end === where.end;
    if (!unchanged) void store.place(session, t);
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', finish);
  window.addEventListener('pointercancel', finish);
}

/** Keyboard moves: Enter/Space picks a card up, arrows move it, Enter places, Escape cancels. */
export function keyboardMove(store: EditorStore, event: KeyboardEvent, session: SessionItem): void {
  const state = moving.value;
  const p = store.program.value!;
  if (!state || state.session.id !== session.id) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const where = whereOf(session);
      const from = store.dayRange().start + 9 * 3_600_000;
      const target =
        where.start === null ? { roomId: p.rooms[0]?.id ?? null, start: from, end: from + duration(session) } : where;
      const started = beginMove(store, session, 'keyboard', 'move', target);
      store.message.value = store.t('editor.picked', { title: session.title, where: store.describe(started.target) });
    } else if (event.key === 'Delete' && session.startsAt) {
      event.preventDefault();
      void store.place(session, { roomId: null, start: null, end: null });
    }
    return;
  }
  const t = state.target;
  if (t.start === null || t.end === null) return;
  const rooms = p.rooms.map((r) => r.id);
  const roomAt = (delta: number) =>
    rooms[Math.min(rooms.length - 1, Math.max(0, rooms.indexOf(t.roomId ?? '') + delta))];
  const shift = (ms: number) => ({ ...t, start: t.start! + ms, end: t.end! + ms });
  let next: Where;
  switch (event.key) {
    case 'ArrowUp':
      next = event.shiftKey ? { ...t, end: Math.max(t.start + STEP_MS, t.end - STEP_MS) } : shift(-STEP_MS);
      break;
    case 'ArrowDown':
      next = event.shiftKey ? { ...t, end: t.end + STEP_MS } : shift(STEP_MS);
      break;
    case 'ArrowLeft':
      next = { ...t, roomId: roomAt(-1) };
      break;
    case 'ArrowRight':
      next = { ...t, roomId: roomAt(1) };
      break;
    case 'PageUp':
    case 'PageDown': {
      const days = store.days.value;
      const index = days.indexOf(store.day.value) + (event.key === 'PageUp' ? -1 : 1);
      if (index < 0 || index >= days.length) return;
      const delta = store.dayRange(days[index]).start - store.dayRange().start;
      store.day.value = days[index];
      next = shift(delta);
      break;
    }
    case 'Enter':
    case ' ':
      event.preventDefault();
      moving.value = null;
      void store.place(session, t);
      return;
    case 'Escape':
      event.preventDefault();
      moving.value = null;
      store.message.value = store.t('editor.cancelledMove');
      return;
    default:
      return;
  }
  event.preventDefault();
  retarget(store, next);
  const now = moving.value!;
  store.message.value =
    store.t('editor.preview', { title: session.title, where: store.describe(now.target) }) +
    (now.clashes.length ? ' ' + store.t('editor.wouldClash', { reasons: now.clashes.join('; ') }) : '');
}
