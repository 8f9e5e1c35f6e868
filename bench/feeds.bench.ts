import { performance } from 'node:perf_hooks';
import { EventEntity } from '../src/events/event.entity';
import { startBenchApp } from './bench-app';
import { load, median, rawServer } from './http-load';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

const ROUNDS = 3;

/** Issue 3: cold whole-event feed build, warm cached feed and 304s against a raw node:http floor. */
export async function benchFeeds(report: Report): Promise<void> {
  const bench = await startBenchApp();
  try {
    const eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE);
    const url = `${bench.url}/api/events/${eventId}/calendar.ics`;

    const coldMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      await bench.dataSource.createQueryBuilder().update(EventEntity).set({ programVersion: () => 'program_version + 1' }).where('id = :eventId', { eventId }).execute();
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      coldMs.push(performance.now() - started);
    }
    const warm = await fetch(url);
    const body = Buffer.from(await warm.arrayBuffer());
    const etag = warm.headers.get('etag')!;
    report.add('feeds', `cold whole-event feed build (${FOSDEM_SCALE.sessions} sessions, ${(body.length / 1024).toFixed(0)} KB)`, median(coldMs), 'ms');

    const raw = await rawServer(body, { 'content-type': 'text/calendar; charset=utf-8', etag });
    const rawRps: number[] = [];
    const appRps: number[] = [];
    const app304: number[] = [];
    const p99: number[] = [];
    let errors = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const baseline = await load(raw.url);
      const cached = await load(url);
      const notModified = await load(url, { headers: { 'if-none-match': etag } });
      rawRps.push(baseline.requestsPerSecond);
      appRps.push(cached.requestsPerSecond);
      app304.push(notModified.requestsPerSecond);
      p99.push(cached.p99);
      errors += cached.errors + cached.non2xx + notModified.errors;
    }
    raw.server.close();
    const rawMedian = median(rawRps);
    report.add('feeds', 'raw node:http, same bytes (50 connections)', rawMedian, 'req/s');
    report.add('feeds', 'warm cached feed (50 connections)', median(appRps), 'req/s', { ratio: median(appRps) / rawMedian, target: '≥ 0.5 × raw' , pass: median(appRps) / rawMedian >= 0.5 });
    report.add('feeds', 'If-None-Match → 304 (50 connections)', median(app304), 'req/s', { ratio: median(app304) / median(appRps), target: '≥ warm feed', pass: median(app304) >= median(appRps) });
    report.add('feeds', 'warm feed p99 latency', median(p99), 'ms');
    report.add('feeds', 'errors and non-2xx/304 answers', errors, 'count', { target: '0', pass: errors === 0 });
  } finally {
    await bench.close();
  }
}
