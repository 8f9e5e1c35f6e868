/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { buildSession, create, createProgram } from '../factories/program.factory';
import { openAgenda, pageErrors } from '../support/agenda-page';
import { describeInBrowser, launchBrowser, servePages } from '../support/browser';

const ABSTRACT = [
  'Opening with **bold words** and a [safe link](https://example.org/talk).',
  '',
  '- first point',
  '- second point',
  '',
  'Typed markup stays text: <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>',
  '',
  '[bad link](javascript:window.__xss=3)',
].join('\n');

describeInBrowser('abstracts on the agenda page (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;

  beforeAll(async () => {
    [t, browser] = await Promise.all([servePages(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders the Markdown abstract as structure, never runs or loads markup from it', async () => {
    const p = await createProgram(t.http);
    const session = await create(
      t.http,
      `${p.base}/sessions`,
      buildSession({ title: 'Rich abstract', roomId: p.roomA.id, abstract: ABSTRACT }),
    );
    await t.http().post(`${p.base}/publish`).expect(200);
    const { slug } = (await t.http().get(p.base).expect(200)).body;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openAgenda(context, `${t.url}/e/${slug}#s=${session.id}`);
    const dialog = page.getByRole('dialog', { name: 'Rich abstract' });
    await dialog.waitFor();

    expect(await dialog.locator('strong', { hasText: 'bold words' }).count()).toBe(1);
    expect(
      await dialog
        .getByRole('listitem')
        .filter({ hasText: /point$/ })
        .allTextContents(),
    ).toEqual(['first point', 'second point']);
    expect(await dialog.getByRole('link', { name: 'safe link' }).getAttribute('href')).toBe('https://example.org/talk');
    expect(await dialog.getByRole('link', { name: 'bad link' }).count()).toBe(0);
    expect(await dialog.textContent()).toContain('<img src=x onerror="window.__xss=1"> <script>');
    expect(await dialog.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
