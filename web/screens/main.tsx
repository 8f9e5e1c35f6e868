import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pickLanguage, translator } from '../lib/i18n';
import { indexProgram } from '../lib/program-index';
import { clockTime } from '../lib/zoned-time';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { FollowState, ProgramFollower } from './program-follower';
import { refreshInterval, screenClock } from './screen-clock';
import { screenState } from './screen-model';
import { AllRooms, BreakBanner, Look, OneRoom, T } from './screen-view';
import { ScreenControls } from './screen-controls';

const TICK_MS = 5_000; // the clock shows minutes; a few seconds late is fine

interface ScreenProps {
  eventId: string;
  roomId?: string;
  now: () => number;
  refreshMs: number;
  t: T;
  /** for dates: the browser's own locale when it speaks the screen's language ("en-GB"), else the language */
  locale: string;
}

function Screen({ eventId, roomId, now, refreshMs, t, locale }: ScreenProps) {
  const [follow, setFollow] = useState<FollowState>();
  const [failure, setFailure] = useState<string>();
  const [at, setAt] = useState(now());

  useEffect(() => {
    const follower = new ProgramFollower(eventId, refreshMs, setFollow);
    const start = () =>
      follower.start().catch((error: Error) => {
        setFailure(error.message);
        retry = setTimeout(start, refreshMs);
      });
    let retry: ReturnType<typeof setTimeout> | undefined;
    void start();
    const tick = setInterval(() => setAt(now()), TICK_MS);
    return () => {
      follower.stop();
      clearTimeout(retry);
      clearInterval(tick);
    };
  }, [eventId]);

  const index = useMemo(() => follow && indexProgram(follow.program), [follow?.program]);
  if (!follow || !index) {
    return (
      <p class="screen-status" role="status">
        {failure ? t('loadFailed', { reason: failure }) : t('loading')}
      </p>
    );
  }
  const zone = index.zone;
  const dayFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: zone,
  });
  const look: Look = {
    t,
    zone,
    at,
    day: (ms) => dayFormat.format(ms),
    trackColor: (session) => (session.trackId ? index.trackById.get(session.trackId)?.color : undefined),
  };
  const state = screenState(index, at, roomId);
  return (
    <>
      <p class="screen-clock" aria-label={t('clockLabel')}>
        <time dateTime={new Date(at).toISOString()}>{clockTime(at, zone)}</time>
        <span class="screen-day">{look.day(at)}</span>
      </p>
      {state.breakNow && <BreakBanner slot={state.breakNow} look={look} />}
      {roomId ? (
        state.lines[0] && <OneRoom line={state.lines[0]} look={look} />
      ) : (
        <AllRooms state={state} look={look} />
      )}
      <footer class="screen-footer">
        <p role="status" class={follow.online ? 'screen-online' : 'screen-offline'}>
          {t(follow.online ? 'updated' : 'offline', { time: clockTime(follow.checkedAt, zone) })}
        </p>
        <ScreenControls t={t} />
      </footer>
    </>
  );
}

function boot(): void {
  const main = document.getElementById('main');
  const { eventId, roomId } = document.body.dataset;
  if (!main || !eventId) return;
  document.getElementById('assets-failed')?.remove();
  const params = new URLSearchParams(location.search);
  const lang = pickLanguage(params.get('lang'), navigator.languages);
  document.documentElement.lang = lang;
  const t = translator({ en, ja }, lang) as T;
  // the shell names the venue screen in English; a room's name is the organizer's own
  if (!roomId) document.getElementById('screen-title')!.textContent = t('allRooms');
  const status = main.querySelector('.screen-status');
  const host = document.createElement('div');
  host.className = 'screen-body';
  status?.replaceWith(host);
  render(
    <Screen
      eventId={eventId}
      roomId={roomId}
      now={screenClock(location.search)}
      refreshMs={refreshInterval(location.search)}
      t={t}
      locale={navigator.languages.find((tag) => tag.toLowerCase().split('-')[0] === lang) ?? lang}
    />,
    host,
  );
}

boot();
