import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { adminToken, publish } from './bench-auth';
import { startBenchApp } from './bench-app';
import { settle } from './bench-env';
import { load, median } from './http-load';
import { Report } from './report';
import { FOSDEM_SCALE, insertSyntheticProgram } from './synthetic-program';

const ROUNDS = 5;

/**
 * The floor of any export: one bare SELECT per table for the rows schedule.xml shows (live,
 * scheduled, not cancelled sessions, their speakers, rooms and tracks) and JSON.stringify of them.
 */
async function selectAndStringify(dataSource: DataSource, eventId: string): Promise<number> {
  const p = dataSource.options.type === 'postgres' ? '$1' : '?';
  const rows = {
    sessions: await dataSource.query(
      `SELECT * FROM sessions WHERE event_id = ${p} AND deleted_at IS NULL AND starts_at IS NOT NULL AND status <> 'cancelled'`,
      [eventId],
    ),
    speakers: await dataSource.query(
      `SELECT ss.session_id, ss.role, ss.position, sp.id, sp.name FROM session_speakers ss JOIN speakers sp ON sp.id = ss.speaker_id WHERE sp.event_id = ${p}`,
      [eventId],
    ),
    rooms: await dataSource.query(`SELECT * FROM rooms WHERE event_id = ${p}`, [eventId]),
    tracks: await dataSource.query(`SELECT * FROM tracks WHERE event_id = ${p}`, [eventId]),
  };
  return JSON.stringify(rows).length;
}

/** schedule.xml right after a publish (built from the new version) against the SELECT + JSON.stringify floor. */
export async function benchExport(report: Report): Promise<void> {
  const section = 'export';
  const bench = await startBenchApp();
  try {
    const token = await adminToken(bench);
    const eventId = await insertSyntheticProgram(bench.dataSource, FOSDEM_SCALE, 11);
    const url = `${bench.url}/api/events/${eventId}/schedule.xml`;
    const floor: number[] = [];
    const cold: number[] = [];
    let bytes = 0;
    await selectAndStringify(bench.dataSource, eventId); // warm the database's page cache for both sides
    for (let round = 0; round < ROUNDS; round++) {
      let started = performance.now();
      await selectAndStringify(bench.dataSource, eventId);
      floor.push(performance.now() - started);
      await publish(bench, token, eventId);
      started = performance.now();
      const response = await fetch(url);
      bytes = (await response.arrayBuffer()).byteLength;
      cold.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`schedule.xml answered ${response.status}`);
    }
    const ratio = median(cold) / median(floor);
    report.add(
      section,
      `bare SELECT + JSON.stringify of the same rows (${FOSDEM_SCALE.sessions} sessions)`,
      median(floor),
      'ms',
    );
    report.add(
      section,
      `schedule.xml, first request after a publish (${(bytes / 1024).toFixed(0)} KB)`,
      median(cold),
      'ms',
      {
        ratio,
        target: '≤ 3 × floor',
        pass: ratio <= 3,
      },
    );
    const warm = await load(url, { seconds: 4 });
    await settle();
    report.add(section, 'schedule.xml, cached (50 connections)', warm.requestsPerSecond, 'req/s', {
      target: '0 errors',
      pass: warm.errors + warm.non2xx === 0,
    });
  } finally {
    await bench.close();
  }
}
