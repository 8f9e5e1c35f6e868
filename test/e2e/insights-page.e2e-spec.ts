/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN } from '../create-test-app';
import { buildRoom, buildSession, create, createProgram, Program } from '../factories/program.factory';
import { describeInBrowser, launchBrowser, saveScreenshot, servePages } from '../support/browser';

const at = (day: 10 | 11, hour: number, minute = 0) =>
  `2026-03-${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+01:00`;

describeInBrowser('organizer insights page (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let p: Program;
  const s: Record<string, { id: string }> = {};
  const errors: string[] = [];
  const pagePath = () => `${t.url}/organizer/events/${p.eventId}/insights`;

  const fill = (cell: { getAttribute(name: string): Promise<string | null> }) => cell.getAttribute('fill');
  const brightness = (rgb: string | null) =>
    (rgb ?? '')
      .match(/\d+/g)!
      .map(Number)
      .reduce((sum, c) => sum + c, 0);

  beforeAll(async () => {
    // 59 agendas from one address: above the anonymous creation limit, raised here as in the insights spec
    [t, browser] = await Promise.all([
      servePages({ AGENDA_CREATES_PER_HOUR: '1000', AGENDA_CREATES_PER_DAY: '1000' }),
      launchBrowser(),
    ]);
    p = await createProgram(t.http);
    await create(t.http, `${p.base}/rooms`, buildRoom({ name: 'Studio', capacity: 40 }));
    const session = async (key: string, body: Record<string, unknown>) => {
      s[key] = await create(t.http, `${p.base}/sessions`, buildSession({ title: key, ...body }));
    };
    await session('Packed talk', { roomId: p.roomB.id, startsAt: at(10, 9), endsAt: at(10, 10) });
    await session('Quiet talk', { roomId: p.roomA.id, startsAt: at(10, 9), endsAt: at(10, 10) });
    await session('Afternoon talk', { roomId: p.roomA.id, startsAt: at(10, 14), endsAt: at(10, 15, 30) });
    await session('Second day talk', { roomId: p.roomB.id, startsAt: at(11, 10), endsAt: at(11, 11) });
    await t.http().post(`${p.base}/publish`).expect(200);
    const star = async (count: number, keys: string[]) => {
      for (let i = 0; i < count; i++)
        await t
          .anon()
          .post(`${p.base}/agendas`)
          .send({ sessionIds: keys.map((key) => s[key].id) })
          .expect(201);
    };
    await star(45, ['Packed talk']);
    await star(12, ['Afternoon talk', 'Second day talk']);
    await star(2, ['Quiet talk']);
    const feed = await t.anon().get(`${p.base}/calendar.ics`).expect(200);
    await t.anon().get(`${p.base}/calendar.ics`).set('If-None-Match', feed.headers.etag).expect(304);

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

  it('asks an organizer to sign in, then draws interest as a heat map over rooms and time', async () => {
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pagePath());
    await page.getByTestId('login').waitFor();
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const map = page.getByTestId('heatmap');
    await map.waitFor();
    expect(await map.getAttribute('data-date')).toBe('2026-03-10');
    expect(await map.locator('.room-label').allTextContents()).toEqual(['Room A (100)', 'Room B (30)', 'Studio (40)']);
    const cells = map.locator('g.cell');
    expect(await cells.count()).toBe(3);
    const packed = map.locator(`g.cell[data-session-id="${s['Packed talk'].id}"]`);
    const quiet = map.locator(`g.cell[data-session-id="${s['Quiet talk'].id}"]`);
    expect(await packed.getAttribute('data-stars')).toBe('45');
    expect(await packed.getAttribute('data-over-capacity')).toBe('true'); // 45 stars less 20 % no-shows = 36 > 30 seats
    expect(await quiet.getAttribute('data-over-capacity')).toBe('false');
    expect(brightness(await fill(packed.locator('rect')))).toBeLessThan(brightness(await fill(quiet.locator('rect'))));
    expect(await packed.locator('title').textContent()).toBe(
      'Packed talk: 45 stars, 36 expected for 30 seats (over capacity)',
    );
    // Cells sit in their room's row and span their length: the 90-minute talk is 1.5 times as wide as a 60-minute one.
    const packedBox = (await packed.locator('rect').boundingBox())!;
    const quietBox = (await quiet.locator('rect').boundingBox())!;
    const afternoonBox = (await map.locator(`g.cell[data-session-id="${s['Afternoon talk'].id}"] rect`).boundingBox())!;
    expect(Math.abs(packedBox.x - quietBox.x)).toBeLessThanOrEqual(2); // same start; the outline of an overflow is wider
    expect(packedBox.y).toBeGreaterThan(quietBox.y);
    expect((afternoonBox.width + 1) / (quietBox.width + 1)).toBeCloseTo(1.5, 1);

    await expect(page.getByTestId('summary').textContent()).resolves.toBe(
      '59 personal agendas (59 with stars), 71 stars over 4 sessions.',
    );
    const overflows = page.getByTestId('overflows');
    expect(await overflows.locator('tbody tr').count()).toBe(1);
    expect(await overflows.textContent()).toContain('Move to Studio (40), free at that time');
    expect(await overflows.textContent()).toContain('Swap rooms with “Quiet talk” in Room A (100)');

    const chart = page.getByTestId('reach-chart');
    const day = chart.locator('g.reach-day');
    expect(await day.count()).toBe(1);
    expect(await day.getAttribute('data-fetches')).toBe('2');
    expect(await day.getAttribute('data-subscriptions')).toBe('1');
    await saveScreenshot(page, 'insights-heatmap', { fullPage: true });
  });

  it('switches days and recomputes room fit for another no-show rate', async () => {
    await page.getByRole('tab', { name: 'Wed 11 Mar' }).click();
    await page.locator('[data-testid=heatmap][data-date="2026-03-11"]').waitFor();
    expect(await page.getByTestId('heatmap').locator('g.cell').count()).toBe(1);

    await page.getByLabel('No-show rate (%)').fill('50');
    await page.getByLabel('No-show rate (%)').dispatchEvent('change');
    await page.getByText('Every session fits its room.').waitFor(); // 45 × 0.5 = 23 ≤ 30
    expect(await page.getByLabel('No-show rate (%)').inputValue()).toBe('50');
  });

  it('opens with an API token in the URL fragment, which it then removes from the address bar', async () => {
    const tokenPage = await (await browser.newContext()).newPage();
    await tokenPage.goto(`${pagePath()}#token=${t.adminToken}`);
    await tokenPage.getByTestId('heatmap').waitFor();
    expect(new URL(tokenPage.url()).hash).toBe('');
    await tokenPage.context().close();
    expect(errors).toEqual([]);
  });
});
