import { listEvents } from '../api';
import { h, replaceChildren } from '../dom';
import { longDayLabel } from '../lib/zoned-time';

/** `/`: every published event, nearest first. */
export async function startEventsIndex(main: HTMLElement): Promise<void> {
  try {
    const events = await listEvents();
    replaceChildren(
      main,
      events.length
        ? h(
            'ul',
            { class: 'event-list' },
            events.map((event) =>
              h(
                'li',
                null,
                h('h2', null, h('a', { href: `/e/${encodeURIComponent(event.slug)}` }, event.name)),
                h(
                  'p',
                  null,
                  event.startDate === event.endDate
                    ? longDayLabel(event.startDate)
                    : `${longDayLabel(event.startDate)} – ${longDayLabel(event.endDate)}`,
                  event.venue && ` · ${event.venue}`,
                ),
                event.description && h('p', { class: 'description' }, event.description),
              ),
            ),
          )
        : h('p', null, 'No published events yet.'),
    );
    document.body.dataset.ready = 'true';
  } catch (error) {
    replaceChildren(
      main,
      h('p', { class: 'status error', role: 'alert' }, `The events could not be loaded: ${(error as Error).message}`),
    );
  }
}
