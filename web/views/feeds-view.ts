import { h } from '../dom';
import { FeedDescription } from '../lib/types';
import { t } from '../locale';
import { ViewContext } from './context';
import { feedActions } from './feed-actions';

function feedRow(feed: FeedDescription): HTMLElement {
  return h('li', { class: 'feed' }, h('span', { class: 'feed-name' }, feed.name), feedActions(feed.name, feed));
}

function feedGroup(title: string, feeds: FeedDescription[]): HTMLElement | null {
  if (!feeds.length) return null;
  const list = h('ul', { class: 'feeds' });
  const details = h(
    'details',
    { class: 'feed-group' },
    h('summary', null, t('feeds.group', { title, count: feeds.length })),
    list,
  );
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
    h('h3', { id: 'personal-feed-title' }, t('feeds.personalTitle')),
    feed
      ? [h('p', null, t('feeds.personalReady')), feedActions(t('feeds.myAgenda'), feed, { showUrl: true })]
      : h('p', null, t('feeds.personalNone')),
  );
}

export function feedsView(ctx: ViewContext): HTMLElement {
  const directory = ctx.feeds;
  return h(
    'div',
    { class: 'feeds-view' },
    h('h2', null, t('view.feeds')),
    h('p', null, t('feeds.intro')),
    personalFeed(ctx),
    directory
      ? [
          h(
            'section',
            { class: 'event-feed', 'aria-labelledby': 'event-feed-title' },
            h('h3', { id: 'event-feed-title' }, t('feeds.whole')),
            feedActions(directory.event.name, directory.event, { showUrl: true }),
          ),
          feedGroup(t('feeds.tracks'), directory.tracks),
          feedGroup(t('feeds.rooms'), directory.rooms),
          feedGroup(t('feeds.speakers'), directory.speakers),
        ]
      : h('p', { role: 'status' }, t('feeds.loading')),
  );
}

/** Copy buttons anywhere on the page: the clipboard when allowed, else select the text for the user. */
export async function copyFromButton(button: HTMLElement, announce: (text: string) => void): Promise<void> {
  const text = button.dataset.copy!;
  try {
    await navigator.clipboard.writeText(text);
    announce(t('feeds.copied'));
  } catch {
    window.prompt(t('feeds.copyPrompt'), text);
  }
}
