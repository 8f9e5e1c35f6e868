import { useEffect, useMemo, useState } from 'preact/hooks';
import { filterSessions } from '../lib/filters';
import { Translate } from '../lib/i18n';
import { indexProgram, ProgramIndex } from '../lib/program-index';
import { PublicApi } from '../lib/public-program';
import { localDate } from '../lib/zoned-time';
import { EmbedOptions, findByIdOrName, textOn } from './embed-options';
import { followProgram } from './follow-program';
import { EmbedGrid, EmbedList } from './embed-views';
import { EmbedMessages } from './messages';

export interface EmbedAppProps {
  options: EmbedOptions;
  /** the agenda app's origin (where embed.js came from) */
  base: string;
  t: Translate<EmbedMessages>;
  locale: string;
}

/** The first day to show: the chosen one, today during the event, else the first day with sessions. */
function firstDay(index: ProgramIndex, chosen?: string): string {
  if (chosen && index.days.includes(chosen)) return chosen;
  const today = localDate(Date.now(), index.zone);
  if (index.byDay.has(today)) return today;
  return index.days.find((day) => index.byDay.has(day)) ?? index.days[0];
}

export function EmbedApp({ options, base, t, locale }: EmbedAppProps) {
  const [index, setIndex] = useState<ProgramIndex>();
  const [failure, setFailure] = useState<string>();
  const [day, setDay] = useState<string>();

  useEffect(() => {
    if (!options.event) return;
    return followProgram(new PublicApi(base), options.event, (program) => setIndex(indexProgram(program)), setFailure);
  }, [base, options.event]);

  const shownDay = index && (day && index.days.includes(day) ? day : firstDay(index, options.day));
  const sessions = useMemo(() => {
    if (!index || !shownDay) return [];
    const track = options.track && findByIdOrName(index.program.tracks, options.track);
    const room = options.room && findByIdOrName(index.rooms, options.room);
    return filterSessions(
      index.byDay.get(shownDay) ?? [],
      { track: track ? track.id : options.track, room: room ? room.id : options.room },
      index.searchText,
    );
  }, [index, shownDay, options.track, options.room]);

  const style = { '--ap-accent': options.accent, '--ap-on-accent': textOn(options.accent) };
  if (!options.event) return <p class="ap-root ap-status">{t('noEvent')}</p>;
  if (failure)
    return (
      <p class="ap-root ap-status" role="alert">
        {t('failed', { reason: failure })}
      </p>
    );
  if (!index || !shownDay)
    return (
      <p class="ap-root ap-status" role="status">
        {t('loading')}
      </p>
    );

  const dayFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const dayName = (date: string) => dayFormat.format(Date.parse(`${date}T12:00:00Z`));
  const days = options.day ? [shownDay] : index.days;
  const event = index.program.event;
  return (
    <section class="ap-root" style={style} aria-label={event.name}>
      <header class="ap-header">
        <p class="ap-event">{event.name}</p>
        {days.length > 1 && (
          <nav aria-label={t('days')} class="ap-days">
            {days.map((date) => (
              <button type="button" key={date} aria-pressed={date === shownDay} onClick={() => setDay(date)}>
                {dayName(date)}
              </button>
            ))}
          </nav>
        )}
      </header>
      {sessions.length === 0 ? (
        <p class="ap-status">{t('empty')}</p>
      ) : options.view === 'grid' ? (
        <EmbedGrid index={index} sessions={sessions} label={t('gridLabel', { day: dayName(shownDay) })} t={t} />
      ) : (
        <EmbedList index={index} sessions={sessions} />
      )}
      <footer class="ap-footer">
        <span>{t('timesIn', { zone: index.zone })}</span>
        <a href={`${base}/e/${encodeURIComponent(event.slug)}`} target="_blank" rel="noopener">
          {t('fullAgenda')}
        </a>
      </footer>
    </section>
  );
}
