import { escapeHtml } from '../../public-site/site-pages';

export interface InsightsAssetUrls {
  script: string;
  stylesheet: string;
}

/**
 * The shell of the organizer's insights page: no data and no secrets (anyone may load it); the
 * script asks the insights API, which checks the organizer's role.
 */
export function insightsPage(eventId: string, assets: InsightsAssetUrls): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Insights</title>
<link rel="stylesheet" href="${escapeHtml(assets.stylesheet)}">
<script type="module" src="${escapeHtml(assets.script)}"></script>
</head>
<body data-page="insights" data-event-id="${escapeHtml(eventId)}">
<header class="site-header"><div class="wrap"><h1 id="event-name">Insights</h1></div></header>
<main id="main" class="wrap">
<p class="status" role="status">Loading the insights…</p>
<noscript><p>This page draws the insights with JavaScript. The figures are also in
<a href="/api/events/${escapeHtml(eventId)}/insights">JSON</a> and
<a href="/api/events/${escapeHtml(eventId)}/insights.csv">CSV</a>.</p></noscript>
</main>
</body>
</html>
`;
}
