import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { killServer, ServerProcess, signUpOwner, startServer } from '../test/support/server-process';
import { productionLaunch } from './production-launch';
import { Report } from './report';

const MB = 1e6;
const TARGET_BYTES = 25 * MB; // under IMPORT_LIMIT_BYTES (25 MiB)
const BASELINE_MS = 3000;

/** A frab schedule.xml of about `bytes`: 40 rooms, half-hour talks with long abstracts, as many days as it takes. */
export function largeScheduleXml(bytes: number): string {
  const abstract = 'An abstract long enough to make the file heavy &amp; realistic. '.repeat(120);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?><schedule><version>1</version><conference><acronym>stall-bench</acronym>',
    '<title>Import stall bench</title><time_zone_name>Europe/Brussels</time_zone_name></conference>',
  ];
  let size = parts.join('').length;
  let id = 0;
  for (let day = 0; size < bytes; day++) {
    const date = new Date(Date.UTC(2030, 0, 1 + day)).toISOString().slice(0, 10);
    parts.push(`<day index="${day + 1}" date="${date}">`);
    for (let room = 0; room < 40 && size < bytes; room++) {
      parts.push(`<room name="Room ${room}">`);
      for (let slot = 0; slot < 24 && size < bytes; slot++) {
        id++;
        const minutes = 8 * 60 + slot * 30;
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const event =
          `<event guid="00000000-0000-4000-8000-${String(id).padStart(12, '0')}" id="${id}">` +
          `<date>${date}T${time}:00+01:00</date><start>${time}</start><duration>00:25</duration>` +
          `<room>Room ${room}</room><title>Talk ${id}</title><track>Track ${id % 30}</track><type>talk</type>` +
          `<language>en</language><abstract>${abstract}</abstract>` +
          `<persons><person id="${id}">Speaker ${id}</person></persons></event>`;
        parts.push(event);
        size += event.length;
      }
      parts.push('</room>');
    }
    parts.push('</day>');
  }
  parts.push('</schedule>');
  return parts.join('');
}

const rssOf = (pid: number) =>
  Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) * 1024;

/** Health answers, one after another, until `done()` says stop: their latencies. */
async function pollHealth(server: ServerProcess, done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    const started = performance.now();
    const response = await fetch(`${server.url}/health`);
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((ok) => setTimeout(ok, 5));
  }
  return latencies;
}

/** The server signs up a fresh owner: a PostgreSQL database used before must be emptied first. */
async function emptyPostgres(url: string): Promise<void> {
  const client = await new DataSource({ type: 'postgres', url }).initialize();
  try {
    const tables = ['events', 'users', 'instance_claims', 'throttle_hits', 'known_login_addresses'];
    for (const table of tables) await client.query(`DELETE FROM ${table}`).catch(() => undefined);
  } finally {
    await client.destroy();
  }
}

interface StallRun {
  baselineP50: number;
  baselineP99: number;
  duringP50: number;
  duringP99: number;
  rssBefore: number;
  peak: number;
  importMs: number;
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * q)] ?? NaN;
const median = (values: number[]) => quantile(values, 0.5);
const p99 = (values: number[]) => quantile(values, 0.99);

/** One import on a fresh server: health latencies before and during it, memory, duration. */
async function stallRun(xml: string): Promise<StallRun> {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-stall-'));
  const launch = productionLaunch();
  if (process.env.DATABASE_URL) await emptyPostgres(process.env.DATABASE_URL);
  const server = await startServer(join(dir, 'stall.sqlite'), {
    env: { ...launch.env, ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }) },
    nodeArgs: launch.nodeArgs,
  });
  try {
    const pid = server.child.pid!;
    const token = await signUpOwner(server);
    const baselineEnds = performance.now() + BASELINE_MS;
    const baseline = await pollHealth(server, () => performance.now() > baselineEnds);
    const rssBefore = rssOf(pid);
    let finished = false;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 10);
    const started = performance.now();
    const importing = fetch(`${server.url}/events/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
      body: xml,
    }).then(async (response) => {
      const text = await response.text();
      finished = true;
      if (response.status !== 201) throw new Error(`import answered ${response.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as { changes: { added: number } };
    });
    const during = await pollHealth(server, () => finished);
    const result = await importing;
    const importMs = performance.now() - started;
    clearInterval(sampler);
    console.log(
      `  imported ${(xml.length / MB).toFixed(1)} MB, ${result.changes.added} sessions in ${(importMs / 1000).toFixed(1)} s; ` +
        `${during.length} health answers meanwhile (p99 ${p99(during).toFixed(0)} ms, slowest ${Math.max(...during).toFixed(0)} ms), ` +
        `peak RSS ${(peak / MB).toFixed(0)} MB`,
    );
    // The import's own phases, as the server logged them: where the time and memory go.
    for (const line of server
      .output()
      .split('\n')
      .filter((l) => l.includes('"context":"Import"')))
      console.log(`    server: ${JSON.parse(line).msg}`);
    return {
      baselineP50: median(baseline),
      baselineP99: p99(baseline),
      duringP50: median(during),
      duringP99: p99(during),
      rssBefore,
      peak,
      importMs,
    };
  } finally {
    await killServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 17: does a 25 MB schedule.xml import stall other requests? The server runs as its own
 * process (as `npm run start:prod`); /api/health is polled before (baseline) and during the
 * import. Each figure is the median of STALL_RUNS runs (3 unless set), each on a fresh server.
 */
export async function benchImportStall(report: Report): Promise<void> {
  const section = 'import-stall';
  const xml = largeScheduleXml(TARGET_BYTES);
  const runs: StallRun[] = [];
  const count = Number(process.env.STALL_RUNS ?? 3);
  for (let i = 0; i < count; i++) runs.push(await stallRun(xml));
  const of = (key: keyof StallRun) => median(runs.map((run) => run[key]));
  const note = `median of ${count}`;
  report.add(section, `/api/health p50 without import (baseline, ${note})`, of('baselineP50'), 'ms');
  report.add(section, `/api/health p99 without import (baseline, ${note})`, of('baselineP99'), 'ms');
  report.add(section, `/api/health p50 during a 25 MB schedule.xml import (${note})`, of('duringP50'), 'ms');
  report.add(section, `/api/health p99 during a 25 MB schedule.xml import (${note})`, of('duringP99'), 'ms', {
    ratio: of('duringP99') / of('baselineP99'),
    target: '< 50 ms',
    pass: of('duringP99') < 50,
  });
  report.add(section, `server RSS before the import (${note})`, of('rssBefore') / MB, 'MB');
  report.add(section, `peak server RSS during the import (${note})`, of('peak') / MB, 'MB', {
    target: '< 250 MB',
    pass: of('peak') < 250 * MB,
  });
  report.add(section, `25 MB import, request to answer (${note})`, of('importMs'), 'ms');
}
