import { isURL } from 'class-validator';
import { normalizedUrl } from './export-program';
import { ImportedEvent, ImportedSchedule } from './schedule-model';

const LIMITS = { title: 300, subtitle: 300, room: 200, track: 200, person: 200 };
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/;

/** What our columns cannot hold: reported as 400 before anything is written, never cut silently. */
export function importProblems(schedule: ImportedSchedule): string[] {
  const problems: string[] = [];
  if (schedule.title.length > 300) problems.push('conference title is longer than 300 characters');
  const tooLong = (what: string, value: string | undefined, limit: number) => {
    if (value && value.length > limit) problems.push(`${what} is longer than ${limit} characters`);
  };
  for (const event of schedule.events) {
    const at = `event ${event.guid}`;
    tooLong(`${at}: title`, event.title, LIMITS.title);
    tooLong(`${at}: subtitle`, event.subtitle, LIMITS.subtitle);
    tooLong(`${at}: room`, event.room, LIMITS.room);
    tooLong(`${at}: track`, event.track, LIMITS.track);
    for (const person of event.persons) tooLong(`${at}: person name`, person.name, LIMITS.person);
    if (event.durationMinutes <= 0) problems.push(`${at}: duration must be positive`);
    if (event.guid.length > 100) problems.push(`${at}: guid is longer than 100 characters`);
  }
  const guids = new Set<string>();
  for (const event of schedule.events) {
    if (guids.has(event.guid)) problems.push(`event ${event.guid} appears twice`);
    guids.add(event.guid);
  }
  return problems;
}

export const isHttpUrl = (value: string | undefined): value is string =>
  !!value && value.length <= 500 && isURL(value, { require_protocol: true, protocols: ['http', 'https'] });

export function sessionValues(event: ImportedEvent) {
  return {
    title: event.title,
    subtitle: event.subtitle ?? null,
    abstract: event.abstract ?? null,
    description: event.description ?? null,
    language: event.language && LANGUAGE.test(event.language) ? event.language : null,
    url: (isHttpUrl(event.url) && normalizedUrl(event.url)) || null,
    links: event.links.flatMap(storedLink).slice(0, 50),
  };
}

/** Links as our export writes them (normalized URL; a title that only repeats the URL is none), so a re-import compares equal. */
function storedLink(link: { href: string; title?: string }): { href: string; title?: string }[] {
  const href = isHttpUrl(link.href) ? normalizedUrl(link.href) : undefined;
  if (!href) return [];
  const title = link.title && link.title !== link.href && link.title !== href ? link.title : undefined;
  return [title ? { href, title } : { href }];
}
