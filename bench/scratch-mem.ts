import autocannon from 'autocannon';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.setup';
import { loadConfig } from '../src/config/app-config';
import { killServer, startServer } from '../test/support/server-process';
import { adminToken, bearer, publish } from './bench-auth';
import { insertSyntheticProgram, seededRandom } from './synthetic-program';
import { TEN_X_SCALE } from './memory.bench';

function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return `RSS ${kb('VmRSS').toFixed(0)} peak ${kb('VmHWM').toFixed(0)}`;
}
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'scratch-mem-'));
  const databasePath = join(dir, 'm.sqlite');
  const config = loadConfig({ ...process.env, DATABASE_PATH: databasePath, SEED_DEMO: 'false' });
  const app = await createApp(config, { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const bench = { app, dataSource: app.get(DataSource), url: (await app.getUrl()).replace('[::1]', '127.0.0.1'), close: () => app.close() };
  const token = await adminToken(bench);
  const eventId = await insertSyntheticProgram(bench.dataSource, TEN_X_SCALE, 21);
  await publish(bench, token, eventId);
  await app.close();
  const kinds: Record<string, (path: string, rooms: string[], sessions: string[], random: () => number) => { path: string; headers?: Record<string, string> }> = {
    wholeFeed: (p) => ({ path: `${p}/calendar.ics` }),
    roomFeed: (p, rooms, _s, r) => ({ path: `${p}/rooms/${rooms[Math.floor(r() * rooms.length)]}/calendar.ics` }),
    publicList: (p, _r, _s, r) => ({ path: `${p}/sessions?limit=50&page=${1 + Math.floor(r() * 200)}` }),
    publicRead: (p, _r, sessions, r) => ({ path: `${p}/sessions/${sessions[Math.floor(r() * sessions.length)]}` }),
    organizerList: (p, _r, _s, r) => ({ path: `${p}/sessions?limit=50&page=${1 + Math.floor(r() * 200)}`, headers: bearer(token) }),
    xml: (p) => ({ path: `${p}/schedule.xml` }),
  };
  for (const [name, make] of Object.entries(kinds).filter(([k]) => !process.env.KINDS || process.env.KINDS.split(',').includes(k))) {
    const server = await startServer(databasePath, { nodeArgs: (process.env.SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean) });
    const base = `${server.url}/events/${eventId}`;
    const rooms = ((await (await fetch(`${base}/rooms`)).json()) as { id: string }[]).map((x) => x.id);
    const sessions = ((await (await fetch(`${base}/sessions?limit=500`)).json()) as { items: { id: string }[] }).items.map((s) => s.id);
    const before = memoryOf(server.child.pid!);
    const random = seededRandom(5);
    const path = `/api/events/${eventId}`;
    const result = await autocannon({ url: server.origin, connections: 50, duration: 8, requests: [{ method: 'GET', setupRequest: (req: any) => { const x = make(path, rooms, sessions, random); return { ...req, path: x.path, headers: { 'accept-encoding': 'gzip', ...(x.headers ?? {}) } }; } }] });
    console.log(name, 'before', before, 'after', memoryOf(server.child.pid!), 'req/s', result.requests.average, 'non2xx', result.non2xx);
    await killServer(server, 'SIGTERM');
  }
}
main();
