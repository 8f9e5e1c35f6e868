import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';
import { killServer, ServerProcess, startServer } from '../test/support/server-process';
import { adminToken } from './bench-auth';
import { Report } from './report';
import { ClassFigures, recordAnswers, runMix, SoakClass, SoakResult, startReplay, stopReplay } from './soak-load';
import { FOSDEM_SCALE, insertSyntheticProgram, seededRandom } from './synthetic-program';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 100);
const RUNS = Number(process.env.SOAK_RUNS ?? 3);
/** A folder to write a CPU profile of each server during each run into (`.cpuprofile`, open in Chrome's DevTools). */
const PROFILE_DIR = process.env.SOAK_PROFILE_DIR;
const P99_TARGET_MS = 250;

interface Target {
  database: 'SQLite' | 'PostgreSQL';
  instances: number;
  env: Record<string, string>;
}

/** Asks the server's probe (memory-probe.js) something and waits for the answer of that type. */
function probe<T>(server: ServerProcess, message: unknown, type: string): Promise<T> {
  return new Promise((ok) => {
    const listen = (answer: { type: string } & T) => {
      if (answer.type !== type) return;
      server.child.off('message', listen);
      ok(answer);
    };
    server.child.on('message', listen);
    server.child.send(message as string);
  });
}

/** A published FOSDEM-size program and an organizer's API token, written through the app's own services. */
export async function seed(env: Record<string, string>): Promise<{ eventId: string; token: string }> {
  const { DATABASE_URL: _other, ...inherited } = process.env;
  const app = await createApp(loadConfig({ ...inherited, ...env, SEED_DEMO: 'false' }), { logger: ['error'] });
  try {
    const dataSource = app.get(DataSource);
    if (dataSource.options.type === 'postgres') await dataSource.query('DELETE FROM events');
    const eventId = await insertSyntheticProgram(dataSource, FOSDEM_SCALE, 10);
    const token = await adminToken({ app, dataSource, url: '', close: () => Promise.resolve() });
    return { eventId, token };
  } finally {
    await app.close();
  }
}

async function json<T>(url: string, token?: string): Promise<T> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`GET ${url} -> ${response.status}`);
  return (await response.json()) as T;
}

/** The soak's mix: 9 in 10 requests are public reads and feeds, 1 in 10 an organizer's rename. */
export async function mix(api: string, eventId: string, token: string): Promise<SoakClass[]> {
  const publish = await fetch(`${api}/events/${eventId}/publish`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!publish.ok) throw new Error(`publish -> ${publish.status} ${await publish.text()}`);
  const base = `/api/events/${eventId}`;
  const ids = async (path: string) =>
    (await json<{ id: string }[]>(`${api}/events/${eventId}/${path}`)).map((r) => r.id);
  const rooms = await ids('rooms');
  const tracks = await ids('tracks');
  const sessions = (
    await json<{ items: { id: string }[] }>(`${api}/events/${eventId}/sessions?limit=500`, token)
  ).items.map((s) => s.id);
  const etag = (await fetch(`${api}/events/${eventId}/calendar.ics`)).headers.get('etag') ?? '';
  const random = seededRandom(99);
  const pick = (values: string[]) => values[Math.floor(random() * values.length)];
  let renames = 0;
  const id = '[0-9a-f-]{36}';
  const get = (name: string, pattern: string, path: () => string, headers?: Record<string, string>): SoakClass => ({
    name,
    method: 'GET',
    headers,
    next: () => ({ path: path() }),
    pattern: new RegExp(`^GET ${pattern}$`),
  });
  return [
    get('events list', '/api/events', () => '/api/events'),
    get('event', `/api/events/${id}`, () => base),
    get(
      'session page of 50',
      `/api/events/${id}/sessions\\?.*`,
      () => `${base}/sessions?limit=50&page=${1 + Math.floor(random() * 19)}`,
    ),
    get('session', `/api/events/${id}/sessions/${id}`, () => `${base}/sessions/${pick(sessions)}`),
    get('room feed', `/api/events/${id}/rooms/${id}/calendar.ics`, () => `${base}/rooms/${pick(rooms)}/calendar.ics`),
    get(
      'track feed',
      `/api/events/${id}/tracks/${id}/calendar.ics`,
      () => `${base}/tracks/${pick(tracks)}/calendar.ics`,
    ),
    get('event feed, If-None-Match (304)', `/api/events/${id}/calendar.ics`, () => `${base}/calendar.ics`, {
      'if-none-match': etag,
    }),
    get(
      'session feed',
      `/api/events/${id}/sessions/${id}/calendar.ics`,
      () => `${base}/sessions/${pick(sessions)}/calendar.ics`,
    ),
    get('rooms', `/api/events/${id}/rooms`, () => `${base}/rooms`),
    {
      name: 'organizer rename (PATCH)',
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      next: () => ({
        path: `${base}/sessions/${pick(sessions)}`,
        body: JSON.stringify({ title: `Renamed in the soak ${++renames}` }),
      }),
      pattern: new RegExp(`^PATCH /api/events/${id}/sessions/${id}$`),
    },
  ];
}

function describe(result: SoakResult): string {
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  return `${result.requests} requests, ${Math.round(result.perSecond)} req/s (${statuses}), errors ${result.errors}, p50 ${result.all.p50} ms, p99 ${result.all.p99} ms`;
}

/** Per class, every run's latencies together, from the figures each run kept. */
function merge(runs: SoakResult[]): ClassFigures[] {
  return runs[0].classes.map((first, index) => {
    const per = runs.map((run) => run.classes[index]);
    return {
      name: first.name,
      requests: per.reduce((sum, figures) => sum + figures.requests, 0),
      p50: Math.max(...per.map((figures) => figures.p50)),
      p99: Math.max(...per.map((figures) => figures.p99)),
      max: Math.max(...per.map((figures) => figures.max)),
    };
  });
}

