import { isURL } from 'class-validator';
import { SessionAttachment, SessionEntity } from '../sessions/session.entity';
import { exportedSlug, normalizedUrl } from './export-program';
import { toSessionType } from './session-type';
import { ImportedEvent } from './schedule-model';

const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$/;

export const isHttpUrl = (value: string | undefined): value is string =>
  !!value && value.length <= 500 && isURL(value, { require_protocol: true, protocols: ['http', 'https'] });

/**
 * The session columns an imported event sets. Details the file does not carry (undefined) keep
 * the current session's value; a slug or type that only repeats what our export writes for the
 * current session changes nothing.
 */
export function sessionValues(event: ImportedEvent, current: SessionEntity | undefined, acronym: string) {
  const keep = <K extends keyof SessionEntity>(key: K, value: SessionEntity[K] | undefined): SessionEntity[K] | null =>
    value === undefined ? (current?.[key] ?? null) : value;
  const type = toSessionType(event.type);
  const sourceType = event.type.trim().slice(0, 100);
  const slug = event.slug && event.slug.length <= 200 ? event.slug : undefined;
  return {
    type,
    sourceType:
      current && sourceType === (current.sourceType ?? current.type)
        ? current.sourceType
        : sourceType && sourceType !== type
          ? sourceType
          : null,
    slug:
      current &&
      (['xml', 'json'] as const).some(
        (format) => slug === exportedSlug(acronym, current.numericId ?? 0, current.title, current.slug, format),
      )
        ? current.slug
        : keep('slug', slug),
    feedbackUrl: keep('feedbackUrl', event.feedbackUrl === null ? null : storedUrl(event.feedbackUrl)),
    logo: keep('logo', event.logo === null ? null : event.logo && event.logo.length <= 500 ? event.logo : undefined),
    attachments: keep('attachments', event.attachments && storedAttachments(event.attachments)),
    doNotRecord: keep('doNotRecord', event.doNotRecord),
    title: event.title,
    subtitle: event.subtitle ?? null,
    abstract: event.abstract ?? null,
    description: event.description ?? null,
    language: event.language && LANGUAGE.test(event.language) ? event.language : null,
    url: storedUrl(event.url) ?? null,
    links: event.links.flatMap(storedLink).slice(0, 50),
  };
}

/** At most 50, each href at most 500 characters (frab writes paths relative to its base URL); none as null. */
function storedAttachments(attachments: NonNullable<ImportedEvent['attachments']>): SessionAttachment[] | null {
  const kept = attachments
    .filter((a) => a.href.length <= 500)
    .slice(0, 50)
    .map((a) => ({ href: a.href, ...(a.title && { title: a.title }), ...(a.type && { type: a.type }) }));
  return kept.length ? kept : null;
}

const storedUrl = (url: string | undefined) => (isHttpUrl(url) && normalizedUrl(url)) || undefined;

/** Links as our export writes them (normalized URL; a title that only repeats the URL is none), so a re-import compares equal. */
function storedLink(link: { href: string; title?: string }): { href: string; title?: string }[] {
  const href = isHttpUrl(link.href) ? normalizedUrl(link.href) : undefined;
  if (!href) return [];
  const title = link.title && link.title !== link.href && link.title !== href ? link.title : undefined;
  return [title ? { href, title } : { href }];
}
