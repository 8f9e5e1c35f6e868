import { useSignal } from '@preact/signals';
import { keyboardMove, moving, pointerDrag } from './drag';
import { EditorStore } from './store';

/** Unscheduled sessions with search and filters; dropping a card here unschedules it. */
export function Sidebar({ store }: { store: EditorStore }) {
  const query = useSignal('');
  const track = useSignal('');
  const type = useSignal('');
  const p = store.program.value!;
  const q = query.value.trim().toLowerCase();
  const backlog = p.sessions.filter(
    (s) =>
      !s.startsAt &&
      (!q || s.title.toLowerCase().includes(q) || s.speakers.some((x) => x.name?.toLowerCase().includes(q))) &&
      (!track.value || s.trackId === track.value) &&
      (!type.value || s.type === type.value),
  );
  const types = [...new Set(p.sessions.map((s) => s.type))].sort();
  const dropping = moving.value?.source === 'pointer' && moving.value.target.start === null;
  return (
    <aside
      class={`se-sidebar${dropping ? ' se-dropping' : ''}`}
      aria-label={store.t('editor.backlog')}
      data-backlog-drop
    >
      <h2>{store.t('editor.backlog')}</h2>
      <label>
        {store.t('editor.search')}
        <input type="search" value={query.value} onInput={(e) => (query.value = e.currentTarget.value)} />
      </label>
      <label>
        {store.t('editor.track')}
        <select value={track.value} onChange={(e) => (track.value = e.currentTarget.value)}>
          <option value="">{store.t('editor.any')}</option>
          {p.tracks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {store.t('editor.type')}
        <select value={type.value} onChange={(e) => (type.value = e.currentTarget.value)}>
          <option value="">{store.t('editor.any')}</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <p class="se-hint">{store.t('editor.backlogDrop')}</p>
      <ul>
        {backlog.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              class="se-backlog-card"
              data-session={s.id}
              aria-label={store.t('editor.cardBacklog', { title: s.title, minutes: s.durationMinutes ?? 60 })}
              onPointerDown={(e) => pointerDrag(store, e, s, 'move')}
              onKeyDown={(e) => keyboardMove(store, e, s)}
            >
              {s.title}
              <span class="se-minutes"> {s.durationMinutes ?? 60} min</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
