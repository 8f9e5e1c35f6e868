import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { restoreSqliteBackup } from '../../src/database/sqlite-backup';
import { killServer, ServerProcess, signUpOwner, startServer } from '../support/server-process';
import { SqliteFile } from '../support/sqlite-file';
import { normalized, prepareStreamTarget, WriteStream } from '../support/write-stream';
import { describeSqliteOnly } from '../support/requirements';

const ROOT = resolve(__dirname, '../..');

describeSqliteOnly('npm run backup: a consistent copy while the server is under write load', () => {
  jest.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'agenda-backup-'));
  const databasePath = join(dir, 'agenda.sqlite');
  const backupPath = join(dir, 'backups', 'copy.sqlite');
  const restoredPath = join(dir, 'restored', 'agenda.sqlite');
  let server: ServerProcess | undefined;

  afterAll(async () => {
    if (server) await killServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every write acknowledged before it started, breaks no invariant, and the copy restores to a working program', async () => {
    server = await startServer(databasePath);
    const token = await signUpOwner(server);
    const target = await prepareStreamTarget(server.url, token);
    const stream = new WriteStream(target, 4, 7);
    const writing = stream.run();
    await new Promise((ok) => setTimeout(ok, 1500));

    const ackedBefore = stream.stats.acked;
    const before = stream.settledStates();
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'backup', '--', backupPath], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', DATABASE_PATH: databasePath },
    });
    const after = stream.settledStates();
    const ackedDuring = stream.stats.acked - ackedBefore;
    stream.stop();
    await writing;
    await killServer(server, 'SIGTERM');

    expect(stdout).toMatch(/^backup .*copy\.sqlite: \d+ KiB in \d+ ms, integrity ok/m);
    expect(ackedDuring).toBeGreaterThan(0); // the server really was being written to while the copy was made
    expect(stream.stats.unexpected).toEqual([]);
    const copy = await SqliteFile.open(backupPath);
    try {
      expect(await copy.integrity()).toBe('ok');
      expect(await copy.programViolations(target.eventId)).toEqual([]);
      const rows = await copy.all(
        `SELECT id, title, room_id, starts_at, ends_at FROM sessions WHERE event_id = ? AND deleted_at IS NULL`,
        [target.eventId],
      );
      const links = await copy.all('SELECT session_id, speaker_id FROM session_speakers');
      const stored = new Map(
        rows.map((row) => [
          row.id,
          JSON.stringify(
            normalized({
              title: row.title,
              roomId: row.room_id,
              start: Number(row.starts_at),
              end: Number(row.ends_at),
              speakerIds: links.filter((link) => link.session_id === row.id).map((link) => link.speaker_id),
            }),
          ),
        ]),
      );
      // Sessions nobody touched while the copy ran must be in it exactly as acknowledged.
      const untouched = [...before].filter(([id, state]) => after.get(id) === state);
      expect(untouched.length).toBeGreaterThan(0);
      for (const [id, state] of untouched) expect({ id, state: stored.get(id) }).toEqual({ id, state });
    } finally {
      await copy.close();
    }

    await restoreSqliteBackup(backupPath, restoredPath);
    expect(existsSync(`${restoredPath}-wal`)).toBe(false);
    server = await startServer(restoredPath);
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const list = await fetch(`${server.url}/events/${target.eventId}/sessions?limit=500`, { headers: auth });
    expect(list.status).toBe(200);
    const { total } = (await list.json()) as { total: number }; // read before the server is stopped
    const created = await fetch(`${server.url}/events/${target.eventId}/sessions`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: 'After the restore',
        type: 'talk',
        startsAt: '2026-06-02T21:00:00Z',
        endsAt: '2026-06-02T22:00:00Z',
      }),
    });
    expect(created.status).toBe(201);
    await killServer(server, 'SIGTERM');
    console.log(
      `backup under load: ${stdout.trim()}; ${ackedDuring} writes acknowledged while it ran; ` +
        `restored copy serves ${total} sessions and accepts writes`,
    );
  });
});
