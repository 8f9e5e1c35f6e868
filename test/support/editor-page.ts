import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ADMIN } from '../create-test-app';

/** Signs the context in as the test administrator (the cookie the console uses). */
export async function signIn(context: BrowserContext, url: string): Promise<void> {
  const res = await context.request.post(`${url}/api/auth/login`, {
    data: { email: ADMIN.email, password: ADMIN.password },
    headers: { Origin: url },
  });
  if (!res.ok()) throw new Error(`login -> ${res.status()} ${await res.text()}`);
}

export async function openEditor(page: Page, url: string, eventId: string): Promise<Locator> {
  await page.goto(`${url}/organizer/events/${eventId}/schedule`);
  const editor = page.getByRole('region', { name: 'Schedule editor' });
  await editor.getByRole('region', { name: /^Rooms and times/ }).waitFor();
  return editor;
}

/** The screen point of a room's column at a local time ("10:00") of the day shown. */
export async function gridPoint(page: Page, room: string, time: string): Promise<{ x: number; y: number }> {
  const grid = page.getByRole('region', { name: /^Rooms and times/ });
  const header = await grid.getByText(room, { exact: true }).boundingBox();
  const [h, m] = time.split(':').map(Number);
  const hour = (await grid.getByText(`${String(h).padStart(2, '0')}:00`, { exact: true }).boundingBox())!;
  const next = (await grid.getByText(`${String(h + 1).padStart(2, '0')}:00`, { exact: true }).boundingBox())!;
  return { x: header!.x + header!.width / 2, y: hour.y + ((next.y - hour.y) * m) / 60 + 2 };
}

/** Presses on `from`, moves in steps through `via` points to `to`, checks `during` before releasing. */
export async function dragTo(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number } | (() => Promise<{ x: number; y: number }>),
  options: { via?: Locator; during?: () => Promise<void> } = {},
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
  if (options.via) {
    const box = (await options.via.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  }
  const target = typeof to === 'function' ? await to() : to;
  await page.mouse.move(target.x, target.y, { steps: 8 });
  if (options.during) await options.during();
  await page.mouse.up();
}

export async function topOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + 3 };
}

export async function bottomEdgeOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height - 2 };
}
