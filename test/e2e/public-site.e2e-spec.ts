import { createTestApp, TestApp } from '../create-test-app';
import { buildEvent, create, createProgram } from '../factories/program.factory';

/** The HTML shells and the bundled script and stylesheet, over plain HTTP (the browser specs drive them). */
describe('public agenda pages (HTTP)', () => {
  let t: TestApp;
  let published: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp();
    const program = await createProgram(t.http, {
      name: 'Conf <script>alert(1)</script> & "friends"',
      slug: 'conf-2026',
    });
    await t.http().post(`${program.base}/publish`).send({}).expect(200);
    published = { id: program.eventId, slug: 'conf-2026' };
  });

  afterAll(() => t.close());

  it('serves the events page at / without the /api prefix, under the same CSP as the API', async () => {
    const res = await t.anon().get('/').expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).toContain('data-page="events"');
    // the language switch is in the shell (its CJK font loads with the first paint), off until the script runs
    expect(res.text).toMatch(
      /<select id="language" disabled><option value="en"[^>]*>English<\/option><option value="ja"[^>]*>日本語<\/option>/,
    );
    // the script blocks the first paint until the shell is in the reader's language
    expect(res.text).toMatch(
      /<script type="module" blocking="render" src="\/assets\/agenda\.js\?v=[\w-]{12}"><\/script>/,
    );
    expect(res.text).not.toMatch(/<script>|\son[a-z]+="/); // no inline script or handler: the CSP could forbid them
    await t.anon().get('/api').expect(404);
  });

  it('names a published event in its page, escaped, and points the script at its id', async () => {
    const res = await t.anon().get(`/e/${published.slug}`).expect(200);
    expect(res.text).toContain(
      '<title>Conf &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;friends&quot;: agenda</title>',
    );
    expect(res.text).toContain(`data-event-id="${published.id}"`);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).toContain(`/api/events/${published.id}/calendar.ics`); // the no-script way to the program
  });

  it('answers 404 for drafts and unknown addresses, as if they did not exist', async () => {
    const draft = await create(t.http, '/api/events', buildEvent({ slug: 'secret-draft' }));
    for (const path of ['/e/secret-draft', '/e/no-such-event', `/e/${'x'.repeat(99)}`]) {
      const res = await t.anon().get(path).expect(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).not.toContain(draft.id);
    }
    // also for a signed-in organizer: the page is the public face
    expect((await t.http().get('/e/secret-draft')).status).toBe(404);
  });

  it('serves the script and stylesheet with an ETag, gzip and 304, cacheable for good under the versioned URL', async () => {
    const page = (await t.anon().get('/').expect(200)).text;
    const scriptUrl = /src="(\/assets\/agenda\.js\?v=[^"]+)"/.exec(page)![1];
    const styleUrl = /href="(\/assets\/agenda\.css\?v=[^"]+)"/.exec(page)![1];

    const script = await t.anon().get(scriptUrl).set('Accept-Encoding', 'identity').expect(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.text).toContain('/api/events/');
    // the budget is what travels before the program shows: no framework, the two message catalogs
    // and the offline code; markdown-it (abstracts are Markdown) waits for the first session details
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(script.text).length).toBeLessThan(20_000); // 17.9 KB on 2026-12-02 (61 KB with markdown-it)
    expect(script.text).not.toContain('markdown-it');

    // the split-off modules: named by their hash, fetched beside the script or prefetched, cacheable for good
    const preload = /<link rel="modulepreload" href="(\/assets\/chunk-[A-Z0-9]{8}\.js)">/.exec(page)![1];
    const lazy = /<link rel="prefetch" href="(\/assets\/rich-text-[A-Z0-9]{8}\.js)" as="script">/.exec(page)![1];
    expect(script.text).toContain(preload.replace('/assets/', './'));
    expect(script.text).toContain(lazy.replace('/assets/', './'));
    const markdown = await t.anon().get(lazy).set('Accept-Encoding', 'gzip').expect(200);
    expect(markdown.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(markdown.headers['content-encoding']).toBe('gzip');
    expect(markdown.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(markdown.text).toMatch(/["'`]rich-text["'`]/); // the Markdown renderer's own class name
    await t.anon().get('/assets/rich-text-AAAAAAAA.js').expect(404);

    const css = await t.anon().get(styleUrl).set('Accept-Encoding', 'gzip').expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['content-encoding']).toBe('gzip');

    const unversioned = await t.anon().get('/assets/agenda.js').expect(200);
    expect(unversioned.headers['cache-control']).toBe('no-cache');
    await t.anon().get('/assets/agenda.js').set('If-None-Match', unversioned.headers.etag).expect(304);
    await t.anon().get('/assets/other.js').expect(404);
    await t.anon().get('/assets/..%2Fpackage.json').expect(404);
  });

  it('leaves the JSON API where it was', async () => {
    await t.anon().get('/api/health').expect(200);
    const events = await t.anon().get('/api/events').expect(200);
    expect(events.body.items.map((event: { slug: string }) => event.slug)).toEqual([published.slug]);
    await t.anon().get('/api/e/conf-2026').expect(404);
  });
});
