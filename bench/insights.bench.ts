import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { FeedReachRecorder } from '../src/insights/feed-reach/feed-reach.recorder';
import { FastifyReply, FastifyRequest } from 'fastify';
import { BenchApp, startBenchApp } from './bench-app';
import { median } from './http-load';
import { adminToken, insertAgendas, publish, withEnv } from './insights-data';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

const AGENDAS = 20_000;
const REQUESTS = 9;
const LOAD_ROUNDS = 12;
const CONNECTIONS = 50;

/** Issue 11: the insights endpoint on a FOSDEM-scale program with 20,000 agendas; feed throughput with fetch recording on and off. */
export async function benchInsights(report: Report): Promise<void> {
  await benchEndpoint(report);
  await benchRecording(report);
}

async function benchEndpoint(report: Report): Promise<void> {
  const bench = await startBenchApp();
  try {
    const eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE, 11);
    const started = performance.now();
    const stars = await insertAgendas(bench.dataSource, eventId, AGENDAS);
    const inserted = performance.now() - started;
    report.add(
      'insights',
      `insert ${AGENDAS.toLocaleString('en')} agendas (${stars.toLocaleString('en')} stars, triggers fill agenda_stars)`,
      inserted,
      'ms',
    );
    report.add('insights', 'of which per agenda (trigger included)', inserted / AGENDAS, 'ms');
    const token = await adminToken(bench);
    const url = `${bench.url}/api/events/${eventId}/insights`;
    const get = async () => {
      const t0 = performance.now();
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' },
      });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`insights answered ${response.status}: ${body.slice(0, 200)}`);
      return { ms: performance.now() - t0, bytes: body.length };
    };
    await get(); // warm-up: statement caches, JIT
    const runs = [];
    for (let i = 0; i < REQUESTS; i++) runs.push(await get());
    const p = bench.dataSource.options.type === 'postgres' ? '$1' : '?';
    const timed = async (sql: string) => {
      const times = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await bench.dataSource.query(sql, [eventId]);
        times.push(performance.now() - t0);
      }
      return median(times);
    };
    const indexed = await timed(
      `SELECT session_id, COUNT(*) FROM agenda_stars WHERE event_id = ${p} GROUP BY session_id`,
    );
    const expanded = await timed(
      bench.dataSource.options.type === 'postgres'
        ? `SELECT j.value, COUNT(*) FROM agendas a CROSS JOIN LATERAL jsonb_array_elements_text(a.session_ids::jsonb) AS j(value) WHERE a.event_id = ${p} GROUP BY j.value`
        : `SELECT j.value, COUNT(*) FROM agendas a, json_each(a.session_ids) j WHERE a.event_id = ${p} GROUP BY j.value`,
    );
    const endpoint = median(runs.map((run) => run.ms));
    report.add('insights', 'stars per session from agendas.session_ids JSON (the design not taken)', expanded, 'ms');
    report.add('insights', 'stars per session from the agenda_stars index', indexed, 'ms', {
      ratio: indexed / expanded,
    });
    report.add(
      'insights',
      `GET /insights, ${FOSDEM_SCALE.sessions} sessions, ${AGENDAS.toLocaleString('en')} agendas (${Math.round(runs[0].bytes / 1024)} KB)`,
      endpoint,
      'ms',
      {
        target: '≤ 500 ms (well under 1 s)',
        pass: endpoint <= 500,
      },
    );
    report.add('insights', 'GET /insights, slowest of the runs', Math.max(...runs.map((run) => run.ms)), 'ms', {
      target: '< 1 s',
      pass: Math.max(...runs.map((run) => run.ms)) < 1000,
    });
  } finally {
    await bench.close();
  }
}

/**
 * The same feeds served by three apps in one process: one recording fetches, two not (the second
 * is an A/A control that shows how far two identical apps differ on this machine). Short runs in
 * rotating order; each figure is the median of the per-round ratios against the first "off" app.
 */
