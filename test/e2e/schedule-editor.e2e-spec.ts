/// <reference lib="dom" />
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { buildSlot, create, createProgram, Program } from '../factories/program.factory';
import {
  accessibilityViolations,
  describeInBrowser,
  freePort,
  launchBrowser,
  saveScreenshot,
  servePages,
} from '../support/browser';
import { bottomEdgeOf, dragTo, gridPoint, openEditor, signIn, topOf } from '../support/editor-page';
import { startSecondInstance } from '../support/instances';

type Served = Awaited<ReturnType<typeof servePages>>;
const DAY1 = '2026-03-10';
const DAY2 = '2026-03-11';
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+01:00`;

/** Focus moves after a frame (the day changes first): polls with a deadline. */
async function focusedSoon(locator: Locator): Promise<boolean> {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describeInBrowser('schedule editor in the browser', () => {
  let browser: Browser;
  let s: Served;
  let p: Program;
  let context: BrowserContext;
  let page: Page;
  const sessions: Record<string, any> = {};

  const read = async (id: string) => (await s.http().get(`${p.base}/sessions/${id}`).expect(200)).body;
  const status = () => page.getByRole('region', { name: 'Schedule editor' }).getByRole('status');

  beforeAll(async () => {
    browser = await launchBrowser();
    s = await servePages();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });
  beforeEach(async () => {
    p = await createProgram(s.http, { startDate: DAY1, endDate: DAY2 });
    await create(s.http, `${p.base}/rooms`, { name: 'Closet', capacity: 10 });
    await s
      .http()
      .patch(`${p.base}/speakers/${p.ada.id}`)
      .send({ availability: [{ startsAt: at(DAY1, '09:00'), endsAt: at(DAY1, '12:00') }] })
      .expect(200);
    const session = (body: object) => create(s.http, `${p.base}/sessions`, { type: 'talk', ...body });
    sessions.opening = await session({
      title: 'Opening',
      roomId: p.roomA.id,
      startsAt: at(DAY1, '09:00'),
      endsAt: at(DAY1, '10:00'),
    });
    sessions.occupier = await session({
      title: 'Occupier',
      roomId: p.roomA.id,
      startsAt: at(DAY2, '11:00'),
      endsAt: at(DAY2, '12:00'),
    });
    sessions.backlog = await session({
      title: 'Backlog talk',
      durationMinutes: 30,
      expectedAttendance: 50,
      trackId: p.track.id,
      speakers: [{ speakerId: p.ada.id }],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
    await signIn(context, s.url);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('drags from the backlog, moves across rooms and days, resizes, refuses a double booking in words, unschedules', async () => {
    const editor = await openEditor(page, s.url, p.eventId);
    await saveScreenshot(page, 'editor-open');
    expect(await accessibilityViolations(page)).toEqual([]);

    // from the backlog onto Room A at 10:00 on day 1; Ada's unavailable afternoon is shaded meanwhile, the closet marked
    await dragTo(
      page,
      await topOf(editor.getByRole('button', { name: /^Backlog talk 30 min, unscheduled/ })),
      () => gridPoint(page, 'Room A', '10:00'),
      {
        during: async () => {
          expect(await page.getByTestId('unavailable').count()).toBeGreaterThan(0);
          await page.getByText('too small').first().waitFor();
          await saveScreenshot(page, 'editor-dragging');
        },
      },
    );
    await status().filter({ hasText: '“Backlog talk” is now at Room A' }).waitFor();
    expect(await read(sessions.backlog.id)).toMatchObject({
      roomId: p.roomA.id,
      startsAt: at(DAY1, '10:00'),
      endsAt: at(DAY1, '10:30'),
    });

    // to Room B on day 2 at 09:00, hovering the day's tab on the way
    const card = () => editor.getByRole('button', { name: /^Backlog talk, Room/ });
    await dragTo(page, await topOf(card()), () => gridPoint(page, 'Room B', '09:00'), {
      via: editor.getByRole('navigation', { name: 'Days' }).getByRole('button', { name: 'Wed 11 Mar' }),
    });
    await status().filter({ hasText: 'is now at Room B' }).waitFor();
    expect(await read(sessions.backlog.id)).toMatchObject({ roomId: p.roomB.id, startsAt: at(DAY2, '09:00') });

    // resize to 45 minutes
    await dragTo(page, await bottomEdgeOf(card()), () => gridPoint(page, 'Room B', '09:45'));
    await status().filter({ hasText: '09:00–09:45' }).waitFor();
    expect((await read(sessions.backlog.id)).endsAt).toBe(at(DAY2, '09:45'));

    // onto the occupied Room A at 11:00: the target says why before the drop, the server refuses, the card stays
    const before = await read(sessions.backlog.id);
    await dragTo(page, await topOf(card()), () => gridPoint(page, 'Room A', '11:00'), {
      during: () => page.getByText('Room A already has “Occupier” then').first().waitFor(),
    });
    await status().filter({ hasText: '“Backlog talk” was not moved: Room A already has “Occupier” then' }).waitFor();
    await saveScreenshot(page, 'editor-refused');
    expect(await read(sessions.backlog.id)).toMatchObject({
      roomId: p.roomB.id,
      startsAt: before.startsAt,
      version: before.version,
    });
    await card().waitFor();

    // its soft conflicts as a badge, and the conflict report jumping to the card from another day
    await editor
      .getByRole('button', {
        name: /^Backlog talk, Room B.*2 warnings: .*expected attendance 50 exceeds Room B's capacity of 30/,
      })
      .waitFor();
    await editor.getByRole('navigation', { name: 'Days' }).getByRole('button', { name: 'Tue 10 Mar' }).click();
    await editor.getByRole('button', { name: /^Conflicts \(2\)/ }).click();
    const report = editor.getByRole('region', { name: 'Conflict report' });
    await report.getByText(/exceeds Room B's capacity of 30/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await report
      .getByRole('listitem')
      .filter({ hasText: /capacity/ })
      .getByRole('button', { name: 'Show' })
      .click();
    expect(await focusedSoon(card())).toBe(true);

    // back to the backlog
    await dragTo(page, await topOf(card()), async () => {
      const box = (await editor.getByRole('complementary', { name: 'Unscheduled sessions' }).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height - 20 };
    });
    await status().filter({ hasText: '“Backlog talk” is unscheduled' }).waitFor();
    expect((await read(sessions.backlog.id)).startsAt).toBeUndefined();
  });

  it('moves a card with the keyboard, announced, then undoes and redoes it', async () => {
    const editor = await openEditor(page, s.url, p.eventId);
    await editor.getByRole('button', { name: /^Opening, Room A/ }).focus();
    await page.keyboard.press('Enter');
    await status().filter({ hasText: 'Moving “Opening”' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await status().filter({ hasText: 'Room B, Tue 10 Mar 09:10–10:10' }).waitFor();
    await page.keyboard.press('Enter');
    await status().filter({ hasText: '“Opening” is now at Room B' }).waitFor();
    expect(await read(sessions.opening.id)).toMatchObject({ roomId: p.roomB.id, startsAt: at(DAY1, '09:10') });

    await editor.getByRole('button', { name: 'Undo' }).click();
    await status().filter({ hasText: 'Undone' }).waitFor();
    expect(await read(sessions.opening.id)).toMatchObject({ roomId: p.roomA.id, startsAt: at(DAY1, '09:00') });
    await editor.getByRole('button', { name: 'Redo' }).click();
    await status().filter({ hasText: 'Redone' }).waitFor();
    expect(await read(sessions.opening.id)).toMatchObject({ roomId: p.roomB.id, startsAt: at(DAY1, '09:10') });
  });

  it('pins a card, and never overwrites a change it has not seen (412: the card is re-read)', async () => {
    await page.route('**/stream', (route) => route.abort()); // no live updates: this editor stays behind
    const editor = await openEditor(page, s.url, p.eventId);
    await editor.getByRole('button', { name: 'Pin: Opening' }).click();
    await editor.getByRole('button', { name: 'Unpin: Opening' }).waitFor();
    const pinned = await read(sessions.opening.id);
    expect(pinned.pinned).toBe(true);

    await s.http().patch(`${p.base}/sessions/${sessions.opening.id}`).send({ title: 'Opening (renamed)' }).expect(200);
    await editor.getByRole('button', { name: /^Opening, Room A/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await status().filter({ hasText: '“Opening” was changed by someone else meanwhile' }).waitFor();
    await editor.getByRole('button', { name: /^Opening \(renamed\), Room A/ }).waitFor();
    expect(await read(sessions.opening.id)).toMatchObject({ title: 'Opening (renamed)', roomId: p.roomA.id });
  });

  it('proposes placements as ghost cards with reasons and accepts them', async () => {
    await create(s.http, `${p.base}/slots`, buildSlot({ startsAt: at(DAY1, '10:00'), endsAt: at(DAY1, '11:00') }));
    const editor = await openEditor(page, s.url, p.eventId);
    await editor.getByRole('button', { name: 'Propose placements' }).click();
    const panel = editor.getByRole('region', { name: 'Propose placements' });
    await panel.getByText(/Proposal: 1 placements/).waitFor();
    await panel.getByText(/Proposed: Backlog talk, Room A, Tue 10 Mar 10:00–10:30/).waitFor();
    await saveScreenshot(page, 'editor-proposal');
    expect(await accessibilityViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Accept all' }).click();
    await status().filter({ hasText: '1 sessions placed from the proposal' }).waitFor();
    expect(await read(sessions.backlog.id)).toMatchObject({ startsAt: at(DAY1, '10:00') });
  });

  it('shows another organizer’s move within a second, on another app instance when on PostgreSQL', async () => {
    const postgres = Boolean(process.env.DATABASE_URL);
    const second = postgres ? await startSecondInstance(s) : null;
    let url2 = s.url;
    if (second) {
      const port = await freePort();
      await second.app.listen(port, '127.0.0.1');
      url2 = `http://127.0.0.1:${port}`;
    }
    const other = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      await signIn(other, url2);
      const watcher = await other.newPage();
      const watched = await openEditor(watcher, url2, p.eventId);
      const editor = await openEditor(page, s.url, p.eventId);
      await editor.getByRole('button', { name: /^Opening, Room A/ }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      const sent = Date.now();
      await page.keyboard.press('Enter');
      await watched.getByRole('button', { name: /^Opening, Room B/ }).waitFor({ timeout: 1000 });
      console.log(
        `another organizer's move visible after ${Date.now() - sent} ms (${postgres ? 'two instances, PostgreSQL' : 'SQLite'})`,
      );
      await saveScreenshot(watcher, 'editor-live-watcher');
    } finally {
      await other.close();
      await second?.app.close();
    }
  });
});
