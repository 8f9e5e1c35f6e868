import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';
import { killServer, startServer } from '../test/support/server-process';
import { adminToken, bearer, publish } from './bench-auth';
import { productionLaunch } from './production-launch';
import { Report } from './report';
import { insertSyntheticProgram, seededRandom, SyntheticSize } from './synthetic-program';

/** Ten times FOSDEM: 10,000 sessions in 125 rooms over 5 days. */
export const TEN_X_SCALE: SyntheticSize = { sessions: 10_000, rooms: 125, tracks: 100, speakers: 8_000, days: 5 };
const SECONDS = 10;
const MB = 1e6;

/** Resident set size now and its peak (VmHWM) since the process started, from Linux's /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

/** Writes and publishes the program through an app in this process, which is then closed. */
async function seed(databasePath: string): Promise<{ eventId: string; token: string }> {
  const config = loadConfig({ ...process.env, DATABASE_PATH: databasePath, SEED_DEMO: 'false' });
  const app = await createApp(config, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const bench = {
    app,
    dataSource: app.get(DataSource),
    url: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    close: () => app.close(),
  };
  try {
    if (config.database.kind === 'postgres') await bench.dataSource.query('DELETE FROM events');
    const token = await adminToken(bench);
    const eventId = await insertSyntheticProgram(bench.dataSource, TEN_X_SCALE, 21);
    await publish(bench, token, eventId);
    return { eventId, token };
  } finally {
    await bench.close();
  }
}

/**
 * Peak RSS of the real server (src/main.ts as its own process, started fresh on the seeded
 * database) while it serves a 10,000-session event: cold whole-event feed and schedule.xml,
 * every room and track feed, then 10 s of mixed public and organizer reads at 50 connections.
 */
export async function benchMemory(report: Report): Promise<void> {
  const section = 'memory';
  const dir = mkdtempSync(join(tmpdir(), 'agenda-memory-'));
  const databasePath = join(dir, 'memory.sqlite');
  try {
    const { eventId, token } = await seed(databasePath);
    const url = process.env.DATABASE_URL;
    const launch = productionLaunch();
    console.log(
      `  server started as by npm run start:prod: ${Object.entries(launch.env)
        .map(([k, v]) => `${k}=${v} `)
        .join('')}node ${launch.nodeArgs.join(' ')}`,
    );
    const server = await startServer(databasePath, {
      env: { ...launch.env, ...(url && { DATABASE_URL: url }) },
      ipc: true,
      // SERVER_NODE_FLAGS tries other V8 settings on the server, e.g. "--max-old-space-size=128".
      nodeArgs: [
        ...launch.nodeArgs,
        ...(process.env.SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean),
        '--expose-gc',
        '-r',
        resolve(__dirname, 'memory-probe.js'),
      ],
    });
    try {
      const pid = server.child.pid!;
      const idle = memoryOf(pid);
      const phase = (name: string) => {
        const now = memoryOf(pid);
        console.log(`  after ${name}: RSS ${(now.rss / MB).toFixed(0)} MB, peak ${(now.peak / MB).toFixed(0)} MB`);
      };
      const base = `${server.url}/events/${eventId}`;
      const timed = async (path: string, headers: Record<string, string> = {}) => {
        const started = performance.now();
        const response = await fetch(`${base}${path}`, { headers });
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200)
          throw new Error(
            `${path} answered ${response.status} ${body.toString().slice(0, 300)}; server said: ${server.output().slice(-1500)}`,
          );
        return { ms: performance.now() - started, bytes: body.length };
      };
      const feed = await timed('/calendar.ics');
      phase('the cold whole-event feed');
      const xml = await timed('/schedule.xml');
      phase('the cold schedule.xml');
      const rooms = (await (await fetch(`${base}/rooms`)).json()) as { id: string }[];
      const tracks = (await (await fetch(`${base}/tracks`)).json()) as { id: string }[];
      for (const room of rooms) await timed(`/rooms/${room.id}/calendar.ics`);
      for (const track of tracks) await timed(`/tracks/${track.id}/calendar.ics`);
      phase(`${rooms.length} room and ${tracks.length} track feeds`);
      const sessions = (
        (await (await fetch(`${base}/sessions?limit=500`)).json()) as { items: { id: string }[] }
      ).items.map((s) => s.id);

      const random = seededRandom(5);
      const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
      const path = `/api/events/${eventId}`;
      // Calendar apps and browsers accept gzip: feeds and exports go out compressed, as in production.
      const get = (next: () => string, headers: Record<string, string> = {}) => ({
        method: 'GET' as const,
        headers: { 'accept-encoding': 'gzip', ...headers },
        setupRequest: (request: any) => ({ ...request, path: next() }),
      });
      const load = await autocannon({
        url: server.origin,
        connections: 50,
        duration: SECONDS,
        requests: [
          get(() => `${path}/calendar.ics`),
          get(() => `${path}/rooms/${pick(rooms).id}/calendar.ics`),
          get(() => `${path}/sessions?limit=50&page=${1 + Math.floor(random() * 200)}`),
          get(() => `${path}/sessions/${pick(sessions)}`),
          get(() => `${path}/sessions?limit=50&page=${1 + Math.floor(random() * 200)}`, bearer(token)),
          get(() => `${path}/schedule.xml`),
        ],
      });
      const end = memoryOf(pid);
      phase('the load');
      const heap = await new Promise<{ heapUsed: number; external: number }>((done) => {
        server.child.once('message', done);
        server.child.send('memory');
      });
      console.log(
        `  retained after full GC: heap ${(heap.heapUsed / MB).toFixed(0)} MB, external ${(heap.external / MB).toFixed(0)} MB`,
      );
      const snapshot = process.env.MEMORY_SNAPSHOT;
      if (snapshot) {
        await new Promise((done) => {
          server.child.once('message', done);
          server.child.send({ snapshot });
        });
        console.log(`  heap snapshot written to ${snapshot}`);
      }
      const errors = load.errors + load.timeouts + load.non2xx;
      report.add(section, 'server RSS after start-up, before any request', idle.rss / MB, 'MB');
      report.add(
        section,
        `whole-event feed, cold (${TEN_X_SCALE.sessions.toLocaleString('en')} sessions, ${(feed.bytes / MB).toFixed(1)} MB)`,
        feed.ms,
        'ms',
      );
      report.add(section, `schedule.xml, cold (${(xml.bytes / MB).toFixed(1)} MB)`, xml.ms, 'ms');
      report.add(
        section,
        `mixed reads and feeds, 50 connections, ${SECONDS} s (${load.requests.total} requests)`,
        load.requests.average,
        'req/s',
        {
          target: '0 errors',
          pass: errors === 0,
        },
      );
      report.add(section, 'server RSS at the end', end.rss / MB, 'MB');
      report.add(section, 'server heap retained after full GC (caches)', heap.heapUsed / MB, 'MB');
      report.add(section, 'server peak RSS (VmHWM) serving the 10,000-session event', end.peak / MB, 'MB', {
        target: '≤ 160 MB',
        pass: end.peak <= 160 * MB,
      });
    } finally {
      await killServer(server, 'SIGTERM');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
