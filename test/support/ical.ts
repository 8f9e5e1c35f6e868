import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  status: string | null;
  sequence: number;
  location: string | null;
  description: string | null;
  categories: string[];
  url: string | null;
  lastModified: string;
}

export interface ParsedCalendar {
  props: Record<string, string>;
  events: ParsedEvent[];
}

/** Reads a feed with ical.js (an independent parser), resolving TZID times through the feed's own VTIMEZONEs. */
export function parseCalendar(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    if (!ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone);
  }
  const props: Record<string, string> = {};
  for (const prop of calendar.getAllProperties()) props[prop.name.toUpperCase()] = String(prop.getFirstValue());
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const get = (name: string) => vevent.getFirstPropertyValue(name);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: (get('status') as string | null) ?? null,
      sequence: Number(get('sequence') ?? 0),
      location: event.location ?? null,
      description: event.description ?? null,
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
      url: (get('url') as string | null) ?? null,
      lastModified: (get('last-modified') as ICAL.Time).toJSDate().toISOString(),
    };
  });
  return { props, events };
}

export const iso = (value: string) => new Date(value).toISOString();
