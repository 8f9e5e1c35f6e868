import { largeScheduleXml } from '../../bench/import-stall.bench';
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
});
