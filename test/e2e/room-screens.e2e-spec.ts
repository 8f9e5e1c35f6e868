/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_SLUG, DemoProgram, seedDemoProgram } from '../support/agenda-page';
import {
  accessibilityViolations,
  describeInBrowser,
  launchBrowser,
  saveScreenshot,
  servePages,
} from '../support/browser';

const VENUES = 'Running twelve venues on one calendar';
const CP = 'Constraint programming for room assignment';
const WORKSHOP = 'Workshop: cleaning a real schedule export';
const PAPERS = 'Paper session: Conference scheduling';

describeInBrowser('room screens (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let demo: DemoProgram;

  beforeAll(async () => {
    [t, browser] = await Promise.all([servePages(), launchBrowser()]);
    demo = await seedDemoProgram(t);
    context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const roomScreen = (room: string, at: string, extra = '') =>
    `${t.url}/e/${DEMO_SLUG}/screens/${demo.roomIds[room]}?at=${encodeURIComponent(at)}${extra}`;

  async function open(url: string): Promise<Page> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    (page as Page & { errors?: string[] }).errors = errors;
    await page.goto(url);
    await page.getByRole('region', { name: 'Now' }).or(page.getByRole('table')).first().waitFor();
    return page;
  }

  const block = (page: Page, name: 'Now' | 'Next') => page.getByRole('region', { name });
  const titles = (page: Page, name: 'Now' | 'Next') =>
    block(page, name).getByRole('heading', { level: 3 }).allTextContents();

  it('shows the right now and next in one room at three fixed clock times', async () => {
    const before = await open(roomScreen('Room A', '2027-03-10T09:30:00+01:00'));
    expect(await before.getByRole('heading', { level: 1 }).textContent()).toBe('Room A');
    expect(await before.getByLabel('Current time').textContent()).toContain('09:30');
    expect(await titles(before, 'Now')).toEqual([]);
    expect(await block(before, 'Now').textContent()).toContain('Free until 10:30');
    expect(await titles(before, 'Next')).toEqual([VENUES]);
    expect(await block(before, 'Next').textContent()).toContain('10:30');

    const during = await open(roomScreen('Room A', '2027-03-10T10:45:00+01:00'));
    expect(await titles(during, 'Now')).toEqual([VENUES]);
    expect(await block(during, 'Now').textContent()).toContain('10:30–12:00');
    expect(await block(during, 'Now').textContent()).toContain('Erik Lindqvist');
    expect(await titles(during, 'Next')).toEqual([CP]);
    expect(await block(during, 'Next').textContent()).toContain('Tomáš Novák');
    expect(await block(during, 'Next').textContent()).toContain('13:00');

    const evening = await open(roomScreen('Room A', '2027-03-10T17:45:00+01:00'));
    expect(await titles(evening, 'Now')).toEqual([]);
    expect(await titles(evening, 'Next')).toEqual([PAPERS]);
    expect(await block(evening, 'Next').textContent()).toContain('Thu 11 Mar, 10:30');

    for (const page of [before, during, evening]) {
      expect(await accessibilityViolations(page)).toEqual([]);
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
      await page.close();
    }
  });

  it('moves on by itself as the device clock passes the start of a session', async () => {
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2027-03-10T10:29:00+01:00') });
    await page.goto(`${t.url}/e/${DEMO_SLUG}/screens/${demo.roomIds['Room A']}`);
    await block(page, 'Next').getByRole('heading', { name: VENUES }).waitFor();
    expect(await titles(page, 'Now')).toEqual([]);
    await page.clock.runFor('01:30');
    await block(page, 'Now').getByRole('heading', { name: VENUES }).waitFor();
    expect(await titles(page, 'Next')).toEqual([CP]);
    expect(await page.getByLabel('Current time').textContent()).toContain('10:30');
    await page.close();
  });

  it('shows every room of the venue, with the break that is on', async () => {
    const page = await open(`${t.url}/e/${DEMO_SLUG}/screens?at=${encodeURIComponent('2027-03-10T10:15:00+01:00')}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All rooms');
    expect(await page.getByText('Coffee until 10:30').count()).toBe(1);
    const row = (room: string) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: room, exact: true }) });
    expect(await row('Room A').getByRole('cell').allTextContents()).toEqual([
      'Free until 10:30',
      expect.stringContaining(VENUES),
    ]);
    expect(await row('Main Hall').getByRole('cell').nth(1).textContent()).toContain(
      'Open conference data: schedule.xml and beyond',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'venue-screen');
    await page.close();
  });

  it('speaks Japanese to a Japanese browser, event content unchanged', async () => {
    const japanese = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'ja-JP' });
    try {
      const page = await japanese.newPage();
      await page.goto(`${t.url}/e/${DEMO_SLUG}/screens?at=${encodeURIComponent('2027-03-10T10:15:00+01:00')}`);
      await page.getByRole('table').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('すべての会場');
      expect(await page.getByRole('columnheader').allTextContents()).toEqual(['会場', '現在', '次']);
      expect(await page.getByText('Coffee（10:30まで）').count()).toBe(1); // the slot's label is the organizer's
      expect(await page.getByText('10:30まで空き').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
      expect(await page.getByRole('button', { name: '全画面表示' }).count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await japanese.close();
    }
  });

  it('follows a move published while the screen is open, without a reload', async () => {
    const page = await open(roomScreen('Room A', '2027-03-10T10:45:00+01:00', '&refresh=1'));
    expect(await titles(page, 'Next')).toEqual([CP]);
    await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
    await saveScreenshot(page, 'room-screen'); // docs/img/room-screen.png is a copy of it

    const moved = await t
      .http()
      .patch(`/api/events/${demo.eventId}/sessions/${demo.sessionIds[CP]}`)
      .send({ roomId: demo.roomIds['Poster Foyer'] });
    expect(moved.status).toBe(200);
    expect((await t.http().post(`/api/events/${demo.eventId}/publish`).send({})).status).toBe(200);
    const published = Date.now();

    await page.waitForFunction(
      (title) => [...document.querySelectorAll('#next-heading ~ article h3')].some((h) => h.textContent === title),
      WORKSHOP,
    );
    console.log(`room screen followed the publish after ${Date.now() - published} ms (polling every 1 s)`);
    expect(await titles(page, 'Next')).toEqual([WORKSHOP]);
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    await page.close();
  });

  it('keeps showing its last copy while the network is down, and says so', async () => {
    const page = await open(roomScreen('Room A', '2027-03-10T10:45:00+01:00', '&refresh=1'));
    await context.setOffline(true);
    try {
      await page.getByText(/^Offline: showing the program as of \d\d:\d\d$/).waitFor();
      expect(await titles(page, 'Now')).toEqual([VENUES]);
    } finally {
      await context.setOffline(false);
    }
    await page.getByText(/^Program checked \d\d:\d\d$/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // a restart while the network is down starts from the copy kept in localStorage
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByText(/^Offline: showing the program as of/).waitFor();
    expect(await titles(page, 'Now')).toEqual([VENUES]);
    await page.close();
  });

  it('answers 404 for a draft or unknown event or room and 400 for a malformed room id', async () => {
    const base = `/e/${DEMO_SLUG}/screens`;
    expect((await t.anon().get(`${base}/not-a-uuid`)).status).toBe(400);
    expect((await t.anon().get(`${base}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect((await t.anon().get('/e/no-such-event/screens')).status).toBe(404);
    const draft = await t.http().post('/api/events').send({
      name: 'Draft Conf',
      timezone: 'Europe/Berlin',
      startDate: '2027-05-01',
      endDate: '2027-05-02',
    });
    expect((await t.anon().get(`/e/${draft.body.slug}/screens`)).status).toBe(404);
    const ok = await t.anon().get(base);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
