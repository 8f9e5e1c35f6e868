/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { createServer, Server } from 'node:http';
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { ADMIN } from '../create-test-app';
import { DEMO_SLUG, DemoProgram, seedDemoProgram } from '../support/agenda-page';
import {
  accessibilityViolations,
  describeInBrowser,
  freePort,
  launchBrowser,
  saveScreenshot,
  servePages,
} from '../support/browser';

const DRAFT_TITLE = 'Unpublished talk only organizers see';
const HOSTILE_CSS =
  '* { color: red !important; display: inline !important; font-family: serif !important; background: yellow !important; }';

interface ApiSession {
  title: string;
  trackId?: string;
  startsAt?: string;
}

/** The organizer's own website: another loopback origin serving pages around the pasted snippet. */
async function hostSite(pages: Record<string, () => string>): Promise<{ url: string; server: Server }> {
  const port = await freePort();
  const server = createServer((request, response) => {
    const page = new Map(Object.entries(pages)).get(request.url ?? '');
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ? page() : 'not here');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
}

describeInBrowser('program embed on another site (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let demo: DemoProgram;
  let host: { url: string; server: Server };
  let snippet = '';

  beforeAll(async () => {
    [t, browser] = await Promise.all([servePages(), launchBrowser()]);
    demo = await seedDemoProgram(t);
    // a change in the working copy, not published: only a request with the organizer's cookie would see it
    await t
      .http()
      .post(`/api/events/${demo.eventId}/sessions`)
      .send({
        title: DRAFT_TITLE,
        type: 'talk',
        roomId: demo.roomIds['Room B'],
        startsAt: '2027-03-10T15:00:00+01:00',
        endsAt: '2027-03-10T16:00:00+01:00',
      })
      .expect(201);
    const hostPage = (css: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Our conference</title><style>${css}</style></head>
<body><h1>Our conference</h1>
${snippet}
<agenda-program event="${DEMO_SLUG}" view="list"></agenda-program>
</body></html>`;
    host = await hostSite({ '/': () => hostPage(HOSTILE_CSS), '/plain': () => hostPage('') });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await new Promise((resolve) => host?.server.close(resolve));
  });

  it('builds the snippet in the event settings (view, track, colour) and copies it', async () => {
    const page = await context.newPage();
    await page.goto(`${t.url}/organizer`);
    await page.getByLabel('E-mail', { exact: true }).fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Open Planning Summit 2027' }).waitFor();
    await page.goto(`${t.url}/organizer/events/${demo.eventId}`);
    const section = page.getByRole('region', { name: 'Embed the program on your website' });
    await section.getByLabel('Track').selectOption({ label: 'Research' });
    await section.getByLabel('View').selectOption({ label: 'Grid' });
    await section.getByLabel('Accent colour').fill('#b00060');
    snippet = await section.getByLabel('Snippet').inputValue();
    await section.getByRole('button', { name: 'Copy snippet' }).click();
    await section.getByText('Snippet copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(snippet).toContain(`<script type="module" src="${t.url}/embed.js"></script>`);
    expect(snippet).toMatch(
      new RegExp(
        `<agenda-program event="${DEMO_SLUG}" view="grid" track="[0-9a-f-]{36}" accent="#b00060"></agenda-program>`,
      ),
    );
    expect(await section.getByRole('link', { name: 'Room A' }).getAttribute('href')).toBe(
      `/e/${DEMO_SLUG}/screens/${demo.roomIds['Room A']}`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders the program on the other origin, untouched by its CSS, without sending cookies', async () => {
    expect((await context.cookies(t.url)).length).toBeGreaterThan(0); // the organizer is signed in on this browser
    const page = await context.newPage();
    const toApp: Request[] = [];
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => request.url().startsWith(t.url) && toApp.push(request));
    await page.goto(host.url);
    const [grid, list] = [page.locator('agenda-program').first(), page.locator('agenda-program').nth(1)];
    await grid.getByRole('region', { name: /Program of Wed 10 Mar/ }).waitFor();
    await list.getByRole('list').waitFor();

    const published = (await t.anon().get(`/api/events/${demo.eventId}/sessions?limit=500`)).body.items as ApiSession[];
    const research = (await t.anon().get(`/api/events/${demo.eventId}/tracks`)).body.find(
      (track: { name: string }) => track.name === 'Research',
    );
    const day1 = (session: ApiSession) => session.startsAt?.startsWith('2027-03-10');
    const expectedGrid = published
      .filter((session) => day1(session) && session.trackId === research.id)
      .map((s) => s.title);
    const expectedList = published.filter(day1).map((s) => s.title);
    const shown = (embed: typeof grid) => embed.locator('.ap-title').allTextContents();
    expect(expectedGrid.length).toBeGreaterThan(1);
    expect(expectedGrid.length).toBeLessThan(expectedList.length);
    expect((await shown(grid)).sort()).toEqual(expectedGrid.sort());
    expect((await shown(list)).sort()).toEqual(expectedList.sort());
    expect(await shown(list)).not.toContain(DRAFT_TITLE);

    const styles = await grid.evaluate((element) => {
      const root = element.shadowRoot!;
      const pick = (selector: string) => {
        const style = getComputedStyle(root.querySelector(selector)!);
        return {
          color: style.color,
          display: style.display,
          font: style.fontFamily,
          background: style.backgroundColor,
        };
      };
      return {
        host: getComputedStyle(element).display,
        grid: pick('.ap-grid'),
        title: pick('.ap-title'),
        root: pick('.ap-root'),
        day: pick('button[aria-pressed=true]'),
      };
    });
    expect(styles.host).toBe('block');
    expect(styles.grid.display).toBe('grid');
    expect(styles.title).toMatchObject({ color: 'rgb(26, 26, 26)', display: 'block' });
    expect(styles.title.font).toMatch(/^system-ui/); // the host forces serif on every element it can reach
    expect(styles.root.background).toBe('rgb(255, 255, 255)');
    expect(styles.day).toMatchObject({ background: 'rgb(176, 0, 96)', color: 'rgb(255, 255, 255)' });
    // the host page's own elements do get its CSS: the rule is live
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).color)).toBe('rgb(255, 0, 0)');

    await list.getByRole('button', { name: 'Thu 11 Mar' }).click();
    await list.getByText('Paper session: Conference scheduling').waitFor();

    // embed.js, then per element the event by slug and the one program document
    expect(toApp.length).toBeGreaterThanOrEqual(3);
    expect(toApp.some((request) => request.url().endsWith('/program'))).toBe(true);
    for (const request of toApp) {
      const headers = await request.allHeaders();
      expect({ url: request.url(), cookie: headers.cookie }).toEqual({ url: request.url(), cookie: undefined });
      const response = await request.response();
      expect(response?.status()).toBe(200);
      expect(response?.headers()['access-control-allow-origin']).toBe('*');
      expect(response?.headers()['access-control-allow-credentials']).toBeUndefined();
    }
    await saveScreenshot(page, 'embed-hostile-host', { fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('passes axe-core inside its shadow roots (grid and list)', async () => {
    const page = await context.newPage();
    await page.goto(`${host.url}/plain`);
    await page
      .locator('agenda-program')
      .first()
      .getByRole('region', { name: /Program of/ })
      .waitFor();
    await page.locator('agenda-program').nth(1).getByRole('list').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens public reads of the API to other origins, and nothing else, never with credentials', async () => {
    const origin = 'http://127.0.0.1:1';
    const read = await t.anon().get(`/api/events/${DEMO_SLUG}/sessions`).set('Origin', origin);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    const withToken = await t.http().get(`/api/events/${demo.eventId}/sessions`).set('Origin', origin);
    expect(withToken.headers['access-control-allow-origin']).toBeUndefined();
    const withCookie = await t.anon().get(`/api/events/${demo.eventId}`).set('Origin', origin).set('Cookie', 'x=1');
    expect(withCookie.headers['access-control-allow-origin']).toBeUndefined();
    const conflicts = await t.anon().get(`/api/events/${demo.eventId}/conflicts`).set('Origin', origin);
    expect(conflicts.headers['access-control-allow-origin']).toBeUndefined();
    const write = await t
      .anon()
      .post(`/api/events/${demo.eventId}/agendas`)
      .set('Origin', origin)
      .send({ sessionIds: [] });
    expect(write.headers['access-control-allow-origin']).toBeUndefined();

    const program = await t.anon().get(`/api/events/${demo.eventId}/program`).set('Origin', origin);
    expect(program.headers['access-control-allow-origin']).toBe('*');

    const script = await t.anon().get('/embed.js').set('Origin', origin);
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.headers['access-control-allow-origin']).toBe('*');
    expect(script.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(script.text).toContain('agenda-program');
  });

  it('follows a newly published version while the host page stays open', async () => {
    const page = await context.newPage();
    await page.goto(`${host.url}/plain`);
    const list = page.locator('agenda-program').nth(1);
    await list.getByRole('list').waitFor();
    expect(await list.locator('.ap-title').allTextContents()).not.toContain(DRAFT_TITLE);

    await t.http().post(`/api/events/${demo.eventId}/publish`).send({}).expect(200);
    // The embed checks every few minutes and whenever its page becomes visible again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await list.getByText(DRAFT_TITLE).waitFor();
    await page.close();
  });
});
