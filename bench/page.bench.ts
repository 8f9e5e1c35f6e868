/// <reference lib="dom" />
import { request as httpRequest } from 'node:http';
import { adminToken, publish } from './bench-auth';
import { startBenchApp } from './bench-app';
import { median } from './http-load';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

const LOADS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Bytes on the wire for one GET (node:http does not decompress). */
function wireBytes(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${response.statusCode}`)),
      );
    })
      .on('error', reject)
      .end();
  });
}

/**
 * The public agenda page at FOSDEM scale in Chromium: API calls and bytes it transfers, and when
 * its first day's grid is painted, against the eight reads (uncompressed) the page made before.
 */
export async function benchPage(report: Report): Promise<void> {
  const section = 'page';
  const bench = await startBenchApp();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const token = await adminToken(bench);
    const eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE, 7);
    await publish(bench, token, eventId);
    const base = `${bench.url}/api/events/${eventId}`;
    const before = ['', '/rooms', '/tracks', '/slots', '/speakers', '/sessions'].flatMap((path) =>
      path === '/speakers' || path === '/sessions'
        ? [`${base}${path}?limit=500&page=1`, `${base}${path}?limit=500&page=2`]
        : [`${base}${path}`],
    );
    const sum = async (urls: string[], coding: string) =>
      (await Promise.all(urls.map((url) => wireBytes(url, coding)))).reduce((a, b) => a + b, 0);
    const beforePlain = await sum(before, 'identity');
    const beforeCompressed = await sum(before, 'gzip, deflate, br');
    const documentPlain = await sum([`${base}/program`], 'identity');
    const documentCompressed = await sum([`${base}/program`], 'gzip, deflate, br');
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    report.add(section, `before: ${before.length} reads, uncompressed (baseline)`, beforePlain / 1024, 'KB');
    report.add(section, `before: the same ${before.length} reads, compressed (br)`, beforeCompressed / 1024, 'KB', {
      ratio: beforeCompressed / beforePlain,
    });
    report.add(
      section,
      `one program document, compressed (br; ${kb(documentPlain)} plain)`,
      documentCompressed / 1024,
      'KB',
      {
        ratio: documentCompressed / beforePlain,
        target: '≤ 0.25 × before',
        pass: documentCompressed <= beforePlain / 4,
      },
    );

    const paints: number[] = [];
    const loaded: number[] = [];
    const calls: number[] = [];
    const transferred: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        timezoneId: 'Europe/Brussels',
      });
      const page = await context.newPage();
      await page.goto(`${bench.url}/e/bench-${eventId.slice(0, 8)}?view=grid&day=2027-02-06`);
      await page.waitForSelector('body[data-ready=true]');
      await page.waitForFunction(() => performance.getEntriesByName('agenda:first-paint').length > 0);
      const seen = await page.evaluate(() => {
        const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
          new URL(entry.name).pathname.startsWith('/api/events/'),
        );
        const at = (name: string) => performance.getEntriesByName(`agenda:${name}`)[0].startTime;
        // the reads made to load the program: those sent before it was there (not the feeds or the
        // offline bar's version check, which follow once the page is ready)
        const loading = api.filter((entry) => entry.startTime < at('program-loaded'));
        return {
          calls: loading.length,
          bytes: loading.reduce((total, entry) => total + entry.transferSize, 0),
          loaded: at('program-loaded'),
          paint: at('first-paint'),
        };
      });
      paints.push(seen.paint);
      loaded.push(seen.loaded);
      calls.push(seen.calls);
      transferred.push(seen.bytes);
      await context.close();
    }
    report.add(section, 'API reads to load the program (browser)', median(calls), 'count', {
      target: '1',
      pass: median(calls) === 1,
    });
    report.add(section, 'API bytes transferred, headers included (browser)', median(transferred) / 1024, 'KB', {
      ratio: median(transferred) / beforePlain,
      target: '≤ 0.25 × before',
      pass: median(transferred) <= beforePlain / 4,
    });
    report.add(section, `program loaded, ms after navigation (median of ${LOADS})`, median(loaded), 'ms');
    report.add(section, `FOSDEM-scale first day grid painted (median of ${LOADS})`, median(paints), 'ms', {
      target: '≤ 400 ms on a quiet machine',
      pass: median(paints) <= 400,
    });
  } finally {
    await browser.close();
    await bench.close();
  }
}
