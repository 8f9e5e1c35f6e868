import { h, srOnly } from '../dom';
import { TimedSession } from '../lib/program-index';
import { timeRange } from '../lib/zoned-time';
import { locale, startsIn, t } from '../locale';
import { speakerNames, statusLabel, typeLabel, ViewContext } from './context';

export interface CardOptions {
  heading: 'h3' | 'h4';
  /** titles of starred sessions this one clashes with (My agenda) */
  clashesWith?: string[];
  /** the grid shows the room as a column; cards say it for screen readers only */
  roomVisible?: boolean;
}

/**
 * One session: time, title (opens the details), people, track, type, star button, live badge.
 * Lean on purpose: a FOSDEM day puts 480 of these in the grid at once.
 */
export function sessionCard(ctx: ViewContext, session: TimedSession, options: CardOptions): HTMLElement {
  const track = session.trackId ? ctx.index.trackById.get(session.trackId) : undefined;
  const room = session.roomId ? ctx.index.roomById.get(session.roomId)?.name : undefined;
  const cancelled = session.status === 'cancelled';
  const time = timeRange(session.start, session.end, ctx.zone, locale);
  const meta = [speakerNames(session), track?.name, typeLabel(session.type)].filter(Boolean).join(' · ');
  const card = h(
    'article',
    {
      class: ['session', `type-${session.type}`, cancelled && 'cancelled', options.clashesWith?.length && 'clash']
        .filter(Boolean)
        .join(' '),
      'data-session-id': session.id,
    },
    h(
      'div',
      { class: 'session-head' },
      h(
        'p',
        { class: 'session-time' },
        room ? (options.roomVisible === false ? [time, srOnly(`, ${room}`)] : `${time} · ${room}`) : time,
      ),
      starButton(ctx, session),
    ),
    h(
      options.heading,
      { class: 'session-title' },
      h(
        'a',
        { href: `#s=${session.id}`, 'data-open': session.id, ...(session.language && { lang: session.language }) },
        session.title,
      ),
    ),
    h(
      'p',
      { class: 'session-meta' },
      meta,
      cancelled && h('span', { class: 'badge badge-cancelled' }, statusLabel('cancelled')),
      h('span', { class: 'badge badge-live', 'data-live': '' }, liveText(ctx, session.id)),
    ),
    options.clashesWith?.length
      ? h(
          'p',
          { class: 'clash-note' },
          h('span', { 'aria-hidden': 'true' }, '⚠ '),
          t('card.clashesWith', { titles: options.clashesWith.map((title) => t('card.quoted', { title })).join(', ') }),
        )
      : null,
  );
  if (track?.color) card.style.setProperty('--track', track.color);
  return card;
}

export function starButton(ctx: ViewContext, session: TimedSession, withText = false): HTMLButtonElement {
  // a toggle keeps its name; aria-pressed says whether it is on
  const button = h('button', {
    type: 'button',
    class: withText ? 'star star-wide' : 'star',
    'data-star': session.id,
    'aria-label': withText ? null : t('card.star', { title: session.title }),
  });
  paintStar(button, ctx.stars.has(session.id), withText);
  return button;
}

export function paintStar(
  button: HTMLElement,
  starred: boolean,
  withText = button.classList.contains('star-wide'),
): void {
  button.setAttribute('aria-pressed', String(starred));
  button.textContent = `${starred ? '★' : '☆'}${withText ? ` ${t('card.starWide')}` : ''}`;
}

export function liveText(ctx: ViewContext, id: string): string {
  if (ctx.live.now.has(id)) return t('card.now');
  const session = ctx.live.next.has(id) ? ctx.index.sessionById.get(id) : undefined;
  return session ? t('card.nextIn', { when: startsIn(session.start - Date.now()) }) : '';
}

/** Refreshes live badges in place (every minute), keeping focus and scroll where they are. */
export function paintLive(root: ParentNode, ctx: ViewContext): void {
  for (const card of root.querySelectorAll<HTMLElement>('[data-session-id]')) {
    const id = card.dataset.sessionId!;
    card.classList.toggle('now', ctx.live.now.has(id));
    card.classList.toggle('next', ctx.live.next.has(id));
    const badge = card.querySelector('[data-live]');
    if (badge) badge.textContent = liveText(ctx, id);
  }
}
