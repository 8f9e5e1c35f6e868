/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN } from '../create-test-app';
import { Receiver, startReceiver, waitFor } from '../support/webhook-receiver';
import {
  accessibilityViolations,
  AxeViolation,
  describeInBrowser,
  launchBrowser,
  saveScreenshot,
  servePages,
} from '../support/browser';

const ROOM_CSV =
  'id,title,type,room,start,end\n' +
  ',Imported talk,talk,Hall A,2027-05-10 09:00,2027-05-10 10:00\n' +
  ',Clashing import,talk,Hall A,2027-05-10 09:30,2027-05-10 10:30\n';

describeInBrowser('organizer console: integrations, account and session screens (Chromium)', () => {
  let t: Awaited<ReturnType<typeof servePages>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let eventId: string;
  let receiver: Receiver;
  const violations: (AxeViolation & { screen: string })[] = [];
  const axe = async (screen: string) => {
    for (const violation of await accessibilityViolations(page)) violations.push({ screen, ...violation });
  };

  beforeAll(async () => {
    // One idle minute: the "you will be signed out" warning shows as soon as the organizer signs in.
    receiver = await startReceiver();
    [t, browser] = await Promise.all([
      servePages({ SESSION_IDLE_MINUTES: '1', WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOKS_POLL_MS: '100' }),
      launchBrowser(),
    ]);
    const event = await t
      .http()
      .post('/api/events')
      .send({ name: 'Integrations Day', timezone: 'Asia/Tokyo', startDate: '2027-05-10', endDate: '2027-05-10' })
      .expect(201);
    eventId = event.body.id;
    await t.http().post(`/api/events/${eventId}/rooms`).send({ name: 'Hall A', capacity: 50 }).expect(201);
    context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-GB' }); // a tablet in landscape
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await receiver?.close();
  });

  it('signs in from the keyboard, warns before the idle expiry and stays signed in on request', async () => {
    await page.goto(`${t.url}/organizer`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.getByLabel('E-mail', { exact: true }).focus();
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Integrations Day' }).waitFor();
    const warning = page.getByRole('alertdialog');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/signed out in \d+ s/);
    const extended = page.waitForResponse((response) => response.url().endsWith('/api/auth/me') && response.ok());
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await extended;
  });

  it('checks a CSV with a dry run, shows the conflict report as a list, then imports', async () => {
    await page.goto(`${t.url}/organizer/events/${eventId}/data`);
    const file = page.getByLabel('File (.csv, .xml or .json)');
    await file.setInputFiles({ name: 'sessions.csv', mimeType: 'text/csv', buffer: Buffer.from(ROOM_CSV) });
    await page.getByRole('button', { name: 'Check only (dry run)' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('The file was refused, nothing was saved:');
    expect(await refusal.getByRole('listitem').first().textContent()).toMatch(/row 3: .*"Imported talk"/);

    await file.setInputFiles({
      name: 'sessions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ROOM_CSV.split('\n').slice(0, 2).join('\n') + '\n'),
    });
    await page.getByRole('button', { name: 'Check only (dry run)' }).click();
    await page.getByText('Checked, nothing saved: 1 new, 0 updated, 0 unchanged.').waitFor();
    const sessions = async () => {
      const stored = await t.http().get(`/api/events/${eventId}/sessions`).expect(200);
      return (stored.body.items ?? stored.body).length;
    };
    expect(await sessions()).toBe(0); // a dry run saves nothing
    await axe('import and export');
    await saveScreenshot(page, 'console-import');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported: 1 new, 0 updated, 0 unchanged.').waitFor();
    expect(await sessions()).toBe(1);
    for (const name of [
      'schedule.xml (frab / c3voc)',
      'Sessions as CSV (spreadsheet)',
      'Calendar feed of the whole event (.ics)',
    ])
      expect(await page.getByRole('link', { name }).getAttribute('href')).toContain(`/api/events/${eventId}/`);
  });

  it('adds a webhook (secret shown once), shows its deliveries and sends one again; reads the audit log by pages', async () => {
    await page.goto(`${t.url}/organizer/events/${eventId}/team`);
    await page.getByRole('cell', { name: ADMIN.email }).waitFor();
    await page.getByLabel('Address (https://…)').fill(receiver.url('/console'));
    await page.getByRole('form', { name: 'Add a webhook' }).getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Signing secret, shown only now').waitFor();
    await t.http().post(`/api/events/${eventId}/publish`).send({}).expect(200);
    await waitFor('the first delivery', () => receiver.to('/console').length === 1);
    await page.getByRole('button', { name: 'Deliveries' }).click();
    await page.getByRole('cell', { name: 'schedule.published' }).waitFor();
    await page.getByRole('button', { name: 'Send again' }).first().click();
    await waitFor('the redelivery', () => receiver.to('/console').length === 2);
    await axe('team and webhooks');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.locator('tbody tr').first().waitFor();
    await page.getByText(/^Page 1 of \d+$/).waitFor();
    await axe('audit');
  });

  it('creates an API token shown once with a copy button, and the token works', async () => {
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByLabel('Token name (what it is for)').fill('Badge printer');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.locator('.token').textContent())!.trim();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const me = await fetch(`${t.url}/api/auth/me`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);
    await axe('account');
    await page.reload();
    await page.getByRole('button', { name: 'Revoke Badge printer' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(secret); // shown once only
  });

  it('shows a 400 at its field and keeps what was typed', async () => {
    await page.goto(`${t.url}/organizer/events/${eventId}/sessions`);
    await page.getByLabel('Title', { exact: true }).fill('Talk with a strange language');
    await page.getByLabel('Language', { exact: true }).fill('not a tag!');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const language = page.getByLabel('Language', { exact: true });
    await page.getByText('language must be a language tag such as en or pt-BR').first().waitFor();
    expect(await language.getAttribute('aria-invalid')).toBe('true');
    const described = (await language.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(texts.join(' ')).toContain('language must be a language tag');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Talk with a strange language');
    await axe('sessions with a field error');
  });

  it('deletes an event only after its name is typed', async () => {
    const doomed = await t
      .http()
      .post('/api/events')
      .send({ name: 'Doomed Meetup', timezone: 'Europe/Berlin', startDate: '2027-06-01', endDate: '2027-06-01' })
      .expect(201);
    await page.goto(`${t.url}/organizer/events/${doomed.body.id}`);
    const remove = page.getByRole('button', { name: 'Delete event' });
    expect(await remove.isDisabled()).toBe(true);
    await page.getByLabel('Type the event name to confirm').fill('Doomed Meetup');
    await remove.click();
    await page.getByRole('heading', { name: 'Events', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Integrations Day' }).waitFor();
    expect(await page.getByRole('link', { name: 'Doomed Meetup' }).count()).toBe(0);
    await t.http().get(`/api/events/${doomed.body.id}`).expect(404);
  });

  it('fits a tablet held upright: one column, nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${t.url}/organizer/events/${eventId}/sessions`);
    await page.getByRole('heading', { name: 'Add a session' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await saveScreenshot(page, 'console-tablet', { fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('remembers the language chosen, and every screen passed axe-core', async () => {
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { name: 'My account', exact: true }).waitFor();
    await page.getByLabel('Language').selectOption('ja');
    await page.getByRole('heading', { name: 'アカウント', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'アカウント', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await axe('account in Japanese');
    expect(violations).toEqual([]);
  });
});
