import { h } from '../dom';
import { FeedDescription } from '../lib/types';
import { ViewContext } from './context';
import { feedActions } from './feed-actions';

function feedRow(feed: FeedDescription): HTMLElement {
  return h('li', { class: 'feed' }, h('span', { class: 'feed-name' }, feed.name), feedActions(feed.name, feed));
}

function feedGroup(title: string, feeds: FeedDescription[]): HTMLElement | null {
  if (!feeds.length) return null;
  const list = h('ul', { class: 'feeds' });
  const details = h('details', { class: 'feed-group' }, h('summary', null, `${title} (${feeds.length})`), list);
  // a thousand speakers cost nothing until someone opens the group
  details.addEventListener('toggle', () => {
    if (details.open && !list.childElementCount) list.append(...feeds.map(feedRow));
  });
  return details;
}

/** The personal feed, or how to get one. */
export function personalFeed(ctx: ViewContext): HTMLElement {
  const feed = ctx.stars.feed;
  return h(
    'section',
    { class: 'personal-feed', 'aria-labelledby': 'personal-feed-title' },
    h('h3', { id: 'personal-feed-title' }, 'Your starred sessions in your calendar'),
    feed
      ? [
          h(
            'p',
            null,
            'Subscribe once; sessions you star later, and any change to their times or rooms, reach your calendar on its own.',
          ),
          feedActions('my agenda', feed, { showUrl: true }),
        ]
      : h(
          'p',
          null,
          'Star sessions (☆) and your personal calendar feed appears here. No account needed: this browser keeps the key.',
        ),
  );
}

export function feedsView(ctx: ViewContext): HTMLElement {
  const directory = ctx.feeds;
  return h(
    'div',
    { class: 'feeds-view' },
    h('h2', null, 'Calendar feeds'),
    h(
      'p',
      null,
      'A feed keeps your calendar app in step with the program: moved or cancelled sessions update by themselves. ',
      '“Subscribe” opens Apple Calendar, Outlook or Thunderbird; for other apps copy the link.',
    ),
    personalFeed(ctx),
    directory
      ? [
          h(
            'section',
            { class: 'event-feed', 'aria-labelledby': 'event-feed-title' },
            h('h3', { id: 'event-feed-title' }, 'The whole program'),
            feedActions(directory.event.name, directory.event, { showUrl: true }),
          ),
          feedGroup('Tracks', directory.tracks),
          feedGroup('Rooms', directory.rooms),
          feedGroup('Speakers', directory.speakers),
        ]
      : h('p', { role: 'status' }, 'Loading the feeds…'),
  );
}

/** Copy buttons anywhere on the page: the clipboard when allowed, else select the text for the user. */
export async function copyFromButton(button: HTMLElement, announce: (text: string) => void): Promise<void> {
  const text = button.dataset.copy!;
  try {
    await navigator.clipboard.writeText(text);
    announce('Link copied');
  } catch {
    window.prompt('Copy this link', text);
  }
}
