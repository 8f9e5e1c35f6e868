import { adminToken, bearer, publish } from './bench-auth';
import { startBenchApp } from './bench-app';
import { load, median, rawServer } from './http-load';
import { settle } from './bench-env';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

const ROUNDS = 3;
const SECONDS = 4;

/**
 * REST reads under load (autocannon, 50 connections) next to a raw node:http server sending the
 * same bytes: public reads of a published FOSDEM-scale program (served from the published
 * version) and organizer reads of the working copy (queries on every request).
 */
export async function benchRest(report: Report): Promise<void> {
  const section = 'rest';
  const bench = await startBenchApp();
  try {
    const token = await adminToken(bench);
    const eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE, 7);
    await publish(bench, token, eventId);
    const base = `${bench.url}/api/events/${eventId}`;
    const page = (await (await fetch(`${base}/sessions?limit=50`)).json()) as { items: { id: string }[] };
    const sessionId = page.items[10].id;
    const targets = [
      { name: 'public session list (page of 50)', url: `${base}/sessions?limit=50`, headers: {} },
      { name: 'public session read', url: `${base}/sessions/${sessionId}`, headers: {} },
      {
        name: 'organizer session list (page of 50, Bearer token)',
        url: `${base}/sessions?limit=50`,
        headers: bearer(token),
      },
      { name: 'organizer session read (Bearer token)', url: `${base}/sessions/${sessionId}`, headers: bearer(token) },
    ];
    let totalErrors = 0;
    for (const target of targets) {
      const sample = await fetch(target.url, { headers: target.headers });
      if (sample.status !== 200) throw new Error(`${target.url} answered ${sample.status}`);
      const body = Buffer.from(await sample.arrayBuffer());
      const raw = await rawServer(body, { 'content-type': 'application/json; charset=utf-8' });
      const rawRps: number[] = [];
      const appRps: number[] = [];
      const rawP99: number[] = [];
      const appP99: number[] = [];
      let errors = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const baseline = await load(raw.url, { seconds: SECONDS });
        const measured = await load(target.url, { seconds: SECONDS, headers: target.headers });
        rawRps.push(baseline.requestsPerSecond);
        rawP99.push(baseline.p99);
        appRps.push(measured.requestsPerSecond);
        appP99.push(measured.p99);
        errors += measured.errors + measured.non2xx;
      }
      raw.server.close();
      const size = `${(body.length / 1024).toFixed(1)} KB`;
      const rawText = Math.round(median(rawRps)).toLocaleString('en');
      const ratio = median(appRps) / median(rawRps);
      // issue 20: public reads at least half of raw node:http, organizer reads a quarter
      const goal = target.name.startsWith('public') ? 0.5 : 0.25;
      report.add(section, `${target.name}, ${size} (raw node:http: ${rawText} req/s)`, median(appRps), 'req/s', {
        ratio,
        target: `≥ ${goal} × raw`,
        pass: ratio >= goal,
      });
      report.add(section, `${target.name}: p99 latency (raw node:http: ${median(rawP99)} ms)`, median(appP99), 'ms');
      totalErrors += errors;
    }
    await settle();
    report.add(section, 'errors and non-2xx answers', totalErrors, 'count', { target: '0', pass: totalErrors === 0 });
  } finally {
    await bench.close();
  }
}
