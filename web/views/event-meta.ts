import { h } from '../dom';
import { ProgramIndex } from '../lib/program-index';
import { longDayLabel, zoneAbbreviation } from '../lib/zoned-time';

/** Dates, venue, the zone times are given in, and the switch to the viewer's own zone. */
export function eventMeta(index: ProgramIndex, viewerZone: string, showViewerZone: (on: boolean) => void): HTMLElement {
  const { event } = index.program;
  const first = index.days[0];
  const last = index.days[index.days.length - 1];
  const sample = index.sessions[0]?.start ?? Date.parse(`${first}T12:00:00Z`);
  const dates = first === last ? longDayLabel(first) : `${longDayLabel(first)} – ${longDayLabel(last)}`;
  const eventZoneNote = `Times are in the event's time zone, ${index.zone} (${zoneAbbreviation(sample, index.zone)}).`;
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
                ? `Times are in your time zone, ${viewerZone}; days are the event's (${index.zone}).`
                : eventZoneNote;
              showViewerZone(mine);
            },
          }),
          ` Show times in my time zone (${viewerZone}, ${zoneAbbreviation(sample, viewerZone)})`,
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
