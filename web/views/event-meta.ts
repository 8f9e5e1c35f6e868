import { h } from '../dom';
import { zoneName } from '../lib/zoned-time';
import { dayRange, locale, t } from '../locale';

/** What the header says about an event: from the program, or from the page's own attributes before it loads. */
export interface MetaFacts {
  first: string;
  last: string;
  zone: string;
  venue?: string;
  description?: string;
}

/** The facts the server wrote on the page (`data-first-day` …), so the header is complete before the program loads. */
export function shellFacts(data: DOMStringMap): MetaFacts | undefined {
  const { firstDay, lastDay, timezone, venue, description } = data;
  if (!firstDay || !lastDay || !timezone) return undefined;
  return { first: firstDay, last: lastDay, zone: timezone, venue, description };
}

/**
 * Dates, venue, the zone times are given in, and the switch to the viewer's own zone. Drawn
 * first from the page's attributes (so the program below does not push it down when it arrives,
 * a layout shift), then again with the switch working once the program is there.
 */
export function eventMeta(facts: MetaFacts, viewerZone: string, showViewerZone?: (on: boolean) => void): HTMLElement {
  const { first, last, zone } = facts;
  const sample = Date.parse(`${first}T12:00:00Z`);
  const dates = dayRange(first, last);
  const eventZoneNote = t('meta.eventZone', { zone: zoneName(sample, zone, locale) });
  const note = h('span', { 'data-zone-note': '' }, eventZoneNote);
  const toggle =
    viewerZone && viewerZone !== zone
      ? h(
          'label',
          { class: 'zone-toggle' },
          h('input', {
            type: 'checkbox',
            disabled: !showViewerZone,
            onchange: (e: Event) => {
              const mine = (e.target as HTMLInputElement).checked;
              note.textContent = mine ? t('meta.viewerZone', { zone: viewerZone, eventZone: zone }) : eventZoneNote;
              showViewerZone?.(mine);
            },
          }),
          ' ',
          t('meta.showMine', { zone: zoneName(sample, viewerZone, locale) }),
        )
      : null;
  return h(
    'div',
    { class: 'event-meta' },
    h('p', null, dates, facts.venue && ` · ${facts.venue}`),
    facts.description && h('p', { class: 'description' }, facts.description),
    h('p', { class: 'zone-note' }, note, toggle && ' ', toggle),
  );
}
