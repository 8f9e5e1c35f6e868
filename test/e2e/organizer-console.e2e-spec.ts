/// <reference lib="dom" />
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';
import { hashSecret } from '../../src/auth/secrets';
import { SetupCodeEntity } from '../../src/users/setup-code.entity';
import { normalizeSetupCode } from '../../src/users/setup-codes.service';
import { createApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import {
  accessibilityViolations,
  AxeViolation,
  describeInBrowser,
  freePort,
  launchBrowser,
  saveScreenshot,
} from '../support/browser';
import { Actions, CATALOGS, Lang, PROGRAM } from '../support/console-journey';

const PASSWORD = 'a newcomer password 2027';

/** A planner nobody has signed up to yet (createTestApp makes an administrator; the journey must be the first account). */
async function freshInstance(
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; app: NestFastifyApplication; close: () => Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'console-journey-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'agenda.sqlite'),
    DATABASE_URL: process.env.DATABASE_URL,
    SEED_DEMO: 'false',
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: url,
    ...env,
  });
  const app = await createApp(config, { logger: ['error'] });
  if (config.database.kind === 'postgres') {
    const db = app.get(DataSource);
    await db.query('DELETE FROM events');
    await db.query('DELETE FROM users');
    await db.query('DELETE FROM instance_claims');
    await db.query('DELETE FROM setup_codes');
  }
  await app.listen(port, '127.0.0.1');
  return {
    url,
    app,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeInBrowser('organizer console: a newcomer builds and publishes a program in the browser alone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks for the setup code only when the server wants it, and the first account is then created', async () => {
    const server = await freshInstance({ SETUP_CODE_REQUIRED: 'true' });
    // The code the server log would show; stored hashed as the server stores its own.
    const code = 'ABCDE-FGHJK-MNPQR';
    await server.app
      .get(DataSource)
      .getRepository(SetupCodeEntity)
      .insert({ codeHash: hashSecret(normalizeSetupCode(code)), createdAt: new Date() });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/organizer/signup`);
      await page.getByLabel('Your name', { exact: true }).fill('First Admin');
      await page.getByLabel('E-mail', { exact: true }).fill('first@example.org');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      expect(await page.getByLabel('Setup code').count()).toBe(0);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('alert').getByText('the first account needs the one-time setup code').waitFor();
      await page.getByLabel('Setup code').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Events', exact: true }).waitFor();
      await page.getByRole('link', { name: 'My account' }).click();
      await page.getByText('first@example.org · administrator').waitFor();
    } finally {
      await context.close();
      await server.close();
    }
  });

  it.each<[Lang]>([['en'], ['ja']])(
    'first hour in %s',
    async (lang) => {
      const server = await freshInstance();
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: lang === 'ja' ? 'ja-JP' : 'en-GB',
      });
      context.setDefaultTimeout(10_000);
      try {
        const started = Date.now();
        const { actions, violations } = await firstHour(context, server.url, lang);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        console.log(`console journey (${lang}): ${actions} page actions, ${seconds} s`);
        expect(violations).toEqual([]);
      } finally {
        await context.close();
        await server.close();
      }
    },
    180_000,
  ); // one journey takes 40-120 s here (SQLite or PostgreSQL, a shared 2-core machine at load 14)
});

async function firstHour(context: BrowserContext, url: string, lang: Lang) {
  const m = CATALOGS[lang];
  const data = PROGRAM[lang];
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => void dialog.accept());
  const act = new Actions(page);
  try {
    return await journey();
  } catch (error) {
    await saveScreenshot(page, `console-failure-${lang}`, { fullPage: true });
    throw error;
  }

  async function journey() {
    const violations: (AxeViolation & { screen: string })[] = [];
    const axe = async (screen: string) => {
      if (lang !== 'en') return; // the screens are the same in both languages; one pass keeps the run short
      for (const violation of await accessibilityViolations(page)) violations.push({ screen, ...violation });
    };
    const label = (text: string) => page.getByLabel(text, { exact: true });
    const button = (name: string) => page.getByRole('button', { name, exact: true });
    const link = (name: string) => page.getByRole('link', { name, exact: true });

    // Sign up: the first account becomes the administrator.
    await act.goto(`${url}/organizer`);
    await page.getByRole('heading', { name: m['auth.signInTitle'] }).waitFor();
    await axe('sign in');
    await act.click(link(m['auth.signUp']));
    await act.fill(label(m['auth.name']), 'Mariko Organizer');
    await act.fill(label(m['auth.email']), 'mariko@example.org');
    await act.fill(label(m['auth.password']), PASSWORD);
    await axe('sign up');
    await act.click(button(m['auth.createAccount']));
    await page.getByRole('heading', { name: m['events.title'] }).waitFor();
    await axe('events');

    // A two-day event in Asia/Tokyo.
    await act.click(link(m['events.create']));
    await act.fill(label(m['event.name']), data.event);
    await act.fill(label(m['zone.search']), 'tokyo');
    expect(await label(m['zone.zone']).inputValue()).toBe('Asia/Tokyo');
    await act.fill(label(m['event.startDate']), '2027-05-10');
    await act.fill(label(m['event.endDate']), '2027-05-11');
    await act.fill(label(m['event.venue']), data.venue);
    await axe('new event');
    await act.click(button(m['events.createSubmit']));
    await page.getByRole('heading', { name: data.event, level: 1 }).waitFor();
    await page.getByText(m['event.zoneNamed'].replace('{zone}', 'Asia/Tokyo')).waitFor();
    const eventPath = new URL(page.url()).pathname;
    await axe('settings');

    // Tracks and rooms.
    await act.click(link(m['section.tracks']));
    for (const track of data.tracks) {
      await act.fill(label(m['tracks.name']), track);
      await act.click(button(m['common.add']));
      await page.getByRole('cell', { name: track, exact: true }).waitFor();
    }
    await axe('tracks');
    await act.click(link(m['section.rooms']));
    for (const [room, seats] of data.rooms) {
      await act.fill(label(m['rooms.name']), room);
      await act.fill(label(m['rooms.capacity']), seats);
      await act.click(button(m['common.add']));
      await page.getByRole('cell', { name: room, exact: true }).waitFor();
    }
    await axe('rooms');

    // A day of slots from a template, copied to day two.
    await act.click(link(m['section.slots']));
    await act.click(button(m['slots.createDay']));
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 8);
    await act.click(button(m['slots.copy']));
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 16);
    await axe('slots');

    // Ten speakers; half with availability chosen on the grid (one hour toggled from the keyboard).
    await act.click(link(m['section.speakers']));
    for (const [index, [name, affiliation]] of data.speakers.entries()) {
      await act.fill(label(m['speakers.name']), name);
      await act.fill(label(m['speakers.affiliation']), affiliation);
      await act.fill(label(m['speakers.email']), `speaker${index}@example.org`);
      if (index % 2 === 1) {
        await act.check(label(m['speakers.anyTime']), false);
        await act.click(
          page.getByRole('button', { name: m['speakers.wholeDay'].split('{day}')[1], exact: false }).first(),
        );
        const cell = page.getByRole('button', { name: new RegExp(`${lang === 'en' ? 'May 11' : '5月11日'}.* 14:00$`) });
        await cell.focus();
        await act.press(cell, 'Space');
        expect(await cell.getAttribute('aria-pressed')).toBe('true');
      }
      if (index === 3) {
        // The login session ends while the organizer types: sign in again, and the form is still filled.
        await context.clearCookies();
        await act.click(button(m['common.add']));
        await page.getByText(m['auth.expired']).waitFor();
        await axe('session expired');
        await act.fill(label(m['auth.email']), 'mariko@example.org');
        await act.fill(label(m['auth.password']), PASSWORD);
        await act.click(button(m['auth.signIn']));
        await page.getByRole('heading', { name: m['speakers.add'] }).waitFor();
        expect(await label(m['speakers.name']).inputValue()).toBe(name);
        expect(await label(m['speakers.affiliation']).inputValue()).toBe(affiliation);
      }
      await act.click(button(m['common.add']));
      await page.getByRole('cell', { name, exact: true }).waitFor();
    }
    await axe('speakers');

    // Twelve sessions, picked by name everywhere.
    await act.click(link(m['section.sessions']));
    const sessionForm = page.locator('form', {
      has: page.getByRole('heading', { name: new RegExp(`^(${m['sessions.add']}|${m['sessions.edit']})$`) }),
    });
    const person = (n: number) => label(m['sessions.person'].replace('{n}', String(n)));
    const roleOf = (n: number) => label(m['sessions.roleOf'].replace('{n}', String(n)));
    const speaker = (index: number) => ({ label: data.speakers[index][0] });
    const t = data.titles;
    async function typeSession(s: {
      title: string;
      type?: string;
      track?: number;
      room: number;
      day?: string;
      start: string;
      minutes: number;
      people: [number, string?][];
    }) {
      await act.fill(label(m['sessions.titleField']), s.title);
      if (s.type) await act.select(label(m['sessions.type']), s.type);
      if (s.track !== undefined) await act.select(label(m['sessions.track']), { label: data.tracks[s.track] });
      await act.select(label(m['sessions.room']), { label: data.rooms[s.room][0] });
      if (s.day) await act.select(label(m['sessions.day']), s.day);
      await act.fill(label(m['sessions.start']), s.start);
      await act.fill(label(m['sessions.minutes']), String(s.minutes));
      for (const [at, [who, role]] of s.people.entries()) {
        await act.click(button(m['sessions.addPerson']));
        await act.select(person(at + 1), speaker(who));
        if (role) await act.select(roleOf(at + 1), role);
      }
    }
    async function save(title: string) {
      await act.click(sessionForm.getByRole('button', { name: m['common.add'], exact: true }));
      await page.getByRole('cell', { name: new RegExp(`^${escapeRegExp(title)}`) }).waitFor();
    }
    const DAY2 = '2027-05-11';
    await typeSession({ title: t.keynote, type: 'keynote', room: 0, start: '09:00', minutes: 60, people: [[0]] });
    await save(t.keynote);
    await typeSession({ title: t.a1, track: 0, room: 1, start: '10:30', minutes: 45, people: [[1]] });
    await save(t.a1);
    await typeSession({ title: t.b1, track: 1, room: 2, start: '10:30', minutes: 45, people: [[2]] });
    await save(t.b1);
    await typeSession({ title: t.c1, type: 'workshop', room: 3, start: '10:30', minutes: 90, people: [[3]] });
    await save(t.c1);

    // A paper session with a chair, then its four presentations with authors.
    await typeSession({
      title: t.papers,
      type: 'paper-session',
      track: 0,
      room: 1,
      start: '13:00',
      minutes: 90,
      people: [[4, 'chair']],
    });
    await save(t.papers);
    const presentations = page.getByRole('region', { name: m['presentations.title'].replace('{session}', t.papers) });
    await presentations.waitFor();
    for (const [index, title] of t.paper.entries()) {
      await act.fill(presentations.getByLabel(m['presentations.paperTitle'], { exact: true }), title);
      await act.check(presentations.getByLabel(data.speakers[5 + index][0], { exact: true }), true);
      await act.click(presentations.getByRole('button', { name: m['presentations.addSubmit'], exact: true }));
      await presentations.getByRole('listitem').filter({ hasText: title }).waitFor();
    }
    expect(await presentations.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining(`13:00–13:20 ${t.paper[0]} — ${data.speakers[5][0]}`),
      expect.stringContaining(`13:20–13:40 ${t.paper[1]}`),
      expect.stringContaining(`13:40–14:00 ${t.paper[2]}`),
      expect.stringContaining(`14:00–14:20 ${t.paper[3]}`),
    ]);
    await act.click(sessionForm.getByRole('button', { name: m['common.cancel'], exact: true }));

    await typeSession({
      title: t.panel,
      type: 'panel',
      track: 1,
      room: 2,
      start: '13:00',
      minutes: 60,
      // not the paper session's authors: they are busy while presenting at 13:00-14:20
      people: [[1, 'moderator'], [2], [3]],
    });
    await save(t.panel);

    // A room double-booking: refused in words, nothing typed lost, fixed by changing one field.
    await typeSession({ title: t.a2, track: 0, room: 1, start: '10:30', minutes: 30, people: [[8]] });
    await act.click(sessionForm.getByRole('button', { name: m['common.add'], exact: true }));
    const alert = sessionForm.getByRole('alert');
    await alert.waitFor();
    const roomClash = await alert.textContent();
    expect(roomClash).toContain(m['problem.clash']);
    expect(roomClash).toContain(data.rooms[1][0]);
    expect(roomClash).toContain(t.a1);
    expect(roomClash).toMatch(/10:30–11:00/);
    await axe('sessions with a clash');
    await saveScreenshot(page, `console-clash-${lang}`);
    expect(await label(m['sessions.titleField']).inputValue()).toBe(t.a2);
    expect(await person(1).locator('option:checked').textContent()).toContain(data.speakers[8][0]);
    await act.fill(label(m['sessions.start']), '15:00');
    await save(t.a2);

    await typeSession({ title: t.closing, room: 0, start: '16:30', minutes: 60, people: [[9]] });
    await save(t.closing);
    await typeSession({
      title: t.keynote2,
      type: 'keynote',
      room: 0,
      day: DAY2,
      start: '09:00',
      minutes: 60,
      people: [[1]],
    });
    await save(t.keynote2);
    // Accepted with a soft warning: the speaker is not available then (the grid said day one and 14:00 on day two).
    const warnings = sessionForm.getByRole('status');
    await warnings.waitFor();
    expect(await warnings.textContent()).toContain(m['problem.warnings']);
    expect(await warnings.textContent()).toContain(data.speakers[1][0]);

    // A speaker double-booking: the same person at the same time in another room.
    await typeSession({ title: t.a3, track: 0, room: 1, day: DAY2, start: '09:30', minutes: 30, people: [[1]] });
    await act.click(sessionForm.getByRole('button', { name: m['common.add'], exact: true }));
    await alert.waitFor();
    const speakerClash = await alert.textContent();
    expect(speakerClash).toContain(data.speakers[1][0]);
    expect(speakerClash).toContain(t.keynote2);
    expect(await label(m['sessions.titleField']).inputValue()).toBe(t.a3);
    await act.fill(label(m['sessions.start']), '10:30');
    await save(t.a3);

    await typeSession({ title: t.b3, track: 1, room: 2, day: DAY2, start: '10:30', minutes: 30, people: [[2]] });
    await save(t.b3);
    await typeSession({
      title: t.lightning,
      type: 'lightning',
      room: 3,
      day: DAY2,
      start: '13:00',
      minutes: 45,
      people: [[0]],
    });
    await save(t.lightning);
    await act.click(sessionForm.getByRole('button', { name: m['common.cancel'], exact: true }));
    expect(await page.locator('tbody tr').count()).toBe(12);
    await axe('sessions');
    await saveScreenshot(page, `console-sessions-${lang}`, { fullPage: true });

    // Someone else edits the same session in another tab: the 412 is explained, their version can be loaded.
    const editB1 = page.getByRole('button', { name: `${m['common.edit']}: ${t.b1}`, exact: true });
    await act.click(editB1);
    await act.fill(label(m['sessions.abstract']), 'Mine: fairness metrics for room assignment.');
    const other = await context.newPage();
    await other.goto(`${url}${eventPath}/sessions`);
    await other.getByRole('button', { name: `${m['common.edit']}: ${t.b1}`, exact: true }).click();
    await other.getByLabel(m['sessions.titleField'], { exact: true }).fill(data.renamed);
    await other.getByRole('button', { name: m['common.save'], exact: true }).click();
    await other.getByRole('cell', { name: new RegExp(`^${escapeRegExp(data.renamed)}`) }).waitFor();
    await other.close();
    await act.click(sessionForm.getByRole('button', { name: m['common.save'], exact: true }));
    await sessionForm.getByText(m['problem.stale']).waitFor();
    expect(await label(m['sessions.abstract']).inputValue()).toBe('Mine: fairness metrics for room assignment.');
    await act.click(button(m['problem.reload']));
    await page.waitForFunction(
      ([field, title]) => document.querySelector<HTMLInputElement>(`input[name="${field}"]`)?.value === title,
      ['title', data.renamed],
    );
    await act.fill(label(m['sessions.abstract']), 'Mine: fairness metrics for room assignment.');
    await act.click(sessionForm.getByRole('button', { name: m['common.save'], exact: true }));
    await page.getByRole('heading', { name: m['sessions.add'], exact: true }).waitFor();

    // Preview (never public), then publish version 1.
    await act.click(link(m['section.preview']));
    await page.getByText(m['preview.banner']).waitFor();
    await page.getByText(t.paper[3]).waitFor();
    await axe('preview');
    const anonymous = await fetch(`${url}/api/events/${eventPath.split('/').pop()}/sessions`);
    expect(anonymous.status).toBe(404); // the draft stays private: strangers are told there is no such event
    await act.click(link(m['section.publish']));
    const upcoming = page.getByRole('list', { name: m['publish.changesLabel'] });
    await upcoming.waitFor();
    expect(await upcoming.getByRole('listitem').count()).toBe(12);
    await act.fill(label(m['publish.name']), data.version1);
    await axe('publish');
    await act.click(button(m['publish.submit']));
    await page.getByText(m['publish.done'].replace('{n}', '1')).waitFor();

    // Edit: move the closing to another room and time, then publish version 2 and read its changelog.
    await act.click(link(m['section.sessions']));
    await act.click(page.getByRole('button', { name: `${m['common.edit']}: ${t.closing}`, exact: true }));
    await act.select(label(m['sessions.room']), { label: data.rooms[2][0] });
    await act.fill(label(m['sessions.start']), '15:00');
    await act.fill(label(m['sessions.end']), '16:00');
    await act.click(sessionForm.getByRole('button', { name: m['common.save'], exact: true }));
    await page.getByRole('heading', { name: m['sessions.add'], exact: true }).waitFor();
    await act.click(link(m['section.publish']));
    await page.getByRole('heading', { name: m['publish.nextVersion'].replace('{n}', '2') }).waitFor();
    await act.click(button(m['publish.submit']));
    await page.getByText(m['publish.done'].replace('{n}', '2')).waitFor();
    const version2 = page.getByRole('region', {
      name: new RegExp(`^${escapeRegExp(m['events.versionN'].replace('{n}', '2'))} `),
    });
    const moved = version2.getByRole('listitem');
    await moved.first().waitFor();
    const log = await moved.allTextContents();
    expect(log).toHaveLength(1);
    expect(log[0]).toContain(t.closing);
    expect(log[0]).toMatch(
      new RegExp(`16:30 ${escapeRegExp(data.rooms[0][0])}.*15:00 ${escapeRegExp(data.rooms[2][0])}`),
    );
    console.log(`version 2 changelog (${lang}): ${log[0]}`);
    await saveScreenshot(page, `console-publish-${lang}`, { fullPage: true });

    await act.click(link(m['nav.account']));
    await page.getByRole('heading', { name: m['account.sessions'] }).waitFor();
    await axe('account');
    expect(errors).toEqual([]);
    return { actions: act.count, violations };
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
