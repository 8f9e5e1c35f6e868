import { AssetUrls, escapeHtml, page } from '../../public-site/site-pages';

/**
 * The shell of the organizer's insights page: no data and no secrets (anyone may load it); the
 * script asks the insights API, which checks the organizer's role.
 */
export function insightsPage(eventId: string, assets: AssetUrls): string {
  return page({
    title: 'Insights',
    assets,
    noindex: true,
    attributes: { 'data-page': 'insights', 'data-event-id': eventId },
    body: `<header class="site-header"><div class="wrap"><h1 id="event-name">Insights</h1></div></header>
<main id="main" class="wrap">
<p class="status" role="status">Loading the insights…</p>
<noscript><p>This page draws the insights with JavaScript. The figures are also in
<a href="/api/events/${escapeHtml(eventId)}/insights">JSON</a> and
<a href="/api/events/${escapeHtml(eventId)}/insights.csv">CSV</a>.</p></noscript>
</main>`,
  });
}
