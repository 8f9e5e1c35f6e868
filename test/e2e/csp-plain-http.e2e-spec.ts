/// <reference lib="dom" />
import type { Browser, BrowserContext } from 'playwright-core';
import { createTestApp, TestApp } from '../create-test-app';
import { DEMO_SLUG, seedDemoProgram } from '../support/agenda-page';
import { describeInBrowser, freePort, launchBrowser } from '../support/browser';

const HOST = 'agenda.test';
const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => [d.trim().split(' ')[0], d.trim()]));

/** Issue 17, finding 4: a plain-http deployment on a real host name works; CSP per kind of route. */
describe('Security headers per kind of route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'http://agenda.lan:3000', TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  it.each([
    '/',
    '/e/nothing-here',
    '/api/health',
    `/organizer/events/${'0'.repeat(8)}-0000-4000-8000-000000000000/insights`,
  ])("gives %s a strict script-src 'self' without upgrade-insecure-requests or HSTS over plain http", async (path) => {
    const res = await t.anon().get(path);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp['script-src']).toBe("script-src 'self'");
    expect(csp['upgrade-insecure-requests']).toBeUndefined();
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('relaxes script-src for Swagger UI on /api/docs only', async () => {
    const docs = await t.anon().get('/api/docs/');
    expect(directives(docs.headers['content-security-policy'])['script-src']).toBe("script-src 'self' 'unsafe-inline'");
    const json = await t.anon().get('/api/docs/openapi.json');
    expect(directives(json.headers['content-security-policy'])['script-src']).toBe("script-src 'self'");
  });

  it('sends HSTS when a trusted proxy says the request came over https', async () => {
    const res = await t.anon().get('/api/health').set('X-Forwarded-Proto', 'https');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});

describeInBrowser('agenda page over plain http on a LAN host name (Chromium)', () => {
  let t: TestApp;
  let url: string;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://${HOST}:${port}`;
    t = await createTestApp({ PUBLIC_BASE_URL: url });
    await t.app.listen(port, '127.0.0.1');
    await seedDemoProgram(t);
    browser = await launchBrowser([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
    context = await browser.newContext();
    context.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('loads the program (script and stylesheet over http), with no "could not load" notice', async () => {
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(`${url}/e/${DEMO_SLUG}`);
    await page.waitForSelector('body[data-ready=true]');
    await page.getByRole('heading', { name: 'Open Planning Summit 2027' }).waitFor();
    expect(failed).toEqual([]);
    expect(await page.getByRole('alert').filter({ hasText: 'could not load' }).count()).toBe(0);
    await page.close();
  });

  it('says so when its script cannot be fetched instead of loading forever', async () => {
    const page = await context.newPage();
    await page.route('**/assets/**', (route) => route.abort());
    await page.goto(`${url}/e/${DEMO_SLUG}`);
    await page.getByText('could not load its script or stylesheet').waitFor({ state: 'visible' });
    await page.close();
  });
});
