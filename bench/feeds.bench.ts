import { performance } from 'node:perf_hooks';
import { SessionEntity } from '../src/sessions/session.entity';
import { adminToken, publish } from './bench-auth';
import { startBenchApp } from './bench-app';
import { load, median, rawServer } from './http-load';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

const ROUNDS = 3;

/** Issue 3: cold whole-event feed build, warm cached feed and 304s against a raw node:http floor. */
export async function benchFeeds(report: Report): Promise<void> {
  const bench = await startBenchApp();
  try {
    const timedFetch = async (target: string) => {
      const started = performance.now();
      await (await fetch(target)).arrayBuffer();
      return performance.now() - started;
    };
    const token = await adminToken(bench);
    const firstBuild: number[] = [];
    let eventId = '';
    for (const seed of [1, 2, 3]) {
      eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE, seed);
      await publish(bench, token, eventId); // feeds serve the latest published version
      firstBuild.push(await timedFetch(`${bench.url}/api/events/${eventId}/calendar.ics`));
    }
    const url = `${bench.url}/api/events/${eventId}/calendar.ics`;
    const rebuild: number[] = [];
    const [session] = await bench.dataSource.manager.find(SessionEntity, { where: { eventId }, take: 1 });
    for (let i = 0; i < 5; i++) {
      await bench.dataSource.manager.update(
        SessionEntity,
        { id: session.id },
        { title: `Renamed ${i}`, updatedAt: new Date() },
      );
      await publish(bench, token, eventId);
      rebuild.push(await timedFetch(url));
    }
    const warm = await fetch(url);
    const body = Buffer.from(await warm.arrayBuffer());
    const etag = warm.headers.get('etag')!;
    const size = `${FOSDEM_SCALE.sessions} sessions, ${(body.length / 1024).toFixed(0)} KB`;
    report.add('feeds', `whole-event feed, first build (${size})`, median(firstBuild), 'ms');
    report.add('feeds', 'whole-event feed, rebuild after one session changed', median(rebuild), 'ms', {
      ratio: median(rebuild) / median(firstBuild),
      target: 'changed sessions only',
    });

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
    report.add('feeds', 'warm cached feed (50 connections)', median(appRps), 'req/s', {
      ratio: median(appRps) / rawMedian,
      target: '≥ 0.5 × raw',
      pass: median(appRps) / rawMedian >= 0.5,
    });
    report.add('feeds', 'If-None-Match → 304 (50 connections)', median(app304), 'req/s', {
      ratio: median(app304) / median(appRps),
      target: '≥ warm feed',
      pass: median(app304) >= median(appRps),
    });
    report.add('feeds', 'warm feed p99 latency', median(p99), 'ms');
    report.add('feeds', 'errors and non-2xx/304 answers', errors, 'count', { target: '0', pass: errors === 0 });
  } finally {
    await bench.close();
  }
}
