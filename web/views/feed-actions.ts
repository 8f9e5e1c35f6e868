import { h } from '../dom';
import { googleCalendarUrl } from '../lib/calendar-links';
import { FeedLinks } from '../lib/types';
import { t } from '../locale';

/** Subscribe (webcal), Google Calendar's "add by URL", and the https link to copy. */
export function feedActions(name: string, links: FeedLinks, options: { showUrl?: boolean } = {}): HTMLElement {
  const urlId = `feed-url-${Math.random().toString(36).slice(2)}`;
  return h(
    'div',
    { class: 'feed-actions' },
    h(
      'a',
      { class: 'button', href: links.webcalUrl, 'aria-label': t('feed.subscribeTo', { name }) },
      t('feed.subscribe'),
    ),
    h(
      'a',
      {
        class: 'button secondary',
        href: googleCalendarUrl(links),
        target: '_blank',
        rel: 'noopener',
        'aria-label': t('feed.googleTo', { name }),
      },
      t('feed.google'),
    ),
    options.showUrl && h('label', { class: 'feed-url', for: urlId }, t('feed.address')),
    options.showUrl &&
      h('input', { id: urlId, class: 'feed-url-input', readonly: true, value: links.feedUrl, 'data-feed-url': '' }),
    h(
      'button',
      {
        type: 'button',
        class: 'button secondary',
        'data-copy': links.feedUrl,
        'aria-label': t('feed.copyOf', { name }),
      },
      t('feed.copy'),
    ),
  );
}
