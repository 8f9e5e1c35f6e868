import { escapeHtml, eventPage, eventsIndexPage, notFoundPage } from '../../../src/public-site/site-pages';

const assets = { script: '/assets/agenda.js?v=abc', stylesheet: '/assets/agenda.css?v=def' };

describe('site pages', () => {
  it('escapes everything that comes from an organizer', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    const html = eventPage({ id: 'e1', name: '</title><script>alert(1)</script>' }, assets);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<h1 id="event-name">&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  });

  it('loads only the versioned script and stylesheet, with no inline script for the CSP to block', () => {
    for (const html of [eventsIndexPage(assets), eventPage({ id: 'e1', name: 'Conf' }, assets), notFoundPage(assets)]) {
      expect(html).toContain('<script type="module" blocking="render" src="/assets/agenda.js?v=abc"></script>');
      expect(html).toContain('<link rel="stylesheet" href="/assets/agenda.css?v=def">');
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('<a class="skip-link" href="#main"');
    }
  });

  it("fetches the script's split-off modules beside it (modulepreload) or at idle priority (prefetch)", () => {
    const html = eventPage(
      { id: 'e1', name: 'Conf' },
      { ...assets, preload: ['/assets/chunk-AB12CD34.js'], lazy: ['/assets/rich-text-EF56GH78.js'] },
    );
    expect(html).toContain('<link rel="modulepreload" href="/assets/chunk-AB12CD34.js">');
    expect(html).toContain('<link rel="prefetch" href="/assets/rich-text-EF56GH78.js" as="script">');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(eventPage({ id: 'e1', name: 'Conf' }, assets)).not.toContain('modulepreload');
  });

  it('tells the script which event to load, and offers the feed without JavaScript', () => {
    const html = eventPage({ id: '6b73a424-ed0e-44ba-814c-e3adc9a03ce3', name: '日本語の会議' }, assets);
    expect(html).toContain('data-page="event" data-event-id="6b73a424-ed0e-44ba-814c-e3adc9a03ce3"');
    expect(html).toContain('<title>日本語の会議: agenda</title>');
    expect(html).toContain('<noscript>');
    expect(html).toContain('/api/events/6b73a424-ed0e-44ba-814c-e3adc9a03ce3/calendar.ics');
  });
});
