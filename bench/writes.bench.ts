import { performance } from 'node:perf_hooks';
import { adminToken, bearer } from './bench-auth';
import { BenchApp, startBenchApp } from './bench-app';
import { median } from './http-load';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

const MOVES = 200;
const CLIENTS = 8;

interface Movable {
  id: string;
  start: number;
  version: number;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/**
 * Moves sessions one minute (PATCH startsAt with If-Match) in a FOSDEM-scale program: each move
 * runs the room and speaker conflict checks and the soft checks in the event's serialized write
 * transaction. One client, then several at once (they queue on the event's write lock).
 */
async function moveAll(
  bench: BenchApp,
  token: string,
  eventId: string,
  sessions: Movable[],
  clients: number,
  minutes: number,
) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < sessions.length) {
        const session = sessions[next++];
        const startsAt = new Date(session.start + minutes * 60_000).toISOString();
        const sent = performance.now();
        const response = await fetch(`${bench.url}/api/events/${eventId}/sessions/${session.id}`, {
          method: 'PATCH',
          headers: { ...bearer(token), 'content-type': 'application/json', 'if-match': `"${session.version}"` },
          body: JSON.stringify({ startsAt }),
        });
        const body = (await response.json()) as { version?: number };
        latencies.push(performance.now() - sent);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 200) Object.assign(session, { version: body.version!, start: Date.parse(startsAt) });
      }
    }),
  );
  return { perSecond: sessions.length / ((performance.now() - started) / 1000), latencies, statuses };
}

/** Counts the statements the app sends (every one passes TypeORM's logger) until stopped. */
function countStatements(bench: BenchApp): { count: number; stop: () => void } {
  const logger = bench.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  const counter = {
    count: 0,
    stop: () => {
      logger.logQuery = logQuery;
    },
  };
  logger.logQuery = (query, parameters, runner) => {
    counter.count++;
    return logQuery(query, parameters, runner);
  };
  return counter;
}

export async function benchWrites(report: Report): Promise<void> {
  const section = 'writes';
  const bench = await startBenchApp();
  try {
    const token = await adminToken(bench);
    const eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE, 13);
    const [p1, p2] = bench.dataSource.options.type === 'postgres' ? ['$1', '$2'] : ['?', '?'];
    const rows: { id: string; starts_at: string; version: number }[] = await bench.dataSource.query(
      `SELECT id, starts_at, version FROM sessions WHERE event_id = ${p1} ORDER BY id LIMIT ${MOVES}`,
      [eventId],
    );
    const sessions = rows.map((row) => ({ id: row.id, start: Number(row.starts_at), version: Number(row.version) }));

    // Floor: the same number of bare single-statement versioned UPDATEs of the same rows.
    const started = performance.now();
    for (const session of sessions) {
      await bench.dataSource.query(`UPDATE sessions SET version = version + 1 WHERE id = ${p1} AND version = ${p2}`, [
        session.id,
        session.version,
      ]);
      session.version += 1;
    }
    const floor = sessions.length / ((performance.now() - started) / 1000);

    const statements = countStatements(bench);
    const cpu = process.cpuUsage();
    const single = await moveAll(bench, token, eventId, sessions, 1, 1);
    const used = process.cpuUsage(cpu);
    statements.stop();
    const parallel = await moveAll(bench, token, eventId, sessions, CLIENTS, -1);
    const answered = (run: typeof single) =>
      [...run.statuses].map(([status, count]) => `${count}×${status}`).join(', ');
    report.add(section, `bare versioned UPDATE of the same rows (floor)`, floor, 'rows/s');
    report.add(
      section,
      `session moves with conflict checks, 1 client (${answered(single)})`,
      single.perSecond,
      'moves/s',
      { ratio: single.perSecond / floor, target: '≥ 0.25 × floor', pass: single.perSecond / floor >= 0.25 },
    );
    report.add(
      section,
      'SQL statements per move, 1 client (auth, transaction, live-stream log)',
      statements.count / sessions.length,
      'statements',
    );
    report.add(
      section,
      'CPU per move, 1 client (server and the bench client share the process)',
      (used.user + used.system) / 1000 / sessions.length,
      'ms',
    );
    report.add(section, 'session move latency, 1 client: p50', median(single.latencies), 'ms');
    const singleP99 = percentile(single.latencies, 0.99);
    report.add(section, 'session move latency, 1 client: p99', singleP99, 'ms', {
      target: '≤ 20 ms',
      pass: singleP99 <= 20,
    });
    report.add(
      section,
      `session moves, ${CLIENTS} clients on one event (${answered(parallel)})`,
      parallel.perSecond,
      'moves/s',
      { ratio: parallel.perSecond / floor },
    );
    report.add(section, `session move latency, ${CLIENTS} clients: p99`, percentile(parallel.latencies, 0.99), 'ms');
    const failures = [...single.statuses, ...parallel.statuses].reduce(
      (sum, [status, count]) => sum + (status === 200 || status === 409 ? 0 : count),
      0,
    );
    report.add(section, 'answers other than 200 or 409', failures, 'count', { target: '0', pass: failures === 0 });
  } finally {
    await bench.close();
  }
}
