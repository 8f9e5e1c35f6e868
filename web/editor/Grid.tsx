import { useLayoutEffect, useRef } from 'preact/hooks';
import { dayWindow, instantOfLine, lineOf, STEP_MS } from '../lib/editor-time';
import { clockTime } from '../lib/zoned-time';
import { geometry, keyboardMove, moving, pointerDrag } from './drag';
import { EditorStore, whereOf } from './store';
import type { SessionItem } from './types';

const HOUR = 3_600_000;

/** One day: rooms as columns, 5-minute rows, slots and breaks as bands, sessions as cards. */
export function Grid({ store }: { store: EditorStore }) {
  const p = store.program.value!;
  const zone = store.zone.value;
  const day = store.dayRange();
  const slots = p.slots
    .map((s) => ({ ...s, start: Date.parse(s.startsAt), end: Date.parse(s.endsAt) }))
    .filter((s) => s.end > day.start && s.start < day.end);
  const sessions = p.sessions
    .filter((s) => s.startsAt && s.endsAt)
    .map((s) => ({ s, start: Date.parse(s.startsAt!), end: Date.parse(s.endsAt!) }))
    .filter((x) => x.end > day.start && x.start < day.end);
  const window = dayWindow(day, [...slots, ...sessions]);
  const rows = Math.round((window.to - window.from) / STEP_MS);
  const column = new Map(p.rooms.map((room, index) => [room.id, index + 2]));
  const lastColumn = p.rooms.length + 2;
  const track = new Map(p.tracks.map((t) => [t.id, t]));
  const warnings = store.warningsBySession.value;
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    geometry.locate = (x, y) => {
      const grid = ref.current;
      if (!grid) return null;
      const box = grid.getBoundingClientRect();
      const head = grid.querySelector<HTMLElement>('[data-corner]')!.getBoundingClientRect();
      const col = Math.floor(((x - head.right) / (box.right - head.right)) * p.rooms.length);
      if (x < head.right || x > box.right || y < head.bottom || y > box.bottom || col < 0 || col >= p.rooms.length)
        return null;
      const rowHeight = (box.bottom - head.bottom) / rows;
      const line = Math.floor((y - head.bottom) / rowHeight) + 2;
      return { roomId: p.rooms[col].id, ms: instantOfLine(line, window.from) };
    };
    return () => (geometry.locate = null);
  });

  const hours: number[] = [];
  for (let h = window.from; h < window.to; h += HOUR) hours.push(h);
  const gridStyle = {
    gridTemplateColumns: `4.5rem repeat(${p.rooms.length}, minmax(7.5rem, 1fr))`,
    gridTemplateRows: `auto repeat(${rows}, var(--se-row))`,
  };
  const rowsOf = (start: number, end: number) =>
    `${Math.max(2, lineOf(start, window.from))} / ${Math.min(rows + 2, lineOf(end, window.from))}`;

  return (
    <div
      class="se-grid"
      ref={ref}
      style={gridStyle}
      role="region"
      aria-label={store.t('editor.grid', { day: store.day.value })}
    >
      <div class="se-corner" data-corner style={{ gridColumn: 1, gridRow: 1 }}>
        {store.t('editor.time')}
      </div>
      {p.rooms.map((room) => (
        <div key={room.id} class="se-room" style={{ gridColumn: column.get(room.id), gridRow: 1 }}>
          <span class="se-room-name">{room.name}</span>
          {room.capacity != null && (
            <span class="se-cap">{store.t('editor.capacity', { capacity: room.capacity })}</span>
          )}
        </div>
      ))}
      {hours.map((h) => (
        <div key={h} class="se-hour" style={{ gridColumn: `1 / ${lastColumn}`, gridRow: rowsOf(h, h + HOUR) }}>
          <span>{clockTime(h, zone)}</span>
        </div>
      ))}
      {slots.map((slot) => (
        <div
          key={slot.id}
          class={`se-band se-band-${slot.kind}`}
          style={{ gridColumn: `2 / ${lastColumn}`, gridRow: rowsOf(slot.start, slot.end) }}
        >
          {slot.kind !== 'parallel' && <span class="se-band-label">{slot.label ?? slot.kind}</span>}
        </div>
      ))}
      {sessions.map(({ s, start, end }) => {
        const plenary =
          !s.roomId ||
          slots.some(
            (slot) => slot.kind === 'plenary' && slot.start <= start && end <= slot.end && s.type === 'keynote',
          );
        const col = plenary ? `2 / ${lastColumn}` : `${column.get(s.roomId!) ?? 2}`;
        const colour = s.trackId ? track.get(s.trackId)?.color : undefined;
        return (
          <Card
            key={s.id}
            store={store}
            session={s}
            style={{ gridColumn: col, gridRow: rowsOf(start, end), ...(colour && { borderLeftColor: colour }) }}
            warnings={warnings.get(s.id)?.map((c) => c.message) ?? []}
          />
        );
      })}
      <Ghosts store={store} rowsOf={rowsOf} column={column} />
      <MoveLayer store={store} rowsOf={rowsOf} column={column} lastColumn={lastColumn} />
    </div>
  );
}

