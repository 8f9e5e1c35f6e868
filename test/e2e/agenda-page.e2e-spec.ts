/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN } from '../create-test-app';
import {
  card,
  DEMO_SLUG,
  DemoProgram,
  renderTimings,
  JAPANESE_TITLE,
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
const PAPERS = 'Paper session: Conference scheduling';

describeInBrowser('agenda page on a laptop (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let demo: DemoProgram;

  beforeAll(async () => {
    [t, browser] = await Promise.all([servePages(), launchBrowser()]);
    demo = await seedDemoProgram(t);
    // a viewer in New York, so "my time zone" differs from the event's Berlin
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'America/New_York',
    });
    context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists published events at / and opens the demo program as a day grid', async () => {
    page = await openAgenda(context, `${t.url}/`);
    await page.getByRole('link', { name: 'Open Planning Summit 2027' }).click();
    await page.waitForSelector('[data-testid=grid]');
    expect(new URL(page.url()).pathname).toBe(`/e/${DEMO_SLUG}`);
    console.log(`demo program, ms after navigation start: ${JSON.stringify(await renderTimings(page))}`);

    expect(await page.$$eval('.grid-room', (cells) => cells.map((cell) => cell.textContent))).toEqual([
      'Main Hall',
      'Room A',
      'Room B',
      'Poster Foyer',
    ]);
    expect(await card(page, KEYNOTE).evaluate((element) => element.style.gridColumn)).toBe('2 / span 4');
    const keynoteBox = (await card(page, KEYNOTE).boundingBox())!;
    const talkBox = (await card(page, VENUES).boundingBox())!;
    expect(keynoteBox.width).toBeGreaterThan(3.5 * talkBox.width);
    expect(talkBox.height).toBeGreaterThan(1.3 * keynoteBox.height); // 90 minutes against 60
    expect(await page.$$eval('.grid-break', (bands) => bands.map((band) => band.textContent))).toEqual([
      'Coffee · 10:00–10:30',
      'Lunch · 12:00–13:00',
      'Coffee · 14:30–15:00',
    ]);
    expect(await page.locator('.zone-note').textContent()).toContain('Europe/Berlin');
    expect(await card(page, VENUES).locator('.session-time').textContent()).toContain('10:30–12:00');
    expect(await card(page, PREFERENCES).textContent()).toContain('山田 花子');
    await saveScreenshot(page, 'agenda-grid');
  });

  it('switches days with the tabs (arrow keys too), filters by track and searches', async () => {
    await page.getByRole('tab', { name: 'Thu 11 Mar' }).click();
    await page.getByRole('link', { name: PAPERS }).waitFor();
    expect(await titlesShown(page)).not.toContain(KEYNOTE);
    expect(await titlesShown(page)).toContain(JAPANESE_TITLE);

    await page.getByLabel('Track').selectOption({ label: 'Research' });
    await page.locator('.match-count').waitFor();
    expect((await titlesShown(page)).sort()).toEqual([PAPERS, 'Workshop: build a tiny scheduler'].sort());

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByRole('searchbox').fill('lightning');
    await page.waitForFunction(() => document.querySelectorAll('#program-panel .session-title').length === 1);
    expect(await titlesShown(page)).toEqual(['Lightning talks']);
    await page.getByRole('button', { name: 'Clear' }).click();
    await page.locator('.match-count').waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Thu 11 Mar' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('link', { name: KEYNOTE }).waitFor();
    expect(await page.getByRole('tab', { name: 'Wed 10 Mar' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Wed 10 Mar');
  });

  it('opens a session from the keyboard: speakers with roles and bios, presentations with times and authors', async () => {
    await page.getByRole('tab', { name: 'Thu 11 Mar' }).click();
    await page.getByRole('link', { name: PAPERS }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: PAPERS });
    await dialog.waitFor();
    const text = (await dialog.textContent())!;
    expect(text).toContain('Thursday, 11 March 2027, 10:30–12:00 (Europe/Berlin, CET)');
    expect(text).toContain('Room A (120 seats)');
    expect(text).toContain('Research');
    expect(text).toContain('LanguageEnglish');
    expect(text).toContain('Prof. Anna Schmidt (Chair), TU Berlin');
    expect(text).toContain('Chairs the programme committee.');
    expect(await dialog.locator('.presentations li').allTextContents()).toEqual([
      '10:30–10:50 A matheuristic for personalised conference scheduling — Tomáš Novák',
      '10:50–11:10 Clash-aware track assignment with attendee stars — 山田 花子, Dr. Amara Okafor',
      '11:10–11:30 Robust timetables under speaker cancellations — Dr. Amara Okafor',
      '11:30–11:50 Room capacity prediction from registration data — Claire Dubois',
    ]);
    await dialog.getByRole('link', { name: 'Subscribe to this session' }).waitFor();
    await saveScreenshot(page, 'agenda-session-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(PAPERS);
    // the dialog's close event, which clears the address, is dispatched a task after it hides
    await page.waitForFunction(() => location.hash === '', undefined, { timeout: 2_000 });

    await page.getByRole('link', { name: JAPANESE_TITLE }).click();
    const japanese = page.getByRole('dialog', { name: JAPANESE_TITLE });
    expect(await japanese.locator('h2').getAttribute('lang')).toBe('ja');
    expect(await japanese.textContent()).toContain('学会プログラムの制約と参加者の希望をどう両立させるか。');
    await japanese.getByRole('button', { name: 'Close' }).click();
    await japanese.waitFor({ state: 'hidden' });
  });

  it("shows times in the viewer's own zone on request", async () => {
    await page.getByRole('tab', { name: 'Wed 10 Mar' }).click();
    const toggle = page.getByLabel(/Show times in my time zone \(America\/New_York/);
    await toggle.check();
    await page.waitForFunction(() => document.querySelector('.grid-time')?.textContent === '03:00');
    expect(await card(page, KEYNOTE).locator('.session-time').textContent()).toBe('03:00–04:00 · Main Hall');
    await toggle.uncheck();
    await page.waitForFunction(() => document.querySelector('.grid-time')?.textContent === '09:00');
  });

  it('stars three sessions without an account and marks the clash in My agenda, with a personal feed', async () => {
    for (const title of [KEYNOTE, VENUES, PREFERENCES])
      await page.getByRole('button', { name: `Star: ${title}` }).click();
    await starsSaved(page);
    expect(await page.getByRole('button', { name: `Star: ${VENUES}` }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: /My agenda/ }).click();
    const agenda = page.locator('[data-testid=my-agenda]');
    await agenda.waitFor();
    expect(await agenda.locator('.agenda-summary').textContent()).toBe('3 starred sessions, 2 of them clash.');
    expect(await card(page, VENUES).locator('.clash-note').textContent()).toBe(`⚠ Clashes with “${PREFERENCES}”`);
    expect(await card(page, PREFERENCES).locator('.clash-note').textContent()).toBe(`⚠ Clashes with “${VENUES}”`);
    expect(await card(page, KEYNOTE).locator('.clash-note').count()).toBe(0);
    await saveScreenshot(page, 'agenda-my-agenda');

    const personal = page.locator('.personal-feed');
    const feedUrl = await personal.locator('[data-feed-url]').inputValue();
    expect(feedUrl).toMatch(new RegExp(`^${t.url}/api/agendas/[A-Za-z0-9_-]{43}/calendar\\.ics$`));
    expect(await personal.getByRole('link', { name: 'Subscribe to my agenda' }).getAttribute('href')).toBe(
      feedUrl.replace(/^http:/, 'webcal:'),
    );
    expect(await personal.getByRole('link', { name: /Google Calendar/ }).getAttribute('href')).toBe(
      `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(feedUrl.replace(/^http:/, 'webcal:'))}`,
    );
    const feed = await page.request.get(feedUrl);
    expect(feed.status()).toBe(200);
    expect(
      parseCalendar(await feed.text())
        .events.map((event) => event.summary)
        .sort(),
    ).toEqual([KEYNOTE, PREFERENCES, VENUES].sort());

    const html = await (await page.request.get(page.url())).text();
    const token = /agendas\/([^/]+)\//.exec(feedUrl)![1];
    expect(html).not.toContain(token);
  });

  it('keeps the stars after a reload (token in local storage, stars from the API)', async () => {
    const stored = JSON.parse((await page.evaluate((id) => localStorage.getItem(`agenda:${id}`), demo.eventId))!);
    const server = await t.anon().get(`/api/agendas/${stored.token}`).expect(200);
    expect(server.body.sessionIds.sort()).toEqual(
      [KEYNOTE, VENUES, PREFERENCES].map((title) => demo.sessionIds[title]).sort(),
    );

    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    expect((await titlesShown(page)).sort()).toEqual([KEYNOTE, PREFERENCES, VENUES].sort());
    await page.getByRole('button', { name: 'Grid' }).click();
    await page.getByRole('tab', { name: 'Wed 10 Mar' }).click();
    expect(await page.getByRole('button', { name: `Star: ${KEYNOTE}` }).getAttribute('aria-pressed')).toBe('true');
    expect(
      await page
        .getByRole('button', { name: `Star: Open conference data: schedule.xml and beyond` })
        .getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('offers Subscribe links for the whole event and each track, room and speaker', async () => {
    await page.getByRole('button', { name: 'Calendar feeds' }).click();
    const whole = page.locator('.event-feed');
    await whole.waitFor();
    expect(await whole.getByRole('link', { name: 'Subscribe to Open Planning Summit 2027' }).getAttribute('href')).toBe(
      `${t.url.replace('http:', 'webcal:')}/api/events/${demo.eventId}/calendar.ics`,
    );
    for (const [group, count] of [
      ['Tracks', 3],
      ['Rooms', 4],
      ['Speakers', 10],
    ] as const) {
      await page.getByText(`${group} (${count})`).click();
    }
    const room = page.getByRole('link', { name: 'Subscribe to Room A' });
    expect(await room.getAttribute('href')).toContain(
      `/api/events/${demo.eventId}/rooms/${demo.roomIds['Room A']}/calendar.ics`,
    );
    await page.getByRole('link', { name: 'Subscribe to 山田 花子' }).waitFor();
    const research = await page.getByRole('button', { name: 'Copy link of Research' }).getAttribute('data-copy');
    const feed = parseCalendar(await (await page.request.get(research!)).text());
    expect(feed.events.map((event) => event.summary)).toContain(PAPERS);
    expect(feed.events.map((event) => event.summary)).not.toContain(VENUES);
  });

  it('marks what runs now and what comes next in each room during the event', async () => {
    const live = await context.newPage();
    await live.clock.setFixedTime(new Date('2027-03-10T10:45:00+01:00'));
    await live.goto(`${t.url}/e/${DEMO_SLUG}?view=grid`);
    await live.waitForSelector('body[data-ready=true]');
    expect(await card(live, VENUES).locator('[data-live]').textContent()).toBe('Now');
    expect(await card(live, VENUES).getAttribute('class')).toContain('now');
    expect(await card(live, 'Constraint programming for room assignment').locator('[data-live]').textContent()).toBe(
      'Next · in 2 hours',
    );
    expect(await card(live, KEYNOTE).locator('[data-live]').textContent()).toBe('');
    await live.close();
  });

  it('passes axe-core’s WCAG 2.1 A and AA checks in every view and in the session dialog', async () => {
    const found: Record<string, unknown> = {};
    for (const view of ['Grid', 'List', 'My agenda', 'Calendar feeds']) {
      await page.getByRole('button', { name: new RegExp(`^${view}`) }).click();
      await page.waitForSelector(`[data-view][aria-pressed=true]`);
      found[view] = await accessibilityViolations(page);
    }
    await page.getByRole('button', { name: 'Grid' }).click();
    await page.getByRole('link', { name: KEYNOTE }).click();
    await page.getByRole('dialog').waitFor();
    found.dialog = await accessibilityViolations(page);
    await page.keyboard.press('Escape');
    expect(found).toEqual({ Grid: [], List: [], 'My agenda': [], 'Calendar feeds': [], dialog: [] });
  });

  it('shows only the published program, also to an organizer signed in on the same site', async () => {
    await t
      .http()
      .patch(`/api/events/${demo.eventId}/sessions/${demo.sessionIds[KEYNOTE]}`)
      .send({ title: 'Unpublished new title' })
      .expect(200);
    const login = await t
      .anon()
      .post('/api/auth/login')
      .set('Origin', t.url)
      .send({ email: ADMIN.email, password: ADMIN.password });
    const cookie = /agenda_session=([^;]+)/.exec(String(login.headers['set-cookie']))?.[1];
    expect(cookie).toBeDefined();
    await context.addCookies([{ name: 'agenda_session', value: cookie!, url: t.url }]);
    const fresh = await openAgenda(context, `${t.url}/e/${DEMO_SLUG}?view=grid&day=2027-03-10`);
    expect(await titlesShown(fresh)).toContain(KEYNOTE);
    expect(await titlesShown(fresh)).not.toContain('Unpublished new title');
    expect(pageErrors(fresh)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