async function benchRecording(report: Report): Promise<void> {
  const apps = {
    on: await withEnv({ FEED_REACH: 'true' }, startBenchApp),
    off: await withEnv({ FEED_REACH: 'false' }, startBenchApp),
    control: await withEnv({ FEED_REACH: 'false' }, startBenchApp),
  };
  try {
    const targets = Object.fromEntries(
      await Promise.all(
        Object.entries(apps).map(async ([name, bench]) => {
          const eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE, 12);
          await publish(bench, eventId);
          const [track] = await bench.dataSource.query(
            `SELECT track_id FROM sessions WHERE event_id = ${bench.dataSource.options.type === 'postgres' ? '$1' : '?'} LIMIT 1`,
            [eventId],
          );
          const whole = `${bench.url}/api/events/${eventId}/calendar.ics`;
          const etag = (await fetch(whole)).headers.get('etag')!;
          const trackFeed = `${bench.url}/api/events/${eventId}/tracks/${track.track_id}/calendar.ics`;
          await (await fetch(trackFeed)).arrayBuffer();
          return [name, { eventId, whole, etag, trackFeed }] as const;
        }),
      ),
    ) as Record<keyof typeof apps, { eventId: string; whole: string; etag: string; trackFeed: string }>;
    type Target = (typeof targets)['on'];
    const kinds = [
      {
        label: 'whole-event feed, If-None-Match → 304',
        status: 304,
        url: (t: Target) => t.whole,
        headers: (t: Target) => ({ 'if-none-match': t.etag }),
      },
      {
        label: 'track feed 200, gzip',
        status: 200,
        url: (t: Target) => t.trackFeed,
        headers: () => ({ 'accept-encoding': 'gzip' }),
      },
    ];
    const names = ['off', 'on', 'control'] as const;
    let answered = 0;
    let offRps304 = 0;
    for (const kind of kinds) {
      const rps: Record<(typeof names)[number], number[]> = { on: [], off: [], control: [] };
      for (let round = 0; round < LOAD_ROUNDS; round++) {
        for (let k = 0; k < names.length; k++) {
          const name = names[(round + k) % names.length];
          const target = targets[name];
          const result = await autocannon({
            url: kind.url(target),
            headers: kind.headers(target),
            connections: CONNECTIONS,
            duration: 2,
          });
          const unexpected = kind.status === 304 ? result['2xx'] : result.non2xx;
          if (result.errors || result.timeouts || unexpected)
            throw new Error(`${kind.label}: ${result.errors} errors, ${unexpected} unexpected answers`);
          rps[name].push(result.requests.average);
          if (name === 'on') answered += result.requests.total;
        }
      }
      const paired = (name: 'on' | 'control') => median(rps[name].map((value, i) => value / rps.off[i]));
      const [ratio, noise] = [paired('on'), paired('control')];
      if (kind.status === 304) offRps304 = median(rps.off);
      report.add('insights', `${kind.label}, recording off (50 connections)`, median(rps.off), 'req/s');
      report.add('insights', `${kind.label}, recording on`, median(rps.on), 'req/s', {
        ratio,
        target: `within A/A noise (${noise.toFixed(2)}) or ≥ 0.95`,
        pass: 1 - ratio <= Math.max(0.05, Math.abs(1 - noise)),
      });
    }
    const perFetch = recordingCost(apps.on, targets.on.eventId);
    report.add(
      'insights',
      'recording work per fetch (route match, digest, buffer; on the response hook)',
      perFetch,
      'µs',
      {
        ratio: perFetch / (1e6 / offRps304),
        target: '≤ 1 % of the CPU time of a 304',
        pass: perFetch / (1e6 / offRps304) <= 0.01,
      },
    );
    await apps.on.app.get(FeedReachRecorder).flush();
    const [row] = await apps.on.dataSource.query('SELECT SUM(fetches) AS fetches FROM feed_reach_daily');
    // autocannon counts the responses it read in full; as a run stops, up to one per connection is answered but not counted.
    const recorded = Number(row.fetches) - 2 - COST_SAMPLES; // less the two warm-up fetches and the cost samples
    const inFlight = kinds.length * LOAD_ROUNDS * CONNECTIONS;
    report.add('insights', 'fetches recorded / responses counted by the load generator', recorded / answered, 'ratio', {
      target: `none lost (+ ≤ ${inFlight} in flight)`,
      pass: recorded >= answered && recorded <= answered + inFlight,
    });
  } finally {
    for (const bench of Object.values(apps)) await bench.close();
  }
}

const COST_SAMPLES = 200_000;

/** CPU time of the hook's work alone, on the running recorder: 1,000 distinct clients polling one feed. */
function recordingCost(bench: BenchApp, eventId: string): number {
  const recorder = bench.app.get(FeedReachRecorder);
  const reply = { statusCode: 304 } as FastifyReply;
  const requests = Array.from(
    { length: 1000 },
    (_, i) =>
      ({
        method: 'GET',
        ip: `198.51.${i >> 8}.${i & 255}`,
        headers: { 'user-agent': 'Calendar/1.0' },
        routeOptions: { url: '/api/events/:eventId/calendar.ics' },
        params: { eventId },
      }) as unknown as FastifyRequest,
  );
  const started = performance.now();
  for (let i = 0; i < COST_SAMPLES; i++) recorder.record(requests[i % requests.length], reply);
  return ((performance.now() - started) * 1000) / COST_SAMPLES;
}
