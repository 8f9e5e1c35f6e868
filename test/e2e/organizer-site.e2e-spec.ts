import { createTestApp, TestApp } from '../create-test-app';

const ASSET = /<script type="module" blocking="render" src="(\/organizer\/static\/console\.js\?v=[\w-]+)"><\/script>/;

describe('organizer console shell (/organizer)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves the same shell for /organizer and any address below it, with its own versioned bundle and no inline script', async () => {
    for (const path of ['/organizer', '/organizer/', '/organizer/account', '/organizer/events/abc/sessions']) {
      const res = await t.anon().get(path).expect(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['content-security-policy']).toContain("script-src-attr 'none'");
      expect(res.text).toMatch(ASSET);
      expect(res.text).toContain('<link rel="stylesheet" href="/organizer/static/console.css?v=');
      expect(res.text).toContain('<meta name="robots" content="noindex">');
      expect(res.text).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=/i);
    }
  });

  it('serves the bundle immutable under its current version only, and 404 for any other file', async () => {
    const shell = await t.anon().get('/organizer').expect(200);
    const script = ASSET.exec(shell.text)![1];
    const current = await t.anon().get(script).expect(200);
    expect(current.headers['content-type']).toContain('text/javascript');
    expect(current.headers['cache-control']).toContain('immutable');
    expect(current.text).toContain('organizer'); // the console's routes are in it
    const stale = await t.anon().get('/organizer/static/console.js?v=000000000000').expect(200);
    expect(stale.headers['cache-control']).toBe('no-cache');
    await t.anon().get('/organizer/static/other.js').expect(404);
    const css = await t.anon().get('/organizer/static/console.css').expect(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.text).toContain('.console-header'); // the stylesheet the modules import
  });

  it('leaves the insights page, the public pages and the API where they were; only /organizer loads the console', async () => {
    const insights = await t.anon().get('/organizer/events/0b8f3f4e-2d7c-4c59-9a38-3f0e4f1c2a11/insights').expect(200);
    expect(insights.text).toContain('/organizer/assets/insights.js?v=');
    expect(insights.text).not.toContain('console.js');
    const home = await t.anon().get('/').expect(200);
    expect(home.text).toContain('/assets/agenda.js?v=');
    expect(home.text).not.toContain('console.js');
    await t.anon().get('/api/organizer').expect(404);
    await t.anon().get('/api/auth/me').expect(401);
  });
});
