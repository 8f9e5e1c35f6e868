import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killServer, ServerProcess, signUpOwner, startServer } from '../support/server-process';
import { SqliteFile } from '../support/sqlite-file';
import { prepareStreamTarget } from '../support/write-stream';
import { describeSqliteOnly } from '../support/requirements';

/** One request on a connection of its own: the status, or the connection error's code. */
function freshConnection(url: string): Promise<number | string> {
  return new Promise((ok) => {
    const request = httpRequest(url, { agent: false }, (response) => {
      response.resume();
      ok(response.statusCode!);
    });
    request.on('error', (error: NodeJS.ErrnoException) => ok(error.code ?? error.message));
    request.end();
  });
}

describeSqliteOnly('graceful shutdown on SIGTERM', () => {
  jest.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'agenda-shutdown-'));
  const databasePath = join(dir, 'agenda.sqlite');
  let server: ServerProcess | undefined;

  afterAll(async () => {
    if (server) await killServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the writes in flight, refuses new connections, and closes the database cleanly', async () => {
    server = await startServer(databasePath);
    const token = await signUpOwner(server);
    const target = await prepareStreamTarget(server.url, token);
    const count = 30;
    const answered: { status: number; id?: string; at: number }[] = [];
    // Writes are serialized per event, so most of these wait in the server's queue when SIGTERM arrives.
    const writes = Array.from({ length: count }, async (_, i) => {
      const startsAt = new Date(target.dayStart + (8 * 60 + i * 15) * 60_000);
      const response = await fetch(`${server!.url}/events/${target.eventId}/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `in flight ${i}`,
          type: 'talk',
          roomId: target.roomIds[i % 4],
          startsAt: startsAt.toISOString(),
          endsAt: new Date(+startsAt + 15 * 60_000).toISOString(),
        }),
      });
      answered.push({ status: response.status, id: ((await response.json()) as { id?: string }).id, at: Date.now() });
    });
    while (answered.length === 0) await new Promise((ok) => setTimeout(ok, 2));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await new Promise((ok) => setTimeout(ok, 300));
    const newcomer = await freshConnection(`${server.url}/health`);
    await Promise.all(writes);
    const exit = await server.exited;
    const shutdownMs = Date.now() - signalledAt;

    expect(answered.map((a) => a.status)).toEqual(Array(count).fill(201));
    expect(answered.filter((a) => a.at > signalledAt).length).toBeGreaterThan(count / 2); // these were finished during shutdown
    expect(['ECONNREFUSED', 'ECONNRESET', 503]).toContain(newcomer);
    expect(exit.signal === 'SIGTERM' || exit.code === 0).toBe(true);
    // Keep-alive connections must not hold the process open (fastify's keepAliveTimeout is 72 s).
    expect(shutdownMs).toBeLessThan(15_000);
    expect(server.output()).not.toMatch(/ERROR/);
    // The last connection to close checkpoints the WAL into the file and removes it.
    expect(!existsSync(`${databasePath}-wal`) || statSync(`${databasePath}-wal`).size === 0).toBe(true);

    const file = await SqliteFile.open(databasePath);
    try {
      expect(await file.integrity()).toBe('ok');
      const rows = await file.all('SELECT id FROM sessions WHERE event_id = ?', [target.eventId]);
      expect(rows.map((row) => row.id).sort()).toEqual(answered.map((a) => a.id).sort());
    } finally {
      await file.close();
    }
    console.log(
      `graceful shutdown: ${answered.filter((a) => a.at > signalledAt).length} of ${count} writes finished after SIGTERM, ` +
        `process gone ${shutdownMs} ms after the signal, new connection: ${newcomer}`,
    );
  });
});
