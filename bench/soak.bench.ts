import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { killServer, ServerProcess, signUpOwner, startServer } from '../test/support/server-process';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram, seededRandom } from './synthetic-program';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 100);
const RUNS = Number(process.env.SOAK_RUNS ?? 3);

interface Memory {
  heapUsed: number;
  rss: number;
}

/** Heap after two full collections in the server process (see memory-probe.js). */
function serverMemory(server: ServerProcess): Promise<Memory> {
  return new Promise((ok) => {
    server.child.once('message', (message: Memory) => ok(message));
    server.child.send('memory');
  });
}

async function getJson<T>(url: string, token?: string): Promise<T> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`GET ${url} -> ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Issue 10: 100 connections for 60 s over a mixed workload on a FOSDEM-size published program
 * (950 sessions): 9 in 10 requests are public reads and feeds, 1 in 10 an organizer write
 * (renaming a session, Bearer token). The server runs as its own process; its heap is measured
 * after each of three consecutive runs to show it does not grow.
 */
export async function benchSoak(report: Report): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-soak-'));
  const databasePath = join(dir, 'soak.sqlite');
  const seedSource = await new DataSource({
    ...buildDataSourceOptions(loadConfig({ DATABASE_PATH: databasePath })),
    migrationsRun: true,
  }).initialize();
  const eventId = await insertSyntheticProgram(seedSource, FOSDEM_SCALE, 10);
  await seedSource.destroy();
  const server = await startServer(databasePath, {
    nodeArgs: ['--expose-gc', '-r', resolve(__dirname, 'memory-probe.js')],
    ipc: true,
  });
  try {
    const token = await signUpOwner(server);
    const publish = await fetch(`${server.url}/events/${eventId}/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    if (!publish.ok) throw new Error(`publish -> ${publish.status} ${await publish.text()}`);
    const base = `/api/events/${eventId}`;
    const rooms = (await getJson<{ id: string }[]>(`${server.url}/events/${eventId}/rooms`)).map((r) => r.id);
    const tracks = (await getJson<{ id: string }[]>(`${server.url}/events/${eventId}/tracks`)).map((t) => t.id);
    const sessions = (
      await getJson<{ items: { id: string }[] }>(`${server.url}/events/${eventId}/sessions?limit=500`, token)
    ).items.map((s) => s.id);
    const etag = (await fetch(`${server.url}/events/${eventId}/calendar.ics`)).headers.get('etag') ?? '';
    const random = seededRandom(99);
    const pick = (values: string[]) => values[Math.floor(random() * values.length)];
    let renames = 0;
    const get = (path: () => string, headers: Record<string, string> = {}) => ({
      method: 'GET' as const,
      headers,
      setupRequest: (req: any) => ({ ...req, path: path() }),
    });
    const requests = [
      get(() => '/api/events'),
      get(() => base),
      get(() => `${base}/sessions?limit=50&page=${1 + Math.floor(random() * 19)}`),
      get(() => `${base}/sessions/${pick(sessions)}`),
      get(() => `${base}/rooms/${pick(rooms)}/calendar.ics`),
      get(() => `${base}/tracks/${pick(tracks)}/calendar.ics`),
      get(() => `${base}/calendar.ics`, { 'if-none-match': etag }),
      get(() => `${base}/sessions/${pick(sessions)}/calendar.ics`),
      get(() => `${base}/rooms`),
      {
        method: 'PATCH' as const,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        setupRequest: (req: any) => ({
          ...req,
          path: `${base}/sessions/${pick(sessions)}`,
          body: JSON.stringify({ title: `Renamed in the soak ${++renames}` }),
        }),
      },
    ];
    const heaps: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await autocannon({ url: server.origin, connections: CONNECTIONS, duration: SECONDS, requests });
      const errors = result.errors + result.timeouts + result['4xx'] + result['5xx'];
      const memory = await serverMemory(server);
      heaps.push(memory.heapUsed);
      const label = `run ${run}/${RUNS}: ${CONNECTIONS} connections, ${SECONDS} s, 90% public reads and feeds, 10% organizer writes`;
      console.log(
        `  ${label}: ${result.requests.total} requests (2xx ${result['2xx']}, 3xx ${result['3xx']}, 4xx ${result['4xx']}, 5xx ${result['5xx']}, ` +
          `socket errors ${result.errors}, timeouts ${result.timeouts}); heap after GC ${(memory.heapUsed / 2 ** 20).toFixed(1)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`,
      );
      report.add('soak', `${label}: errors`, errors, 'requests', { target: '0', pass: errors === 0 });
      report.add('soak', `run ${run}: throughput`, result.requests.average, 'req/s');
      report.add('soak', `run ${run}: latency p50`, result.latency.p50, 'ms');
      report.add('soak', `run ${run}: latency p99`, result.latency.p99, 'ms');
      report.add('soak', `run ${run}: server heap after GC`, memory.heapUsed / 2 ** 20, 'MiB');
    }
    const growth = heaps[heaps.length - 1] / heaps[0];
    report.add('soak', `heap after last run / after first run`, growth, '×', {
      target: '≤ 1.10 (no leak)',
      pass: growth <= 1.1,
    });
  } finally {
    await killServer(server, 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
