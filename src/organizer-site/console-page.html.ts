import { AssetUrls, page } from '../public-site/site-pages';

/**
 * The organizer console's shell, the same document for every /organizer address: no data and no
 * secrets (anyone may load it); the script routes on the path and reads the API with the
 * login session cookie, which decides what the organizer may see.
 */
export function consolePage(assets: AssetUrls): string {
  return page({
    title: 'Organizer console',
    assets,
    noindex: true,
    attributes: { 'data-page': 'console' },
    body: `<div id="app"><main id="main"><p role="status">Loading the organizer console…</p>
<noscript><p>The organizer console needs JavaScript. Everything it does is also in the REST API: <a href="/api/docs">/api/docs</a>.</p></noscript>
</main></div>`,
  });
}
