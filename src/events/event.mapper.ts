import { formatInstant, localDates } from '../time/instants';
import { EventResponseDto } from './dto/event-response.dto';
import { EventEntity } from './event.entity';

export function mapEvent(event: EventEntity): EventResponseDto {
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    timezone: event.timezone,
    startDate: event.startDate,
    endDate: event.endDate,
    ...(event.venue != null && { venue: event.venue }),
    ...(event.description != null && { description: event.description }),
    ...(event.city != null && { city: event.city }),
    ...(event.dayChange != null && { dayChange: event.dayChange }),
    ...(event.timeslotMinutes != null && { timeslotMinutes: event.timeslotMinutes }),
    status: event.status,
    version: event.version,
    // Number(): rows read past the column transformer (the restore path) carry PostgreSQL's bigint as a string.
    programVersion: Number(event.programVersion),
    days: localDates(event.startDate, event.endDate),
    createdAt: formatInstant(event.createdAt, event.timezone),
    updatedAt: formatInstant(event.updatedAt, event.timezone),
  };
}

/** Lower-case ASCII words joined by dashes: "Conférence Été 2026" -> "conference-ete-2026". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'event';
}
