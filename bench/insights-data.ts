import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AgendaEntity } from '../src/agendas/agenda.entity';
import { ANONYMOUS } from '../src/auth/principal';
import { insertRows } from '../src/database/insert-rows';
import { TokensService } from '../src/tokens/tokens.service';
import { UsersService } from '../src/users/users.service';
import { VersionsService } from '../src/versions/versions.service';
import { BenchApp } from './bench-app';
import { seededRandom } from './synthetic-program';

/**
 * `count` personal agendas starring 1-30 sessions each, popularity skewed (a few sessions draw
 * most stars, as real programs do), written with raw multi-row inserts so the database triggers
 * fill agenda_stars exactly as they do for REST writes and restores. Returns the stars written.
 */
export async function insertAgendas(dataSource: DataSource, eventId: string, count: number, seed = 7): Promise<number> {
  const sessionIds: string[] = (
    await dataSource.query(
      dataSource.options.type === 'postgres'
        ? 'SELECT id FROM sessions WHERE event_id = $1 ORDER BY id'
        : 'SELECT id FROM sessions WHERE event_id = ? ORDER BY id',
      [eventId],
    )
  ).map((row: { id: string }) => row.id);
  const random = seededRandom(seed);
  const now = new Date();
  let stars = 0;
  const rows = Array.from({ length: count }, () => {
    const wanted = 1 + Math.floor(random() * 30);
    const starred = new Set<string>();
    while (starred.size < wanted) starred.add(sessionIds[Math.floor(Math.pow(random(), 2) * sessionIds.length)]);
    stars += starred.size;
    return {
      id: randomUUID(),
      eventId,
      tokenHash: randomBytes(32).toString('hex'),
      sessionIds: [...starred],
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  await dataSource.transaction((manager) => insertRows(manager, AgendaEntity, rows, 200));
  return stars;
}

/** Freezes the working program as version 1 (feeds serve published versions). */
export async function publish(bench: BenchApp, eventId: string): Promise<void> {
  await bench.app.get(VersionsService).publish(eventId, 'bench', ANONYMOUS);
}

/** An admin and a read token, for the organizer-only insights endpoint. */
export async function adminToken(bench: BenchApp): Promise<string> {
  const admin = await bench.app
    .get(UsersService)
    .signup({ email: 'bench@example.org', password: 'correct horse battery staple 42', name: 'Load Test' });
  return (
    await bench.app.get(TokensService).create({ userId: admin.id, isAdmin: true }, { name: 'bench', scopes: ['read'] })
  ).token;
}

/** Runs `start` with extra environment variables (startBenchApp reads process.env). */
export async function withEnv<T>(env: Record<string, string>, start: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await start();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
