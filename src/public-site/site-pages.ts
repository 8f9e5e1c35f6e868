/**
 * The HTML shells of the public pages. They carry no program data and no secrets: the script
 * loads everything from the public API. The event shell names the event so the title, the
 * heading and the no-script links are right before the script runs.
 */

import type { AssetUrls } from '../common/http/web-bundle';

export type { AssetUrls };

export interface ShellEvent {
  id: string;
  name: string;
  venue?: string;
  description?: string;
  /** local dates and zone: with them the script draws the header before the program arrives */
  startDate?: string;
  endDate?: string;
  timezone?: string;
}

const DESCRIPTION_LENGTH = 155;

/** A search result's line: the event's own description, cut at a word, or what the page holds. */
export function metaDescription(event: ShellEvent): string {
  const plain = (event.description ?? '')
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain)
    return `The program of ${event.name}${event.venue ? `, ${event.venue}` : ''}: sessions, rooms, speakers and calendar feeds.`;
  if (plain.length <= DESCRIPTION_LENGTH) return plain;
  const cut = plain.slice(0, DESCRIPTION_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH - 30)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The language switch, drawn with the first paint (its Japanese name needs a CJK font, which
 * costs a long layout when first used: better before the page shows than while it is in use).
 * Disabled until the script selects the reader's language and makes it work (the same control
 * web/locale.ts builds for a shell without one).
 */
const LANGUAGE_SWITCH = `<div id="language-switch" class="language-host"><label class="language-switch" for="language"><span data-i18n="site.language">Language</span> <select id="language" disabled><option value="en" lang="en" selected>English</option><option value="ja" lang="ja">日本語</option></select></label></div>`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/**
 * Plain CSS in the page itself, so it works when neither the script nor the stylesheet could be
 * fetched: the message appears after 10 s unless the script has removed it by then.
 */
const ASSETS_FAILED_STYLE = `
<style>.assets-failed{visibility:hidden;max-width:40rem;margin:1rem auto;padding:0 1rem;animation:assets-failed 0s 10s forwards}@keyframes assets-failed{to{visibility:visible}}</style>`;

const assetsFailedMessage = (fallback: string) =>
  `This page could not load its script or stylesheet (blocked by the browser or the network). Reload to try again. ${fallback}`;

/**
 * The script's split-off modules: the ones it imports at once are fetched beside it (not one round
 * trip later), the ones it loads on demand (session details) at idle priority, so they are at hand
 * and the service worker keeps them for offline use.
 */
function moduleLinks(assets: AssetUrls): string {
  const links = [
    ...(assets.preload ?? []).map((url) => `<link rel="modulepreload" href="${escapeHtml(url)}">`),
    ...(assets.lazy ?? []).map((url) => `<link rel="prefetch" href="${escapeHtml(url)}" as="script">`),
  ];
  return links.map((link) => `\n${link}`).join('');
}

/**
 * The document around every page of ours: its script and stylesheet, no inline code (CSP). The
 * script blocks rendering until it has run its first part (translating the shell, drawing the
 * header), so the page first paints in the reader's language, complete, and nothing moves.
 */
export function page(options: {
  title: string;
  /** what search engines show under the title */
  description?: string;
  assets: AssetUrls;
  body: string;
  attributes: Record<string, string>;
  noindex?: boolean;
  /** Shown when the script has not started after a while (blocked or failed assets); the script removes it. */
  assetsFailed?: string;
}): string {
  const attributes = Object.entries(options.attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">${options.noindex ? '\n<meta name="robots" content="noindex">' : ''}
${options.description ? `<meta name="description" content="${escapeHtml(options.description)}">\n` : ''}<meta name="theme-color" content="#0b57d0">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="icon" href="/icons/icon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/icons/icon-192.png">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${escapeHtml(options.assets.stylesheet)}">
<script type="module" blocking="render" src="${escapeHtml(options.assets.script)}"></script>${moduleLinks(options.assets)}${options.assetsFailed ? ASSETS_FAILED_STYLE : ''}
</head>
<body${attributes}>
<a class="skip-link" href="#main" data-i18n="site.skip">Skip to content</a>
${options.body}${options.assetsFailed ? `\n<p id="assets-failed" class="assets-failed" role="alert">${options.assetsFailed}</p>` : ''}
</body>
</html>
`;
}

/** `/`: the published events, listed by the script from `GET /api/events`. */
export function eventsIndexPage(assets: AssetUrls): string {
  return page({
    title: 'Conference agendas',
    description: 'Published conference programs: dates, places and sessions, with calendar feeds for every event.',
    assets,
    attributes: { 'data-page': 'events' },
    assetsFailed: assetsFailedMessage('The events are also listed at <a href="/api/events">/api/events</a>.'),
    body: `<header class="site-header"><div class="wrap">${LANGUAGE_SWITCH}
<h1 data-i18n="index.title">Conference agendas</h1></div></header>
<main id="main" class="wrap" tabindex="-1">
<p class="status" role="status" data-i18n="index.loading">Loading events…</p>
<noscript><p>This page lists events with JavaScript. Without it, the API has them: <a href="/api/events">/api/events</a>.</p></noscript>
</main>`,
  });
}

/** `/e/:slug`: one event's agenda. */
export function eventPage(event: ShellEvent, assets: AssetUrls): string {
  const feed = `/api/events/${event.id}/calendar.ics`;
  return page({
    title: `${event.name}: agenda`,
    description: metaDescription(event),
    assets,
    attributes: {
      'data-page': 'event',
      'data-event-id': event.id,
      ...(event.startDate && event.endDate && event.timezone
        ? { 'data-first-day': event.startDate, 'data-last-day': event.endDate, 'data-timezone': event.timezone }
        : {}),
      ...(event.venue && { 'data-venue': event.venue }),
      ...(event.description && { 'data-description': event.description }),
    },
    assetsFailed: assetsFailedMessage(`The whole program is also a calendar feed: <a href="${feed}">${feed}</a>.`),
    body: `<header class="site-header"><div class="wrap">${LANGUAGE_SWITCH}
<p class="crumb"><a href="/" data-i18n="event.allEvents">All events</a></p>
<h1 id="event-name">${escapeHtml(event.name)}</h1>
<div id="event-meta"></div>
</div></header>
<main id="main" class="wrap" tabindex="-1">
<p class="status" role="status" data-i18n="event.loading">Loading the program…</p>
<noscript><p>The agenda needs JavaScript. The whole program is also a calendar feed:
<a href="${feed}">${feed}</a>, and a schedule file: <a href="/api/events/${event.id}/schedule.xml">schedule.xml</a>.</p></noscript>
</main>`,
  });
}

export function notFoundPage(assets: AssetUrls): string {
  return page({
    title: 'No such agenda',
    description: 'This address does not lead to a published program.',
    assets,
    attributes: { 'data-page': 'not-found' },
    body: `<header class="site-header"><div class="wrap">${LANGUAGE_SWITCH}
<h1 data-i18n="notFound.title">No published event here</h1></div></header>
<main id="main" class="wrap" tabindex="-1"><p><span data-i18n="notFound.text">This address does not lead to a published program.</span>
<a href="/" data-i18n="notFound.link">See all events</a></p></main>`,
  });
}
