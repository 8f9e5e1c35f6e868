/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { en } from '../../web/messages/en';
import { ja } from '../../web/messages/ja';
import { JAPANESE_TITLE, openAgenda, pageErrors, seedDemoProgram } from '../support/agenda-page';
import {
  accessibilityViolations,
  describeInBrowser,
  launchBrowser,
  saveScreenshot,
  servePages,
} from '../support/browser';

const KEYNOTE = 'Scheduling a thousand talks without losing anyone';
const PAPERS = 'Paper session: Conference scheduling';

/**
 * Each English message as a pattern over a whole text (placeholders match anything), leaving out
 * those without a word of their own (only punctuation around placeholders, like "{view}, {day}").
 */
const ENGLISH_PATTERNS = Object.entries(en)
  .filter(([, text]) => /[A-Za-z]/.test(text.replace(/\{\w+\}/g, '')))
  .map(([key, text]) => ({
    key,
    source: `^${text
      .trim()
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  }));

/**
 * The page's own words now on screen (text of visible elements, accessible names, placeholders,
 * the title) that read as one of the English messages. Event content stays in its own language;
 * session titles are left out, the rest only trips this if it equals a whole UI message.
 */
function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate((patterns) => {
    const regexes = patterns.map(({ key, source }) => ({ key, regex: new RegExp(source) }));
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // session titles are content, some equal to a UI word ("Lightning talks", "Poster session")
      if (!parent || parent.closest('.session-title, #dialog-title')) continue;
      if (parent.checkVisibility() && node.textContent!.trim()) texts.push(node.textContent!.trim());
    }
    for (const element of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
      if (!element.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder'])
        if (element.getAttribute(name)) texts.push(element.getAttribute(name)!.trim());
    }
    const found: string[] = [];
    for (const text of texts) for (const { key, regex } of regexes) if (regex.test(text)) found.push(`${key}: ${text}`);
    return [...new Set(found)];
  }, ENGLISH_PATTERNS);
}

describeInBrowser('agenda page in Japanese and English (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [t, browser] = await Promise.all([servePages(), launchBrowser()]);
    await seedDemoProgram(t);
    // browser language Japanese, in Tokyo: the zone switch shows too
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
    });
    context.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('speaks Japanese on the events list when the browser does', async () => {
    page = await openAgenda(context, `${t.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ja['index.title']);
    expect(await page.locator('.event-facts').first().textContent()).toMatch(/^2027年3月10日～11日/);
    expect(await englishLeft(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // a link may name the language for its page, without changing the reader's choice
    await page.goto(`${t.url}/?lang=en`);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en['index.title']);
    await page.goto(`${t.url}/`);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
  });

  it('walks every view of the program in Japanese without an English word of its own', async () => {
    await page.getByRole('link', { name: 'Open Planning Summit 2027' }).click();
    await page.waitForSelector('body[data-ready=true] [data-testid=grid]');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    const left: Record<string, string[]> = {};
    const violations: Record<string, unknown> = {};
    const check = async (name: string) => {
      left[name] = await englishLeft(page);
      violations[name] = await accessibilityViolations(page);
    };

    // the grid (the filters are open on a laptop), then in the viewer's zone
    await check('grid');
    await saveScreenshot(page, 'agenda-grid-ja');
    await page.getByRole('checkbox', { name: /自分のタイムゾーン/ }).check();
    await page.waitForFunction(() => document.querySelector('.grid-time')?.textContent === '17:00');
    await check('grid in my zone');
    await page.getByRole('checkbox', { name: /自分のタイムゾーン/ }).uncheck();

    // a search that finds nothing, then one that finds the keynote
    const search = page.getByRole('searchbox', { name: ja['filter.search'] });
    await search.fill('zzzz');
    await page.getByText(ja['grid.empty']).waitFor();
    await check('nothing found');
    await search.fill('thousand');
    await page.getByText('1 件が該当').waitFor();
    await check('one found');
    await page.getByRole('button', { name: ja['filter.clear'] }).click();

    // the session dialog: facts, speakers with roles, presentations, calendar links
    await page.getByRole('tab', { name: /3月11日/ }).click();
    await page.getByRole('link', { name: PAPERS, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(ja['dialog.calendar']).waitFor();
    await dialog.getByText(ja['dialog.feedSession'], { exact: true }).waitFor(); // the feed links have loaded
    expect(await dialog.textContent()).toContain(ja['role.chair']);
    expect(await dialog.textContent()).toMatch(/90\s?分/);
    await check('dialog');
    await dialog.getByRole('button', { name: ja['dialog.close'] }).click();

    // the Japanese session keeps its language tag, the page's words are Japanese around it
    expect(await page.getByRole('link', { name: JAPANESE_TITLE }).getAttribute('lang')).toBe('ja');

    await page.getByRole('button', { name: ja['view.list'], exact: true }).click();
    await page.waitForSelector('[data-testid=list]');
    await check('list');
    await saveScreenshot(page, 'agenda-list-ja');

    await page.getByRole('button', { name: ja['view.agenda'] }).click();
    await page.getByText(ja['agenda.none']).waitFor();
    await check('empty agenda');
    await page.getByRole('button', { name: ja['view.grid'], exact: true }).click();
    await page.getByRole('tab', { name: /3月10日/ }).click();
    await page.getByRole('button', { name: `スターを付ける: ${KEYNOTE}` }).click();
    await page.waitForSelector('[data-sync=saved]');
    await page.getByRole('button', { name: new RegExp(`^${ja['view.agenda']}`) }).click();
    await page.getByText('スター付きセッション 1 件、重複なし。').waitFor();
    await check('agenda');

    await page.getByRole('button', { name: ja['view.feeds'] }).click();
    await page.getByRole('heading', { name: ja['feeds.whole'] }).waitFor();
    for (const summary of await page.locator('.feed-group summary').all()) await summary.click();
    await check('feeds');

    expect(left).toEqual(Object.fromEntries(Object.keys(left).map((name) => [name, []])));
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
    expect(pageErrors(page)).toEqual([]);
  });

  it('says what runs now and when the next session starts in Japanese words (Intl relative time)', async () => {
    const live = await context.newPage();
    await live.clock.setFixedTime(new Date('2027-03-10T10:45:00+01:00'));
    await live.goto(`${t.url}/e/open-planning-summit-2027?view=grid`);
    await live.waitForSelector('body[data-ready=true]');
    const badges = await live.$$eval('[data-live]', (elements) => elements.map((element) => element.textContent));
    expect(badges).toContain(ja['card.now']);
    expect(badges).toContain('次 · 2 時間後');
    expect(await englishLeft(live)).toEqual([]);
    await live.close();
  });

  it('switches to English with the language control, and stays English after a reload', async () => {
    await page.getByRole('combobox', { name: ja['site.language'] }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.body.dataset.ready === 'true');
    await page.getByRole('button', { name: 'Calendar feeds' }).waitFor();
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
    await page.getByRole('button', { name: 'Grid', exact: true }).click();
    await page.getByRole('tab', { name: 'Wed 10 Mar' }).click();
    expect(await page.getByRole('button', { name: `Star: ${KEYNOTE}` }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toBe('Open Planning Summit 2027: agenda');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agenda-grid-en');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.waitForSelector('[data-testid=list]');
    expect(await accessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'agenda-list-en');
  });
});
