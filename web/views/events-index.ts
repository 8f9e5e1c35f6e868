import { listEvents } from '../api';
import { h, replaceChildren } from '../dom';
import { EventInfo } from '../lib/types';
import { dayRange, t } from '../locale';

const SHORT_DESCRIPTION = 180;

/** The description's first sentence or so: enough to tell events apart at a glance. */
function shortDescription(text: string): string {
  const plain = text
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= SHORT_DESCRIPTION) return plain;
  const cut = plain.slice(0, SHORT_DESCRIPTION);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SHORT_DESCRIPTION - 30)).replace(/[\s,;:.]+$/, '')}…`;
}

function eventItem(event: EventInfo): HTMLElement {
  const dates = dayRange(event.startDate, event.endDate);
  return h(
    'li',
    { class: 'event-card' },
    h('h2', null, h('a', { href: `/e/${encodeURIComponent(event.slug)}` }, event.name)),
    h(
      'p',
      { class: 'event-facts' },
      h('time', { datetime: event.startDate }, dates),
      event.venue && [h('span', { 'aria-hidden': 'true' }, ' · '), h('span', { class: 'venue' }, event.venue)],
    ),
    event.description && h('p', { class: 'description' }, shortDescription(event.description)),
  );
}

/** `/`: every published event, nearest first. */
export async function startEventsIndex(main: HTMLElement): Promise<void> {
  try {
    const events = await listEvents();
    replaceChildren(
      main,
      events.length ? h('ul', { class: 'event-list' }, events.map(eventItem)) : h('p', null, t('index.none')),
    );
    document.body.dataset.ready = 'true';
  } catch (error) {
    replaceChildren(
      main,
      h('p', { class: 'status error', role: 'alert' }, t('index.failed', { error: (error as Error).message })),
    );
  }
}
