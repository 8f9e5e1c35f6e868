import { h } from '../dom';
import { ProgramIndex } from '../lib/program-index';
import { zoneName } from '../lib/zoned-time';
import { dayRange, locale, t } from '../locale';

/** Dates, venue, the zone times are given in, and the switch to the viewer's own zone. */
export function eventMeta(index: ProgramIndex, viewerZone: string, showViewerZone: (on: boolean) => void): HTMLElement {
  const { event } = index.program;
  const first = index.days[0];
  const last = index.days[index.days.length - 1];
  const sample = index.sessions[0]?.start ?? Date.parse(`${first}T12:00:00Z`);
  const dates = dayRange(first, last);
  const eventZoneNote = t('meta.eventZone', { zone: zoneName(sample, index.zone, locale) });
  const note = h('span', { 'data-zone-note': '' }, eventZoneNote);
  const toggle =
    viewerZone && viewerZone !== index.zone
      ? h(
          'label',
          { class: 'zone-toggle' },
          h('input', {
            type: 'checkbox',
            onchange: (e: Event) => {
              const mine = (e.target as HTMLInputElement).checked;
              note.textContent = mine
                ? t('meta.viewerZone', { zone: viewerZone, eventZone: index.zone })
                : eventZoneNote;
              showViewerZone(mine);
            },
          }),
          ' ',
          t('meta.showMine', { zone: zoneName(sample, viewerZone, locale) }),
        )
      : null;
  return h(
    'div',
    { class: 'event-meta' },
    h('p', null, dates, event.venue && ` · ${event.venue}`),
    event.description && h('p', { class: 'description' }, event.description),
    h('p', { class: 'zone-note' }, note, toggle && ' ', toggle),
  );
}
