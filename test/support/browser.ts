import { existsSync, mkdirSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../create-test-app';
import { describeWhen } from './requirements';

/**
 * Browser tests drive Debian's Chromium through playwright-core (never a downloaded browser).
 * Without /usr/bin/chromium they are skipped with a message saying how to get it (failed under CI=true).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);
export const ARTIFACTS_DIR = join(__dirname, '..', '..', 'test-artifacts');

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe` when Chromium is there (see describeWhen for the rest). */
export function describeInBrowser(name: string, body: () => void): void {
  describeWhen(hasChromium() ? undefined : `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`, name, body);
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...LAUNCH_ARGS, ...extraArgs] });
}

/** A free loopback port, so PUBLIC_BASE_URL (feed links) can name it before the app starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The real app listening on loopback, its feed links pointing at itself. */
export async function servePages(env: NodeJS.ProcessEnv = {}): Promise<TestApp & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestApp({ PUBLIC_BASE_URL: url, ...env });
  await t.app.listen(port, '127.0.0.1');
  return { ...t, url };
}

/** Saves a screenshot under test-artifacts/ (not committed) and returns its path. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** WCAG 2.x A and AA problems axe-core finds on the page as it is now (contrast, labels, roles, names). */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const { source } = await import('axe-core');
  await page.evaluate(source); // evaluate is not subject to the page's CSP
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: any[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node: { target: string[] }) => node.target.join(' ')),
    }));
  });
}