async function soakOn(report: Report, target: Target): Promise<void> {
  const section = `soak (${target.database}${target.instances > 1 ? `, ${target.instances} instances` : ''})`;
  console.log(`\n  ${section}`);
  const { eventId, token } = await seed(target.env);
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < target.instances; i++) {
      servers.push(
        await startServer(target.env.DATABASE_PATH ?? '', {
          nodeArgs: ['--expose-gc', '-r', resolve(__dirname, 'memory-probe.js')],
          ipc: true,
          env: target.env,
        }),
      );
    }
    const classes = await mix(servers[0].url, eventId, token);
    const origins = servers.map((server) => server.origin);

    // Baseline: the same load on bare node:http processes (one per instance) sending the app's bytes.
    const answers = await recordAnswers(origins[0], classes);
    const replays = await Promise.all(servers.map(() => startReplay(classes, answers)));
    const baseline = await runMix(
      replays.map((replay) => replay.origin),
      classes,
      { connections: CONNECTIONS, seconds: SECONDS },
    );
    await Promise.all(replays.map(stopReplay));
    console.log(`  baseline (bare node:http, same bytes): ${describe(baseline)}`);

    const runs: SoakResult[] = [];
    const heaps: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      await Promise.all(servers.map((server) => probe(server, 'loop-start', 'loop-start')));
      if (PROFILE_DIR) await Promise.all(servers.map((server) => probe(server, 'profile-start', 'profile-start')));
      const result = await runMix(origins, classes, { connections: CONNECTIONS, seconds: SECONDS });
      const loops = await Promise.all(
        servers.map((server) => probe<{ p50: number; p99: number; max: number }>(server, 'loop', 'loop')),
      );
      if (PROFILE_DIR)
        await Promise.all(
          servers.map((server, i) =>
            probe(
              server,
              { profile: join(PROFILE_DIR, `soak-${target.database}-${i + 1}-run${run}.cpuprofile`) },
              'profile',
            ),
          ),
        );
      const memory = await Promise.all(
        servers.map((server) => probe<{ heapUsed: number; rss: number }>(server, 'memory', 'memory')),
      );
      runs.push(result);
      heaps.push(memory.reduce((sum, m) => sum + m.heapUsed, 0));
      console.log(`  run ${run}/${RUNS}: ${describe(result)}`);
      for (const figures of result.classes)
        console.log(
          `    ${figures.name}: ${figures.requests} requests, p50 ${figures.p50} ms, p99 ${figures.p99} ms, max ${figures.max} ms`,
        );
      servers.forEach((_, i) =>
        console.log(
          `    instance ${i + 1}: event-loop delay p50 ${loops[i].p50.toFixed(1)} ms, p99 ${loops[i].p99.toFixed(1)} ms, max ${loops[i].max.toFixed(0)} ms; ` +
            `heap after GC ${(memory[i].heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(memory[i].rss / 2 ** 20).toFixed(0)} MiB`,
        ),
      );
      report.add(
        section,
        `run ${run}: throughput (baseline ${Math.round(baseline.perSecond)} req/s)`,
        result.perSecond,
        'req/s',
        {
          ratio: result.perSecond / baseline.perSecond,
        },
      );
      report.add(
        section,
        `run ${run}: event-loop delay p99, worst instance`,
        Math.max(...loops.map((l) => l.p99)),
        'ms',
      );
    }

    const label = `${CONNECTIONS} connections, ${RUNS} × ${SECONDS} s, 90% public reads and feeds, 10% organizer writes`;
    const errors = runs.reduce((sum, run) => sum + run.errors, 0);
    report.add(section, `${label}: errors`, errors, 'requests', { target: '0', pass: errors === 0 });
    for (const [index, figures] of merge(runs).entries()) {
      const floor = baseline.classes[index];
      report.add(section, `${figures.name}: p50, worst run (baseline ${floor.p50} ms)`, figures.p50, 'ms');
      report.add(section, `${figures.name}: p99, worst run (baseline ${floor.p99} ms)`, figures.p99, 'ms', {
        target: `≤ ${P99_TARGET_MS} ms`,
        pass: figures.p99 <= P99_TARGET_MS,
      });
    }
    report.add(
      section,
      `server heap after GC, after the last run (all instances)`,
      heaps[heaps.length - 1] / 2 ** 20,
      'MiB',
    );
    const growth = heaps[heaps.length - 1] / heaps[0];
    report.add(section, `heap after last run / after first run`, growth, '×', {
      target: '≤ 1.10 (no leak)',
      pass: growth <= 1.1,
    });
  } finally {
    await Promise.all(servers.map((server) => killServer(server, 'SIGTERM')));
  }
}

/**
 * Issue 10 and 20: 100 connections over a mixed workload on a FOSDEM-size published program
 * (950 sessions): 9 in 10 requests are public reads and feeds, 1 in 10 an organizer write
 * (renaming a session, Bearer token), with p50 and p99 per request class, the servers' event-loop
 * delay and heap after each run, and as baseline the same load on bare node:http processes
 * sending the same bytes. On SQLite with one server; with DATABASE_URL also on PostgreSQL with two
 * server processes on the one database, the connections split between them.
 */
export async function benchSoak(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-soak-'));
  try {
    const targets: Target[] = [{ database: 'SQLite', instances: 1, env: { DATABASE_PATH: join(dir, 'soak.sqlite') } }];
    if (process.env.DATABASE_URL)
      targets.push({ database: 'PostgreSQL', instances: 2, env: { DATABASE_URL: process.env.DATABASE_URL } });
    for (const target of targets) await soakOn(report, target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
