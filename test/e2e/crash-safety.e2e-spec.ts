import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../bench/synthetic-program';
import { killServer, ServerProcess, signUpOwner, startServer } from '../support/server-process';
import { SqliteFile } from '../support/sqlite-file';
import { prepareStreamTarget, StreamTarget, WriteStream } from '../support/write-stream';
import { describeSqliteOnly } from '../support/requirements';

// The server's own SQLite file is what is at stake; the PostgreSQL pass of CI has nothing to add here.
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 5);
const SEED = Number(process.env.CRASH_SEED ?? 20_261_202); // fixed; CRASH_SEED=<n> replays another run

describeSqliteOnly('crash safety: SIGKILL under a stream of writes', () => {
  jest.setTimeout(60_000 + ROUNDS * 30_000);
  const dir = mkdtempSync(join(tmpdir(), 'agenda-crash-'));
  const databasePath = join(dir, 'agenda.sqlite');
  let server: ServerProcess | undefined;

  afterAll(async () => {
    if (server) await killServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  async function programVersion(file: SqliteFile, eventId: string): Promise<number> {
    const [row] = await file.all('SELECT program_version FROM events WHERE id = ?', [eventId]);
    return Number(row.program_version);
  }

  it(`loses no acknowledged write and breaks no invariant over ${ROUNDS} kill-and-restart rounds (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    server = await startServer(databasePath);
    const target: StreamTarget = await prepareStreamTarget(server.url, await signUpOwner(server));
    await killServer(server, 'SIGTERM');
    const stream = new WriteStream(target, 4, SEED);
    const rounds: string[] = [];
    let totalAcked = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      let file = await SqliteFile.open(databasePath);
      const before = await programVersion(file, target.eventId);
      await file.close();
      server = await startServer(databasePath);
      target.url = server.url;
      const ackedBefore = stream.stats.acked;
      const unknownBefore = stream.stats.unknown;
      const running = stream.run();
      await new Promise((ok) => setTimeout(ok, 300 + random() * 1700));
      const exit = await killServer(server, 'SIGKILL');
      await running;
      expect(exit.signal).toBe('SIGKILL');

      file = await SqliteFile.open(databasePath);
      try {
        expect(await file.integrity()).toBe('ok');
        expect(await file.programViolations(target.eventId)).toEqual([]);
        const acked = stream.stats.acked - ackedBefore;
        const unknown = stream.stats.unknown - unknownBefore;
        // Every committed write bumps program_version once: at least the acknowledged ones, at most those plus the unanswered.
        const committed = (await programVersion(file, target.eventId)) - before;
        expect(committed).toBeGreaterThanOrEqual(acked);
        expect(committed).toBeLessThanOrEqual(acked + unknown);
        const { lost, phantoms, live } = await stream.verifyAndResync(file);
        expect(lost).toEqual([]);
        expect(phantoms).toEqual([]);
        totalAcked += acked;
        rounds.push(
          `round ${round}: ${acked} acknowledged, ${committed} committed, ${unknown} unanswered, ${live} live sessions`,
        );
      } finally {
        await file.close();
      }
    }
    expect(stream.stats.unexpected).toEqual([]);
    expect(stream.stats.refused).toBeGreaterThan(0); // the stream did try to double-book, and was refused

    server = await startServer(databasePath);
    const list = await fetch(`${server.url}/events/${target.eventId}/sessions?limit=500`, {
      headers: { authorization: `Bearer ${target.token}` },
    });
    expect(list.status).toBe(200);
    const file = await SqliteFile.open(databasePath);
    const [{ live }] = await file.all(
      'SELECT COUNT(*) AS live FROM sessions WHERE event_id = ? AND deleted_at IS NULL',
      [target.eventId],
    );
    await file.close();
    expect(((await list.json()) as { total: number }).total).toBe(live);
    console.log(
      `crash safety (seed ${SEED}): ${ROUNDS} rounds survived, ${totalAcked} acknowledged writes, 0 lost, ` +
        `${stream.stats.refused} refused clashes\n  ${rounds.join('\n  ')}`,
    );
  });
});
