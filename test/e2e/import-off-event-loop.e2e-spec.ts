import { largeScheduleXml } from '../../bench/import-stall.bench';
import { ParseWorkers } from '../../src/common/workers/parse-workers.service';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { ScheduleImportService } from '../../src/interop/schedule-import.service';
import { createTestApp, TestApp } from '../create-test-app';

/** Counts timer callbacks that run while `work` is pending: none if it holds the event loop. */
async function ticksDuring<T>(work: () => Promise<T> | T): Promise<{ ticks: number; result: T }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    const result = await work();
    return { ticks, result };
  } finally {
    clearInterval(timer);
  }
}

/** Issue 17, finding 3: an uploaded program is parsed off the event loop; other requests keep being answered. */
describe('Imports off the event loop', () => {
  let t: TestApp;
  const xml = largeScheduleXml(4e6);
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('parses a 4 MB schedule.xml on a worker thread: timers keep firing meanwhile', async () => {
    const { ticks, result } = await ticksDuring(() => t.app.get(ScheduleImportService).parse(xml, {}));
    expect(result.events.length).toBeGreaterThan(400);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it('answers /api/health while a 4 MB import is in progress', async () => {
    let done = false;
    const importing = t
      .http()
      .post('/api/events/import')
      .set('Content-Type', 'application/xml')
      .send(xml)
      .then((res) => {
        done = true;
        return res;
      });
    let answeredDuring = 0;
    while (!done) {
      const health = await t.anon().get('/api/health');
      expect(health.status).toBe(200);
      if (!done) answeredDuring++;
    }
    expect((await importing).status).toBe(201);
    expect(answeredDuring).toBeGreaterThan(0);
  });

  it('reports a malformed file from the worker as 400 naming the problem', async () => {
    const res = await t
      .http()
      .post('/api/events/import')
      .set('Content-Type', 'application/xml')
      .send('<schedule><day>');
    expect(res.status).toBe(400);
    expect(res.body.message.length).toBeGreaterThan(0);
  });

  it('decodes and parses a 4 MB body sent as bytes on a worker thread, the bytes moved there, not copied', async () => {
    const bytes = Buffer.from(xml);
    const { ticks, result } = await ticksDuring(() => t.app.get(ScheduleImportService).parse(bytes, {}));
    expect(result.events.length).toBeGreaterThan(400);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect(bytes.length).toBe(0); // transferred: this thread no longer holds them
  });

  it('parses and checks a large backup document on a worker thread', async () => {
    const sessions = Array.from({ length: 40_000 }, (_, i) => ({ id: `s${i}`, title: `Talk ${i}`.repeat(10) }));
    const body = Buffer.from(JSON.stringify({ format: 'not-a-backup', sessions }));
    const { ticks, result } = await ticksDuring(() => t.app.get(ParseWorkers).run('backupDocument', body));
    expect(result.ok).toBe(false);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it('parses a large CSV on a worker thread', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `,Talk ${i},talk,${'An abstract. '.repeat(8)}`);
    const body = Buffer.from(['id,title,type,abstract', ...rows].join('\n'));
    const { ticks, result } = await ticksDuring(() => t.app.get(ParseWorkers).run('csvTable', body));
    expect(result.ok && result.value.rows.length).toBe(60_000);
    expect(ticks).toBeGreaterThanOrEqual(5);
  });

  it('answers a read while a write transaction (an import writing) is open, with the last committed state', async () => {
    const count = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM events'))[0].n);
    const before = await count();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const written = new Promise<void>((resolve) => (inserted = resolve));
    const writing = t.app.get(UnitOfWork).transaction(async (manager) => {
      await manager.query(
        `INSERT INTO events (id, slug, name, timezone, start_date, end_date, status, version, program_version, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-0000000000aa', 'held-open', 'Held open', 'UTC', '2030-01-01', '2030-01-01', 'draft', 1, 1, 0, 0)`,
      );
      inserted();
      await gate;
    });
    await written;
    // queued behind the transaction, this read would never answer before release()
    expect(await count()).toBe(before);
    release();
    await writing;
    expect(await count()).toBe(before + 1);
  });
});