function Card({
  store,
  session,
  style,
  warnings,
}: {
  store: EditorStore;
  session: SessionItem;
  style: Record<string, string | number>;
  warnings: string[];
}) {
  const where = store.describe(whereOf(session));
  const label =
    store.t('editor.card', { title: session.title, where }) +
    (session.status === 'cancelled' ? `, ${store.t('editor.cancelled')}` : '') +
    (session.pinned ? `, ${store.t('editor.pinned')}` : '') +
    (warnings.length ? `, ${store.t('editor.warnings', { count: warnings.length, list: warnings.join('; ') })}` : '');
  return (
    <div
      class={`se-card${session.status === 'cancelled' ? ' se-cancelled' : ''}`}
      style={style}
      data-session={session.id}
    >
      <button
        type="button"
        class="se-card-body"
        aria-label={label}
        onPointerDown={(e) => pointerDrag(store, e, session, 'move')}
        onKeyDown={(e) => keyboardMove(store, e, session)}
      >
        <span class="se-title">{session.title}</span>
        {session.status === 'cancelled' && <span class="se-tag">{store.t('editor.cancelled')}</span>}
        {warnings.length > 0 && (
          <span class="se-warn" title={warnings.join('\n')}>
            ⚠ {warnings.length}
          </span>
        )}
      </button>
      <button
        type="button"
        class="se-pin"
        aria-pressed={session.pinned ? 'true' : 'false'}
        aria-label={`${store.t(session.pinned ? 'editor.unpin' : 'editor.pin')}: ${session.title}`}
        onClick={() => void store.togglePin(session)}
      >
        {session.pinned ? '📌' : '·'}
      </button>
      <div class="se-resize" aria-hidden="true" onPointerDown={(e) => pointerDrag(store, e, session, 'resize')} />
    </div>
  );
}

type RowsOf = (start: number, end: number) => string;

/** The planner's proposal on this day, as ghost cards. */
function Ghosts({ store, rowsOf, column }: { store: EditorStore; rowsOf: RowsOf; column: Map<string, number> }) {
  const proposal = store.proposal.value;
  if (!proposal) return null;
  const day = store.dayRange();
  return (
    <>
      {proposal.placements
        .map((pl) => ({ pl, start: Date.parse(pl.startsAt), end: Date.parse(pl.endsAt) }))
        .filter((x) => x.start < day.end && x.end > day.start)
        .map(({ pl, start, end }) => {
          const title = store.byId.value.get(pl.sessionId)?.title ?? '';
          return (
            <div
              key={pl.sessionId}
              class="se-ghost"
              style={{ gridColumn: column.get(pl.roomId) ?? 2, gridRow: rowsOf(start, end) }}
              title={(pl.reasons ?? []).join('\n')}
            >
              {title}
            </div>
          );
        })}
    </>
  );
}

/** What a move would do, drawn while it happens: shading, small rooms, the drop target and its verdict. */
function MoveLayer(props: { store: EditorStore; rowsOf: RowsOf; column: Map<string, number>; lastColumn: number }) {
  const state = moving.value;
  useLayoutEffect(() => {
    if (state?.source === 'pointer')
      performance.measure('se-drag-frame', { start: state.since, end: performance.now() });
  });
  if (!state) return null;
  const { store, rowsOf, column, lastColumn } = props;
  const t = state.target;
  const day = store.dayRange();
  const bad = state.clashes.length > 0;
  return (
    <>
      {state.shade.map((gap) => (
        <div
          key={`shade-${gap.start}`}
          class="se-unavailable"
          data-testid="unavailable"
          style={{
            gridColumn: `2 / ${lastColumn}`,
            gridRow: rowsOf(Math.max(gap.start, day.start), Math.min(gap.end, day.end)),
          }}
        />
      ))}
      {[...state.tooSmall].map((roomId) => (
        <div key={`small-${roomId}`} class="se-too-small" style={{ gridColumn: column.get(roomId), gridRow: `2 / -1` }}>
          <span>{store.t('editor.tooSmall')}</span>
        </div>
      ))}
      {t.start !== null && t.end !== null && t.start < day.end && t.end > day.start && (
        <div
          class={`se-target ${bad ? 'se-target-bad' : 'se-target-ok'}`}
          style={{ gridColumn: column.get(t.roomId ?? '') ?? 2, gridRow: rowsOf(t.start, t.end) }}
        >
          <span>{state.session.title}</span>
          {bad && <span class="se-target-why">{state.clashes.join('; ')}</span>}
        </div>
      )}
    </>
  );
}
