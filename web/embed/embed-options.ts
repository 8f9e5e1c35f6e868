/** What an organizer can set on `<agenda-program>`; every attribute but `event` is optional. */
export interface EmbedOptions {
  /** the event's slug (or id) */
  event: string;
  view: 'grid' | 'list';
  /** a track's id or name */
  track?: string;
  /** a room's id or name */
  room?: string;
  /** a local date, YYYY-MM-DD: only that day */
  day?: string;
  /** the organizer's colour for headings, links and the selected day */
  accent: string;
}

export const DEFAULT_ACCENT = '#1f5fa8';
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Attributes as the host page wrote them, read leniently: an unknown view is a list, a colour
 * that is not `#rgb`/`#rrggbb` is the default (nothing from the host page reaches the CSS
 * except a checked colour).
 */
export function readOptions(attribute: (name: string) => string | null): EmbedOptions {
  const text = (name: string) => attribute(name)?.trim() || undefined;
  const accent = text('accent');
  const day = text('day');
  return {
    event: text('event') ?? '',
    view: text('view') === 'grid' ? 'grid' : 'list',
    ...(text('track') && { track: text('track') }),
    ...(text('room') && { room: text('room') }),
    ...(day && DATE.test(day) && { day }),
    accent: accent && HEX_COLOUR.test(accent) ? accent : DEFAULT_ACCENT,
  };
}

/** Finds a room or track by id or by name (case-insensitive); undefined when nothing matches. */
export function findByIdOrName<T extends { id: string; name: string }>(items: T[], wanted: string): T | undefined {
  const lower = wanted.toLowerCase();
  return items.find((item) => item.id === wanted) ?? items.find((item) => item.name.toLowerCase() === lower);
}

/** Text on the accent colour: black or white, whichever contrasts more (WCAG relative luminance). */
export function textOn(accent: string): '#000000' | '#ffffff' {
  const hex = accent.length === 4 ? accent.replace(/[0-9a-f]/gi, (digit) => digit + digit) : accent;
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
