import { Translate } from '../lib/i18n';
import { layoutGrid } from '../lib/grid-layout';
import { ProgramIndex, TimedSession } from '../lib/program-index';
import { clockTime, timeRange } from '../lib/zoned-time';
import { EmbedMessages } from './messages';

interface ViewProps {
  index: ProgramIndex;
  sessions: TimedSession[];
}

function Meta({ index, session }: { index: ProgramIndex; session: TimedSession }) {
  const room = session.roomId && index.roomById.get(session.roomId)?.name;
  const track = session.trackId && index.trackById.get(session.trackId)?.name;
  const people = session.speakers.map((speaker) => speaker.name).join(', ');
  return <p class="ap-meta">{[room, track, people].filter(Boolean).join(' · ')}</p>;
}

function trackColor(index: ProgramIndex, session: TimedSession): string | undefined {
  return (session.trackId && index.trackById.get(session.trackId)?.color) || undefined;
}

/** One line per session: time, title, room · track · speakers. */
export function EmbedList({ index, sessions }: ViewProps) {
  return (
    <ol class="ap-list">
      {sessions.map((session) => (
        <li key={session.id} class="ap-item" style={{ borderInlineStartColor: trackColor(index, session) }}>
          <span class="ap-time">{timeRange(session.start, session.end, index.zone)}</span>
          <div>
            <p class="ap-title" lang={session.language || undefined}>
              {session.title}
            </p>
            <Meta index={index} session={session} />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A day grid: a column per room in use, a row per 5 minutes (the agenda page's own layout rules). */
export function EmbedGrid({ index, sessions, label, t }: ViewProps & { label: string; t: Translate<EmbedMessages> }) {
  const day = sessions[0].day;
  const layout = layoutGrid({ sessions, rooms: index.rooms, slots: index.slotsByDay.get(day) ?? [], zone: index.zone });
  const columns = `4.5em repeat(${layout.columns.length}, minmax(9em, 1fr))`;
  return (
    <div class="ap-scroll" role="region" aria-label={label} tabindex={0}>
      <div
        class="ap-grid"
        style={{ gridTemplateColumns: columns, gridTemplateRows: `auto repeat(${layout.rows}, 0.45em)` }}
      >
        <span class="ap-corner" style={{ gridRow: 1, gridColumn: 1 }}>
          {t('time')}
        </span>
        {layout.columns.map((column, position) => (
          <span key={column.id} class="ap-room" style={{ gridRow: 1, gridColumn: position + 2 }}>
            {column.name}
          </span>
        ))}
        {layout.ticks.map((tick) => (
          <span key={tick.at} class="ap-tick" style={{ gridRow: `${tick.row + 2} / span 6`, gridColumn: 1 }}>
            {clockTime(tick.at, index.zone)}
          </span>
        ))}
        {layout.bands.map((band) => (
          <span
            key={band.slot.id}
            class="ap-band"
            style={{
              gridRow: `${band.row + 2} / span ${band.rowSpan}`,
              gridColumn: `2 / span ${layout.columns.length}`,
            }}
          >
            {band.slot.label}
          </span>
        ))}
        {layout.items.map((item) => (
          <article
            key={item.session.id}
            class="ap-card"
            style={{
              gridRow: `${item.row + 2} / span ${item.rowSpan}`,
              gridColumn: `${item.column + 2} / span ${item.columnSpan}`,
              borderInlineStartColor: trackColor(index, item.session),
            }}
          >
            <span class="ap-time">{timeRange(item.session.start, item.session.end, index.zone)}</span>
            <p class="ap-title" lang={item.session.language || undefined}>
              {item.session.title}
            </p>
            <Meta index={index} session={item.session} />
          </article>
        ))}
      </div>
    </div>
  );
}
