import { createTestApp, TestApp } from '../create-test-app';

/** The installable web app's files over plain HTTP: the service worker, the manifest, the icons. */
describe('agenda web app files (HTTP)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('serves the service worker at /sw.js (scope /), revalidated on every visit, under the strict CSP', async () => {
    const res = await t.anon().get('/sw.js').expect(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['service-worker-allowed']).toBeUndefined(); // at the root, its default scope is /
    expect(res.text).toContain('agenda-offline-v1');
    expect(res.text).not.toMatch(/^import /m); // one classic script: registered without type "module"
    await t.anon().get('/sw.js').set('If-None-Match', res.headers.etag).expect(304);
    await t.anon().get('/api/sw.js').expect(404);
  });

  it('serves the manifest, and every page links it with the icons', async () => {
    const res = await t.anon().get('/manifest.webmanifest').expect(200);
    expect(res.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    const manifest = JSON.parse(res.text);
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
    const page = await t.anon().get('/').expect(200);
    expect(page.text).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(page.text).toContain('<link rel="icon" href="/icons/icon.svg" type="image/svg+xml">');
  });

  it('serves each icon the manifest names, with an ETag; an unknown one is a 404 in the one error body', async () => {
    const manifest = JSON.parse((await t.anon().get('/manifest.webmanifest')).text) as {
      icons: { src: string; type: string }[];
    };
    for (const icon of manifest.icons) {
      const res = await t.anon().get(icon.src).buffer(true).expect(200);
      expect(res.headers['content-type']).toContain(icon.type);
      await t.anon().get(icon.src).set('If-None-Match', res.headers.etag).expect(304);
    }
    const missing = await t.anon().get('/icons/nope.png').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
