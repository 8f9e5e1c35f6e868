import { VersionCounts1764311000000 } from '../../src/database/migrations/1764311000000-VersionCounts';
import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram } from '../factories/program.factory';

describe('Version counts stored beside each version', () => {
  let t: TestApp;
  let eventId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const program = await createProgram(t.http);
    eventId = program.eventId;
    await create(t.http, `/api/events/${eventId}/sessions`, buildSession({ title: 'One', roomId: program.roomA.id }));
    await t.http().post(`/api/events/${eventId}/publish`).expect(200);
    await create(t.http, `/api/events/${eventId}/sessions`, buildSession({ title: 'Two', roomId: program.roomB.id }));
    await t.http().post(`/api/events/${eventId}/publish`).expect(200);
  });
  afterAll(() => t.close());

  const listed = async () =>
    ((await t.http().get(`/api/events/${eventId}/versions`).expect(200)).body.items as { number: number }[]).map(
      ({ number, sessionCount, changeCount }: any) => ({ number, sessionCount, changeCount }),
    );

  it('lists session and change counts of each version', async () => {
    const versions = await listed();
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ sessionCount: 2, changeCount: 1 });
    expect(versions[1].sessionCount).toBe(1);
  });

  it('are filled in for versions published before the columns existed (the migration backfills them)', async () => {
    const before = await listed();
    const runner = t.dataSource.createQueryRunner();
    try {
      const migration = new VersionCounts1764311000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await listed()).toEqual(before);
  });
});
