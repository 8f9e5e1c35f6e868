/// <reference lib="dom" />
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DEMO_SLUG,
  DemoProgram,
  openAgenda,
  pageErrors,
  seedDemoProgram,
  starsSaved,
  titlesShown,
} from '../support/agenda-page';
import {
  accessibilityViolations,
  describeInBrowser,
  launchBrowser,
  saveScreenshot,
  servePages,
} from '../support/browser';
import { parseCalendar } from '../support/ical';

const KEYNOTE = 'Scheduling a thousand talks without losing anyone';
const VENUES = 'Running twelve venues on one calendar';
const PREFERENCES = 'Attendee preferences in timetabling';
const DAY_ONE = 'day=2027-03-10';
/** The docs' screenshots are taken anew only when asked (UPDATE_DOCS_SCREENSHOTS=1), so a test run leaves the tree clean. */
const DOCS_IMG = join(__dirname, '..', '..', 'docs', 'img');
const toDocs = (shot: string, name: string) => {
  if (process.env.UPDATE_DOCS_SCREENSHOTS) copyFileSync(shot, join(DOCS_IMG, name));
};

const starButton = (page: Page, title: string) => page.getByRole('button', { name: `Star: ${title}` });

describeInBrowser('agenda page offline (Chromium, service worker)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let demo: DemoProgram;

  beforeAll(async () => {
    [t, browser] = await Promise.all([servePages(), launchBrowser()]);
    demo = await seedDemoProgram(t);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('installs: the page links a manifest with icons, and a service worker takes control', async () => {
    page = await openAgenda(context, `${t.url}/e/${DEMO_SLUG}?view=list&${DAY_ONE}`);
    await page.waitForSelector('html[data-offline-ready=true]');
    const manifestUrl = await page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = await (await page.request.get(`${t.url}${manifestUrl}`)).json();
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', scope: '/' });
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const response = await page.request.get(`${t.url}${icon.src}`);
      expect([response.status(), response.headers()['content-type']]).toEqual([200, icon.type]);
    }
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${t.url}/`);
    // Chromium's own installability check (the one behind its "Install app" prompt)
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    await cdp.detach();
    // Playwright's contexts are incognito profiles, where Chromium offers no install at all
    expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  });

  it('opened offline, shows the last program and the stars with an "offline, as of" note', async () => {
    for (const title of [KEYNOTE, VENUES]) await starButton(page, title).click();
    await starsSaved(page);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    expect(await titlesShown(page)).toEqual(expect.arrayContaining([KEYNOTE, VENUES, PREFERENCES]));
    expect(await starButton(page, KEYNOTE).getAttribute('aria-pressed')).toBe('true');
    expect(await starButton(page, VENUES).getAttribute('aria-pressed')).toBe('true');
    const note = page.getByRole('status').filter({ hasText: 'Offline' });
    await note.waitFor();
    expect(await note.textContent()).toMatch(
      /^Offline: showing the program as of \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}\.$/,
    );
    const shot = await saveScreenshot(page, 'agenda-offline');
    toDocs(shot, 'offline.png');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('queues a star made offline and saves it when the network returns: the personal feed has it', async () => {
    await starButton(page, PREFERENCES).click();
    await page.waitForSelector('[data-sync=queued]');
    expect(await page.locator('[data-sync]').textContent()).toContain('saved when the network returns');
    const stored = JSON.parse((await page.evaluate((id) => localStorage.getItem(`agenda:${id}`), demo.eventId))!);
    expect(stored.pending).toBe(true);

    await context.setOffline(false);
    await starsSaved(page);
    const feed = await t.anon().get(`/api/agendas/${stored.token}/calendar.ics`).buffer(true).expect(200);
    expect(
      parseCalendar(feed.text)
        .events.map((event) => event.summary)
        .sort(),
    ).toEqual([KEYNOTE, PREFERENCES, VENUES].sort());
    await page.waitForFunction(() => document.querySelector('.offline-note')?.hasAttribute('hidden'));
  });

  it('says "program updated: N changes" when a version is published while it is open, with the changelog in words', async () => {
    // the page checks for new versions once a minute: the test moves that page's clock instead of waiting
    const opened = await context.newPage();
    await opened.clock.install();
    await opened.goto(`${t.url}/e/${DEMO_SLUG}?view=list&${DAY_ONE}`);
    await opened.waitForSelector('body[data-ready=true]');
    page = opened;
    const base = `/api/events/${demo.eventId}`;
    const before = (await t.anon().get(`${base}/versions?limit=1`).expect(200)).body.items[0].number as number;
    await t
      .http()
      .patch(`${base}/sessions/${demo.sessionIds[PREFERENCES]}`)
      .send({ title: 'Attendee preferences, revisited' })
      .expect(200);
    await t.http().post(`${base}/publish`).send({}).expect(200);
    const changes = (await t.anon().get(`${base}/changes?since=${before}`).expect(200)).body.changes;
    const count = Object.values(changes as Record<string, unknown[]>).reduce((sum, list) => sum + list.length, 0);
    expect(count).toBeGreaterThan(0);

    await opened.clock.fastForward('01:05');
    const banner = page.getByRole('region', { name: 'Program updated' });
    await banner.waitFor();
    expect(await banner.getByRole('status').textContent()).toBe(
      count === 1 ? 'Program updated: 1 change.' : `Program updated: ${count} changes.`,
    );
    await banner.getByRole('button', { name: 'Show the changes' }).click();
    const lines = await banner.getByRole('listitem').allTextContents();
    expect(lines).toContain(`Renamed: “${PREFERENCES}” is now “Attendee preferences, revisited”`);
    expect(lines).toHaveLength(count);
    expect(await banner.getByRole('button', { name: 'Hide the changes' }).getAttribute('aria-expanded')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    toDocs(await saveScreenshot(page, 'agenda-program-updated'), 'program-updated.png');

    await banner.getByRole('button', { name: 'Show the new program' }).click();
    await page.waitForSelector('body[data-ready=true]');
    await page.getByRole('link', { name: 'Attendee preferences, revisited' }).waitFor();
    expect(await page.getByRole('region', { name: 'Program updated' }).count()).toBe(0);
  });

  it('announces on the next online load what was published since the last visit, without a reload button', async () => {
    const base = `/api/events/${demo.eventId}`;
    await t
      .http()
      .patch(`${base}/sessions/${demo.sessionIds[VENUES]}`)
      .send({ title: 'Running thirteen venues on one calendar' })
      .expect(200);
    await t.http().post(`${base}/publish`).send({}).expect(200);
    const next = await openAgenda(context, `${t.url}/e/${DEMO_SLUG}?view=list&${DAY_ONE}`);
    const banner = next.getByRole('region', { name: 'Program updated' });
    await banner.waitFor();
    expect(await banner.getByRole('status').textContent()).toBe('Program updated since your last visit: 1 change.');
    expect(await banner.getByRole('button', { name: 'Show the new program' }).isVisible()).toBe(false);
    await next.close();
  });

  it('keeps only public reads: no organizer page, no agenda token read, no write in its cache', async () => {
    const organizer = await context.newPage();
    await organizer.goto(`${t.url}/organizer`);
    await organizer.close();
    // a read sent with the site's cookies is an organizer's: never kept
    await page.evaluate(() => fetch('/api/events?limit=7', { credentials: 'same-origin' }).then((r) => r.text()));
    const { kept, bytes } = await page.evaluate(async () => {
      const cache = await caches.open('agenda-offline-v1');
      const requests = await cache.keys();
      const sizes = await Promise.all(
        requests.map(async (request) => (await (await cache.match(request))!.blob()).size),
      );
      return { kept: requests.map((request) => request.url), bytes: sizes.reduce((sum, size) => sum + size, 0) };
    });
    console.log(`offline copy of the demo program: ${kept.length} entries, ${Math.round(bytes / 1024)} KiB`);
    const paths = kept.map((url) => new URL(url).pathname);
    expect(paths).toContain(`/e/${DEMO_SLUG}`);
    expect(paths).toContain(`/api/events/${demo.eventId}`);
    expect(paths.filter((path) => path.startsWith('/organizer') || path.startsWith('/api/agendas'))).toEqual([]);
    expect(paths.every((path) => /^\/(e\/|api\/events|assets\/|icons\/|manifest)/.test(path))).toBe(true);
    expect(kept.filter((url) => url.includes('limit=7'))).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
