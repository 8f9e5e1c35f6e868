import type { BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../create-test-app';
import { DemoSeeder } from '../../src/seed/demo-seeder.service';

export const DEMO_SLUG = 'open-planning-summit-2027';
export const JAPANESE_TITLE = '日程最適化の実践：学会の時間割をつくる';

export interface DemoProgram {
  eventId: string;
  roomIds: Record<string, string>;
  sessionIds: Record<string, string>;
}

/** The demo program plus a Japanese session on day 2 (Poster Foyer, 13:00), published again. */
export async function seedDemoProgram(t: TestApp): Promise<DemoProgram> {
  const event = await t.app.get(DemoSeeder).seed();
  const base = `/api/events/${event.id}`;
  const rooms = (await t.http().get(`${base}/rooms`)).body as { id: string; name: string }[];
  const speakers = (await t.http().get(`${base}/speakers`)).body.items as { id: string; name: string }[];
  const created = await t
    .http()
    .post(`${base}/sessions`)
    .send({
      title: JAPANESE_TITLE,
      type: 'talk',
      language: 'ja',
      abstract: '学会プログラムの制約と参加者の希望をどう両立させるか。',
      roomId: rooms.find((room) => room.name === 'Poster Foyer')!.id,
      startsAt: '2027-03-11T13:00:00+01:00',
      endsAt: '2027-03-11T14:00:00+01:00',
      speakers: [{ speakerId: speakers.find((speaker) => speaker.name === '山田 花子')!.id, role: 'speaker' }],
    });
  if (created.status !== 201) throw new Error(`Japanese session: ${created.status} ${JSON.stringify(created.body)}`);
  const published = await t.http().post(`${base}/publish`).send({});
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  const sessions = (await t.http().get(`${base}/sessions?limit=500`)).body.items as { id: string; title: string }[];
  return {
    eventId: event.id,
    roomIds: Object.fromEntries(rooms.map((room) => [room.name, room.id])),
    sessionIds: Object.fromEntries(sessions.map((session) => [session.title, session.id])),
  };
}

/** Opens a page and waits until the program is on screen. */
export async function openAgenda(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]');
  return page;
}

export const pageErrors = (page: Page): string[] => (page as Page & { errors?: string[] }).errors ?? [];

/** Session titles in the current view, in document order. */
export function titlesShown(page: Page): Promise<string[]> {
  return page.$$eval('#program-panel .session-title', (elements) =>
    elements.map((element) => element.textContent ?? ''),
  );
}

export function card(page: Page, title: string) {
  return page.locator('#program-panel article.session', { has: page.getByRole('link', { name: title, exact: true }) });
}

/** Waits until the stars are saved on the server. */
export async function starsSaved(page: Page): Promise<void> {
  await page.waitForSelector('[data-sync=saved]');
}

export interface RenderTimings {
  /** the published program fetched from the API and parsed */
  programLoaded: number;
  /** the view built in the DOM */
  firstRender: number;
  /** the frame after the one that painted it: when an attendee can use it */
  firstPaint: number;
}

/** Milliseconds from navigation start to each step, from the page's own performance marks. */
export async function renderTimings(page: Page): Promise<RenderTimings> {
  await page.waitForFunction(() => performance.getEntriesByName('agenda:first-paint').length > 0);
  return page.evaluate(() => {
    const at = (name: string) => Math.round(performance.getEntriesByName(`agenda:${name}`)[0].startTime);
    return { programLoaded: at('program-loaded'), firstRender: at('first-render'), firstPaint: at('first-paint') };
  });
}
