import { clock, dateLabel } from '../format';
import { t, type MessageKey } from '../i18n';
import { useProgram } from '../use-program';
import { daysOf, wallOf } from '../zoned';
import type { SectionProps } from './event-screen';

/** The working copy as attendees would read it once published: clearly a preview, read-only, never public. */
export function Preview({ event }: SectionProps) {
  const tr = t.value;
  const { program } = useProgram(event.id, ['tracks', 'rooms', 'sessions']);
  const rooms = new Map(program.rooms.map((room) => [room.id, room.name]));
  const tracks = new Map(program.tracks.map((track) => [track.id, track]));
  const live = program.sessions.filter((session) => session.startsAt && session.status !== 'cancelled');
  return (
    <div>
      <p class="preview-banner" role="note">
        {tr('preview.banner')}
      </p>
      <p class="hint">{tr('event.zoneNamed', { zone: event.timezone })}</p>
      {daysOf(event.startDate, event.endDate).map((date) => {
        const sessions = live
          .filter((session) => wallOf(session.startsAt!).date === date)
          .sort((a, b) => a.startsAt!.localeCompare(b.startsAt!));
        return (
          <section key={date} aria-labelledby={`preview-${date}`}>
            <h3 id={`preview-${date}`}>{dateLabel(date)}</h3>
            {sessions.length === 0 ? (
              <p>{tr('preview.emptyDay')}</p>
            ) : (
              <ul class="preview-list">
                {sessions.map((session) => (
                  <li key={session.id}>
                    <span class="preview-time">
                      {clock(session.startsAt!, event.timezone)}–{clock(session.endsAt!, event.timezone)}
                    </span>{' '}
                    <strong>{session.title}</strong>
                    <span class="hint">
                      {' · '}
                      {tr(`type.${session.type}` as MessageKey)}
                      {session.roomId ? ` · ${rooms.get(session.roomId)}` : ''}
                      {session.trackId ? ` · ${tracks.get(session.trackId)?.name ?? ''}` : ''}
                    </span>
                    {session.speakers.length > 0 && <div>{session.speakers.map((link) => link.name).join(', ')}</div>}
                    {session.presentations.length > 0 && (
                      <ol>
                        {session.presentations.map((presentation) => (
                          <li key={presentation.id}>
                            {clock(presentation.startsAt, event.timezone)} {presentation.title}
                            {presentation.authors.length
                              ? ` — ${presentation.authors.map((author) => author.name).join(', ')}`
                              : ''}
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
