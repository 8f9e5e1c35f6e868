import { TimedSession, TimedSlot } from '../lib/program-index';
import { clockTime } from '../lib/zoned-time';
import { ScreenMessages } from './messages/en';
import { RoomLine, roomsInUse, ScreenState } from './screen-model';

export type T = (key: keyof ScreenMessages, params?: Record<string, string>) => string;

export interface Look {
  t: T;
  zone: string;
  at: number;
  /** "Thu 11 Mar" in the screen's language and the event's zone */
  day: (ms: number) => string;
  trackColor: (session: TimedSession) => string | undefined;
}

function speakers(session: TimedSession): string {
  return session.speakers.map((speaker) => speaker.name).join(', ');
}

/** "13:00", or "Thu 11 Mar, 10:30" when it is not today. */
function startLabel(session: TimedSession, look: Look): string {
  const time = clockTime(session.start, look.zone);
  return look.day(session.start) === look.day(look.at)
    ? time
    : look.t('startsOn', { day: look.day(session.start), time });
}

interface BlockProps {
  session: TimedSession;
  look: Look;
  when: string;
  /** in the venue table: the title is a paragraph, not a heading of its own */
  compact?: boolean;
}

function SessionBlock({ session, look, when, compact }: BlockProps) {
  const color = look.trackColor(session);
  const Title = compact ? 'p' : 'h3';
  return (
    <article class="screen-session" style={color ? { borderInlineStartColor: color } : undefined}>
      <p class="screen-when">{when}</p>
      <Title class="screen-title" lang={session.language || undefined}>
        {session.title}
      </Title>
      {session.speakers.length > 0 && <p class="screen-speakers">{speakers(session)}</p>}
    </article>
  );
}

function NowBlocks({ line, look, compact }: { line: RoomLine; look: Look; compact?: boolean }) {
  if (!line.now.length) {
    const free = line.next[0] && look.day(line.next[0].start) === look.day(look.at);
    const text = free ? look.t('freeUntil', { time: clockTime(line.next[0].start, look.zone) }) : look.t('nothingNow');
    return <p class={compact ? 'screen-empty' : 'screen-empty screen-empty-large'}>{text}</p>;
  }
  return (
    <>
      {line.now.map((session) => (
        <SessionBlock
          key={session.id}
          session={session}
          look={look}
          compact={compact}
          when={`${clockTime(session.start, look.zone)}–${clockTime(session.end, look.zone)}`}
        />
      ))}
    </>
  );
}

function NextBlocks({ line, look, compact }: { line: RoomLine; look: Look; compact?: boolean }) {
  if (!line.next.length) return <p class="screen-empty">{look.t('nothingNext')}</p>;
  return (
    <>
      {line.next.map((session) => (
        <SessionBlock
          key={session.id}
          session={session}
          look={look}
          compact={compact}
          when={startLabel(session, look)}
        />
      ))}
    </>
  );
}

export function BreakBanner({ slot, look }: { slot: TimedSlot; look: Look }) {
  return (
    <p class="screen-break">
      {look.t('breakNow', { label: slot.label || look.t('breakDefault'), time: clockTime(slot.end, look.zone) })}
    </p>
  );
}

/** One room: now, then next, each a large block readable from across a corridor. */
export function OneRoom({ line, look }: { line: RoomLine; look: Look }) {
  return (
    <div class="screen-room">
      <section class="screen-now" aria-labelledby="now-heading">
        <h2 id="now-heading">{look.t('now')}</h2>
        <NowBlocks line={line} look={look} />
      </section>
      <section class="screen-next" aria-labelledby="next-heading">
        <h2 id="next-heading">{look.t('next')}</h2>
        <NextBlocks line={line} look={look} />
      </section>
    </div>
  );
}

/** The whole venue: a table, one row per room in use, now and next side by side. */
export function AllRooms({ state, look }: { state: ScreenState; look: Look }) {
  return (
    <table class="screen-venue">
      <caption class="visually-hidden">{look.t('roomsLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{look.t('room')}</th>
          <th scope="col">{look.t('now')}</th>
          <th scope="col">{look.t('next')}</th>
        </tr>
      </thead>
      <tbody>
        {roomsInUse(state).map((line) => (
          <tr key={line.room.id}>
            <th scope="row">{line.room.name}</th>
            <td>
              <NowBlocks line={line} look={look} compact />
            </td>
            <td>
              <NextBlocks line={line} look={look} compact />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
