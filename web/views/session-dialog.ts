import { Child, h, replaceChildren } from '../dom';
import { TimedSession } from '../lib/program-index';
import { RichTextRenderer } from '../lib/rich-text-loader';
import { FeedLinks } from '../lib/types';
import { longDayLabel, timeRange, zoneAbbreviation, zoneName } from '../lib/zoned-time';
import { durationLabel, languageName, locale, MessageKey, t } from '../locale';
import { statusLabel, typeLabel, ViewContext } from './context';
import { feedActions } from './feed-actions';
import { starButton } from './session-card';

/** Speakers need no label; the other roles are said after the name. */
const roleLabel = (role: string) => (role === 'speaker' ? '' : t(`role.${role}` as MessageKey));

function when(ctx: ViewContext, session: TimedSession): Child[] {
  const eventZone = ctx.index.zone;
  const local = t('dialog.when', {
    day: longDayLabel(session.day, locale),
    time: timeRange(session.start, session.end, eventZone, locale),
    zone: zoneName(session.start, eventZone, locale, true),
  });
  const viewer =
    ctx.zone !== eventZone
      ? t('dialog.yourTime', {
          time: timeRange(session.start, session.end, ctx.zone, locale),
          zone: zoneAbbreviation(session.start, ctx.zone, locale),
        })
      : '';
  return [local, viewer];
}

function calendarLinks(ctx: ViewContext, session: TimedSession): Child {
  const directory = ctx.feeds;
  if (!directory) return h('p', { role: 'status' }, t('dialog.loadingLinks'));
  const sessionFeed: FeedLinks = {
    feedUrl: directory.event.feedUrl.replace(/calendar\.ics$/, `sessions/${session.id}/calendar.ics`),
    webcalUrl: directory.event.webcalUrl.replace(/calendar\.ics$/, `sessions/${session.id}/calendar.ics`),
  };
  const track = session.trackId ? directory.tracks.find((feed) => feed.id === session.trackId) : undefined;
  const room = session.roomId ? directory.rooms.find((feed) => feed.id === session.roomId) : undefined;
  // [what the row says, what its buttons are called, the links]
  const rows: [string, string, FeedLinks | undefined][] = [
    [t('dialog.feedSession'), t('dialog.feedSessionName'), sessionFeed],
    [t('dialog.feedTrack', { name: track?.name ?? '' }), t('dialog.feedTrackName', { name: track?.name ?? '' }), track],
    [t('dialog.feedRoom', { name: room?.name ?? '' }), t('dialog.feedRoomName', { name: room?.name ?? '' }), room],
    ...session.speakers.map((speaker): [string, string, FeedLinks | undefined] => [
      t('dialog.feedSpeaker', { name: speaker.name }),
      speaker.name,
      directory.speakers.find((feed) => feed.id === speaker.speakerId),
    ]),
  ];
  return h(
    'ul',
    { class: 'feeds' },
    rows
      .filter(([, , links]) => links)
      .map(([label, name, links]) =>
        h('li', { class: 'feed' }, h('span', { class: 'feed-name' }, label), feedActions(name, links!)),
      ),
  );
}

/**
 * The session's details in a modal dialog: the browser gives focus trapping, Escape and focus return.
 * `renderRichText` turns the Markdown of abstracts and bios into elements (loaded on first use).
 */
export function fillSessionDialog(
  dialog: HTMLDialogElement,
  ctx: ViewContext,
  session: TimedSession,
  renderRichText: RichTextRenderer,
): void {
  const track = session.trackId ? ctx.index.trackById.get(session.trackId) : undefined;
  const room = session.roomId ? ctx.index.roomById.get(session.roomId) : undefined;
  const lang = session.language;
  const fact = (term: string, value: Child) => (value ? [h('dt', null, term), h('dd', null, value)] : []);
  replaceChildren(
    dialog,
    h(
      'div',
      { class: 'dialog-head' },
      h('h2', { id: 'dialog-title', ...(lang && { lang }) }, session.title),
      h('button', { type: 'button', class: 'close', 'data-close': '', 'aria-label': t('dialog.close') }, '×'),
    ),
    session.subtitle && h('p', { class: 'subtitle', ...(lang && { lang }) }, session.subtitle),
    h('p', { class: 'when' }, ...when(ctx, session)),
    h(
      'dl',
      { class: 'facts' },
      fact(
        t('dialog.room'),
        room && (room.capacity ? t('dialog.seats', { room: room.name, capacity: room.capacity }) : room.name),
      ),
      fact(
        t('dialog.track'),
        track && h('span', { class: 'track-label' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), track.name),
      ),
      fact(t('dialog.type'), typeLabel(session.type)),
      fact(t('dialog.duration'), durationLabel(Math.round((session.end - session.start) / 60_000))),
      fact(t('dialog.status'), session.status !== 'confirmed' && statusLabel(session.status)),
      fact(t('dialog.language'), session.language && languageName(session.language)),
    ),
    starButton(ctx, session, true),
    session.abstract && [h('h3', null, t('dialog.abstract')), renderRichText(session.abstract, lang)],
    session.description && session.description !== session.abstract && renderRichText(session.description, lang),
    session.speakers.length > 0 && [
      h('h3', null, t('dialog.speakers')),
      h(
        'ul',
        { class: 'people' },
        session.speakers.map((link) => {
          const speaker = ctx.index.speakerById.get(link.speakerId);
          return h(
            'li',
            null,
            h('strong', null, link.name),
            roleLabel(link.role) && h('span', { class: 'role' }, t('dialog.role', { role: roleLabel(link.role) })),
            speaker?.affiliation && h('span', { class: 'affiliation' }, `, ${speaker.affiliation}`),
            speaker?.bio && h('div', { class: 'bio' }, renderRichText(speaker.bio)),
          );
        }),
      ),
    ],
    session.presentations.length > 0 && [
      h('h3', null, t('dialog.presentations')),
      h(
        'ol',
        { class: 'presentations' },
        session.presentations.map((presentation) =>
          h(
            'li',
            null,
            h(
              'span',
              { class: 'presentation-time' },
              timeRange(Date.parse(presentation.startsAt), Date.parse(presentation.endsAt), ctx.zone, locale),
            ),
            ' ',
            h('strong', lang ? { lang } : null, presentation.title),
            presentation.authors.length > 0 &&
              h('span', { class: 'authors' }, ` — ${presentation.authors.map((author) => author.name).join(', ')}`),
            presentation.abstract && renderRichText(presentation.abstract, lang),
          ),
        ),
      ),
    ],
    h('h3', null, t('dialog.calendar')),
    calendarLinks(ctx, session),
  );
  if (track?.color) dialog.style.setProperty('--track', track.color);
  else dialog.style.removeProperty('--track');
}
