/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildEvent, buildSession, buildSlot, create } from '../factories/program.factory';
import { DEMO_SLUG, openAgenda, seedDemoProgram } from '../support/agenda-page';
import { describeInBrowser, launchBrowser, servePages } from '../support/browser';

const LONG_DESCRIPTION =
  'A one-day meeting in Coordinated Universal Time. The morning opens with a plenary in Hall A; ' +
  'the afternoon runs two rooms side by side until the evening, with the last sessions late enough ' +
  'to sit well below the fold of any laptop screen. This sentence is here only to make the text long.';

/** Heading levels in document order, of the headings a reader can reach (visible or screen-reader only). */
function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (headings) =>
    headings
      .filter((heading) => !heading.closest('[hidden], dialog:not([open])'))
      .map((heading) => Number(heading.tagName[1])),
  );
}

/** Each level at most one below the one before: what Lighthouse's heading-order audit asks. */
function skippedLevels(levels: number[]): string[] {
  return levels.flatMap((level, index) =>
    index > 0 && level > levels[index - 1] + 1 ? [`h${levels[index - 1]} → h${level}`] : [],
  );
}

describeInBrowser('agenda page layout, zones and search-engine basics (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let slug: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([servePages(), launchBrowser()]);
    await seedDemoProgram(t);
    const http = () => t.http();
    const event = await create(
      http,
      '/api/events',
      buildEvent({
        name: 'Plenary Hall Day',
        timezone: 'UTC',
        startDate: '2027-05-04',
        endDate: '2027-05-04',
        venue: 'Harbour Centre',
        description: LONG_DESCRIPTION,
      }),
    );
    slug = event.slug;
    const base = `/api/events/${event.id}`;
    const [hall, roomB, roomC] = [
      await create(http, `${base}/rooms`, { name: 'Hall A', capacity: 800 }),
      await create(http, `${base}/rooms`, { name: 'Room B', capacity: 80 }),
      await create(http, `${base}/rooms`, { name: 'Room C', capacity: 40 }),
    ];
    const plenary = await create(
      http,
      `${base}/slots`,
      buildSlot({ kind: 'plenary', startsAt: '2027-05-04T09:00:00Z', endsAt: '2027-05-04T10:00:00Z' }),
    );
    await create(
      http,
      `${base}/sessions`,
      buildSession({
        title: 'Opening plenary',
        type: 'keynote',
        roomId: hall.id,
        slotId: plenary.id,
        startsAt: plenary.startsAt,
        endsAt: plenary.endsAt,
      }),
    );
    for (const [hour, room] of [
      [10, roomB],
      [10, roomC],
      [19, roomB],
      [21, roomC],
    ] as const)
      await create(
        http,
        `${base}/sessions`,
        buildSession({
          title: `${room.name} at ${hour}:00`,
          roomId: room.id,
          startsAt: `2027-05-04T${hour}:00:00Z`,
          endsAt: `2027-05-04T${hour}:45:00Z`,
        }),
      );
    const published = await t.http().post(`${base}/publish`).send({});
    if (published.status !== 200) throw new Error(`publish: ${published.status}`);
    // a viewer in UTC, on a small laptop window
    context = await browser.newContext({ viewport: { width: 700, height: 600 }, locale: 'en-GB', timezoneId: 'UTC' });
    context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('gives a room used only by plenaries its own column, the plenary spanning all of them', async () => {
    const page = await openAgenda(context, `${t.url}/e/${slug}?view=grid`);
    expect(await page.$$eval('.grid-room', (cells) => cells.map((cell) => cell.textContent))).toEqual([
      'Hall A',
      'Room B',
      'Room C',
    ]);
    const plenary = page.locator('article.session', { has: page.getByRole('link', { name: 'Opening plenary' }) });
    expect(await plenary.evaluate((element) => element.style.gridColumn)).toBe('2 / span 3');
    await page.close();
  });

  it('names the UTC zone once to a viewer in UTC, for an event in UTC and one in Berlin', async () => {
    const page = await openAgenda(context, `${t.url}/e/${slug}`);
    expect(await page.locator('.zone-note').textContent()).toBe("Times are in the event's time zone, UTC.");
    expect(await page.getByRole('checkbox').count()).toBe(0); // nothing to switch to
    await page.goto(`${t.url}/e/${DEMO_SLUG}`);
    await page.waitForSelector('body[data-ready=true]');
    const note = (await page.locator('.zone-note').textContent())!;
    expect(note).toContain('Europe/Berlin (CET)');
    expect(note).toContain('Show times in my time zone (UTC)');
    expect(note).not.toMatch(/UTC,\s*UTC|UTC \(UTC\)/);
    await page.close();
  });

  it('scrolls the grid with the page (one scrollbar), room names and times sticking to the edges', async () => {
    const page = await openAgenda(context, `${t.url}/e/${slug}?view=grid`);
    const innerScrollers = () =>
      page.$$eval('body *', (elements) =>
        elements
          .filter((element) => {
            const { overflowX, overflowY } = getComputedStyle(element);
            const scrolls = (value: string) => value === 'auto' || value === 'scroll';
            return (
              (scrolls(overflowY) && element.scrollHeight > element.clientHeight + 1) ||
              (scrolls(overflowX) && element.scrollWidth > element.clientWidth + 1)
            );
          })
          .map((element) => element.className || element.tagName),
      );
    expect(await innerScrollers()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);

    // the last session of the day, reached by scrolling the page: the header row stays on top
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const late = page.locator('article.session', { has: page.getByRole('link', { name: 'Room C at 21:00' }) });
    const lateBox = (await late.boundingBox())!;
    expect(lateBox.y + lateBox.height).toBeLessThanOrEqual(600);
    expect(lateBox.y).toBeGreaterThanOrEqual(0);
    const header = (await page.locator('.grid-room').first().boundingBox())!;
    expect(Math.round(header.y)).toBe(0);

    // three rooms do not fit 480 pixels: the page scrolls sideways and the times stay at the left edge
    await page.setViewportSize({ width: 480, height: 600 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)).toBe(true);
    await page.evaluate(() => scrollTo(document.documentElement.scrollWidth, scrollY));
    const time = await page.$$eval('.grid-time', (cells) =>
      cells.map((cell) => cell.getBoundingClientRect()).find((box) => box.top >= 40 && box.bottom <= innerHeight),
    );
    expect(time && Math.round(time.left)).toBe(0);
    await page.close();
  });

  it('lists events with their dates, place and a short description', async () => {
    const page = await openAgenda(context, `${t.url}/`);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Plenary Hall Day' }) });
    expect(await item.locator('.event-facts').textContent()).toBe('4 May 2027 · Harbour Centre');
    const description = (await item.locator('.description').textContent())!;
    expect(description.length).toBeLessThanOrEqual(181);
    expect(description).toMatch(/^A one-day meeting in Coordinated Universal Time\. .*\S…$/);
    const demo = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Open Planning Summit 2027' }) });
    expect(await demo.locator('.event-facts').textContent()).toMatch(/^10–11 March 2027 · /);
    await page.close();
  });

  it('gives search engines a description and never skips a heading level, in every view', async () => {
    const page = await openAgenda(context, `${t.url}/`);
    const description = () => page.getAttribute('meta[name=description]', 'content');
    expect((await description())!.length).toBeGreaterThan(40);
    const skipped: Record<string, string[]> = { index: skippedLevels(await headingLevels(page)) };

    await page.goto(`${t.url}/e/${DEMO_SLUG}`);
    await page.waitForSelector('body[data-ready=true]');
    expect(await description()).toMatch(/\S/);
    for (const view of ['Grid', 'List', 'My agenda', 'Calendar feeds']) {
      await page.getByRole('button', { name: new RegExp(`^${view}`) }).click();
      await page.waitForSelector('[data-view][aria-pressed=true]');
      skipped[view] = skippedLevels(await headingLevels(page));
    }
    await page.getByRole('button', { name: 'Grid' }).click();
    await page.locator('a[data-open]').first().click();
    await page.getByRole('dialog').waitFor();
    skipped.dialog = skippedLevels(
      await page.$$eval('dialog[open] :is(h2, h3, h4)', (headings) => headings.map((h) => Number(h.tagName[1]))),
    );
    expect(skipped).toEqual({ index: [], Grid: [], List: [], 'My agenda': [], 'Calendar feeds': [], dialog: [] });

    await page.goto(`${t.url}/e/${slug}`);
    expect(await description()).toBe(
      'A one-day meeting in Coordinated Universal Time. The morning opens with a plenary in Hall A; the afternoon runs two rooms side by side until the evening…',
    );
    await page.close();
  });
});
