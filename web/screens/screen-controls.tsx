import { useEffect, useState } from 'preact/hooks';
import { T } from './screen-view';

/**
 * A full-screen button (hidden in full screen) and a wake lock so the display does not sleep;
 * kiosk browsers started with --kiosk need neither, a laptop on a stand needs both.
 */
export function ScreenControls({ t }: { t: T }) {
  const [full, setFull] = useState(!!document.fullscreenElement);
  useEffect(() => {
    const changed = () => setFull(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', changed);
    let lock: { release: () => Promise<void> } | undefined;
    const wakeLock = (navigator as Navigator & { wakeLock?: { request: (kind: 'screen') => Promise<typeof lock> } })
      .wakeLock;
    wakeLock
      ?.request('screen')
      .then((granted) => (lock = granted))
      .catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', changed);
      void lock?.release();
    };
  }, []);
  if (full || !document.fullscreenEnabled) return null;
  return (
    <button type="button" class="screen-button" onClick={() => void document.documentElement.requestFullscreen()}>
      {t('fullScreen')}
    </button>
  );
}
