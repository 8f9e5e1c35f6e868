import { Child, h, replaceChildren } from '../dom';
import { TimedSession } from '../lib/program-index';
import { renderRichText } from '../lib/rich-text';
import { FeedLinks } from '../lib/types';
import { longDayLabel, timeRange, zoneAbbreviation } from '../lib/zoned-time';
import { typeLabel, ViewContext } from './context';
import { feedActions } from './feed-actions';
import { starButton } from './session-card';

const ROLE_LABELS: Record<string, string> = { speaker: '', moderator: 'Moderator', chair: 'Chair', author: 'Author' };

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function when(ctx: ViewContext, session: TimedSession): Child[] {
  const eventZone = ctx.index.zone;
  const local = `${longDayLabel(session.day)}, ${timeRange(session.start, session.end, eventZone)} (${eventZone}, ${zoneAbbreviation(session.start, eventZone)})`;
  const viewer =
    ctx.zone !== eventZone
      ? ` · ${timeRange(session.start, session.end, ctx.zone)} your time (${zoneAbbreviation(session.start, ctx.zone)})`
      : '';
  return [local, viewer];
}

function calendarLinks(ctx: ViewContext, session: TimedSession): Child {
  const directory = ctx.feeds;
  if (!directory) return h('p', { role: 'status' }, 'Loading calendar links…');
  const sessionFeed: FeedLinks = {
    feedUrl: directory.event.feedUrl.replace(/calendar\.ics$/, `sessions/${session.id}/calendar.ics`),
    webcalUrl: directory.event.webcalUrl.replace(/calendar\.ics$/, `sessions/${session.id}/calendar.ics`),
  };
  const track = session.trackId ? directory.tracks.find((feed) => feed.id === session.trackId) : undefined;
  const room = session.roomId ? directory.rooms.find((feed) => feed.id === session.roomId) : undefined;
  // [what the row says, what its buttons are called, the links]
  const rows: [string, string, FeedLinks | undefined][] = [
    ['This session', 'this session', sessionFeed],
    ['Track: ' + (track?.name ?? ''), `track ${track?.name}`, track],
    ['Room: ' + (room?.name ?? ''), `room ${room?.name}`, room],
    ...session.speakers.map((speaker): [string, string, FeedLinks | undefined] => [
      `Speaker: ${speaker.name}`,
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

/** The session's details in a modal dialog: the browser gives focus trapping, Escape and focus return. */
export function fillSessionDialog(dialog: HTMLDialogElement, ctx: ViewContext, session: TimedSession): void {
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
      h('button', { type: 'button', class: 'close', 'data-close': '', 'aria-label': 'Close' }, '×'),
    ),
    session.subtitle && h('p', { class: 'subtitle', ...(lang && { lang }) }, session.subtitle),
    h('p', { class: 'when' }, ...when(ctx, session)),
    h(
      'dl',
      { class: 'facts' },
      fact('Room', room && `${room.name}${room.capacity ? ` (${room.capacity} seats)` : ''}`),
      fact(
        'Track',
        track && h('span', { class: 'track-label' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), track.name),
      ),
      fact('Type', typeLabel(session.type)),
      fact('Status', session.status !== 'confirmed' && typeLabel(session.status)),
      fact('Language', session.language && languageName(session.language)),
    ),
    starButton(ctx, session, true),
    session.abstract && [h('h3', null, 'Abstract'), renderRichText(session.abstract, lang)],
    session.description && session.description !== session.abstract && renderRichText(session.description, lang),
    session.speakers.length > 0 && [
      h('h3', null, 'Speakers'),
      h(
        'ul',
        { class: 'people' },
        session.speakers.map((link) => {
          const speaker = ctx.index.speakerById.get(link.speakerId);
          return h(
            'li',
            null,
            h('strong', null, link.name),
            ROLE_LABELS[link.role] && h('span', { class: 'role' }, ` (${ROLE_LABELS[link.role]})`),
            speaker?.affiliation && h('span', { class: 'affiliation' }, `, ${speaker.affiliation}`),
            speaker?.bio && h('div', { class: 'bio' }, renderRichText(speaker.bio)),
          );
        }),
      ),
    ],
    session.presentations.length > 0 && [
      h('h3', null, 'Presentations'),
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
              timeRange(Date.parse(presentation.startsAt), Date.parse(presentation.endsAt), ctx.zone),
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
    h('h3', null, 'Add to your calendar'),
    calendarLinks(ctx, session),
  );
  if (track?.color) dialog.style.setProperty('--track', track.color);
  else dialog.style.removeProperty('--track');
}
