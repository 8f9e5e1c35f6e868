import { useState } from 'preact/hooks';
import { translator } from '../../lib/i18n';
import { lang } from '../i18n';
import type { EventItem } from '../types';
import { useProgram } from '../use-program';
import { en, ja } from './messages';
import { embedSnippet, SnippetChoice } from './snippet';

/** Event settings: build the `<agenda-program>` snippet (view, track, room, colour) and copy it; links to the room screens. */
export function EmbedSnippet({ event }: { event: EventItem }) {
  const t = translator({ en, ja }, lang.value);
  const { program } = useProgram(event.id, ['tracks', 'rooms']);
  const [choice, setChoice] = useState<SnippetChoice>({ view: 'list', accent: '#1f5fa8' });
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  const snippet = embedSnippet(location.origin, event.slug, choice);
  const change = (patch: Partial<SnippetChoice>) => {
    setChoice({ ...choice, ...patch });
    setCopied(null);
  };
  const copy = () =>
    navigator.clipboard.writeText(snippet).then(
      () => setCopied('copied'),
      () => setCopied('copyFailed'),
    );
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const screens = `/e/${encodeURIComponent(event.slug)}/screens`;
  return (
    <section aria-labelledby="embed-title">
      <h2 id="embed-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      {event.status !== 'published' && <p>{t('draft')}</p>}
      <label>
        {t('view')}
        <select value={choice.view} onChange={(e) => change({ view: value(e) === 'grid' ? 'grid' : 'list' })}>
          <option value="list">{t('list')}</option>
          <option value="grid">{t('grid')}</option>
        </select>
      </label>
      <label>
        {t('track')}
        <select value={choice.trackId ?? ''} onChange={(e) => change({ trackId: value(e) || undefined })}>
          <option value="">{t('allTracks')}</option>
          {program.tracks.map((track) => (
            <option key={track.id} value={track.id}>
              {track.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('room')}
        <select value={choice.roomId ?? ''} onChange={(e) => change({ roomId: value(e) || undefined })}>
          <option value="">{t('allRooms')}</option>
          {program.rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('accent')}
        <input type="color" value={choice.accent} onInput={(e) => change({ accent: value(e) })} />
      </label>
      <label>
        {t('snippet')}
        <textarea readOnly rows={3} value={snippet} onFocus={(e) => (e.target as HTMLTextAreaElement).select()} />
      </label>
      <button type="button" onClick={() => void copy()}>
        {t('copy')}
      </button>
      {copied && <p role="status">{t(copied)}</p>}
      <h2>{t('screens')}</h2>
      <p>{t('screensIntro')}</p>
      <ul>
        <li>
          <a href={screens}>{t('venueScreen')}</a>
        </li>
        {program.rooms.map((room) => (
          <li key={room.id}>
            <a href={`${screens}/${room.id}`}>{room.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
