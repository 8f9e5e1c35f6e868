import { Clock } from '../../src/common/clock/clock';
import { AgendaPruner } from '../../src/agendas/agenda-pruner.service';
import { addressGroup } from '../../src/throttle/client-address';
import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { fireTogether, startSecondInstance } from '../support/instances';

const DAY = 86_400_000;

/** Issue 17, finding 6: anonymous agenda writes are limited per address; unused agendas are pruned. */
describe('Anonymous agenda writes', () => {
  let t: TestApp;
  let p: Program;
  let sessionId: string;

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback' });
    p = await createProgram(t.http);
    sessionId = (
      await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({ startsAt: '2026-03-10T09:00:00+01:00', endsAt: '2026-03-10T10:00:00+01:00' }),
      )
    ).id;
    await t.http().post(`${p.base}/publish`).send({}).expect(200);
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query('DELETE FROM throttle_hits'));

  const createAgenda =
    (from: string, agent = t.anon) =>
    () =>
      agent()
        .post(`${p.base}/agendas`)
        .set('X-Forwarded-For', from)
        .send({ sessionIds: [sessionId] });
  const starsOf = async () =>
    (await t.http().get(`${p.base}/insights`).expect(200)).body.sessions.find((s: { id: string }) => s.id === sessionId)
      .stars as number;

  it('lets one address create at most 20 agendas an hour, so 100 parallel creations add at most 20 stars', async () => {
    const before = await starsOf();
    const responses = await fireTogether(Array.from({ length: 100 }, () => createAgenda('203.0.113.50')));
    const created = responses.filter((r) => r.status === 201).length;
    expect(created).toBeLessThanOrEqual(20);
    expect(responses.filter((r) => r.status === 429)).toHaveLength(100 - created);
    expect(responses.find((r) => r.status === 429)!.headers['retry-after']).toMatch(/^\d+$/);
    expect((await starsOf()) - before).toBe(created);
    // another address is not affected
    expect((await createAgenda('198.51.100.50')()).status).toBe(201);
  });

  it('counts one IPv6 /64 as one address', async () => {
    for (let i = 1; i <= 20; i++) expect((await createAgenda(`2001:db8:1:2::${i.toString(16)}`)()).status).toBe(201);
    expect((await createAgenda('2001:db8:1:2:ffff::1')()).status).toBe(429);
    expect((await createAgenda('2001:db8:1:3::1')()).status).toBe(201);
  });

  it('shares the limit between two app instances', async () => {
    const second = await startSecondInstance(t);
    try {
      for (let i = 0; i < 20; i++) expect((await createAgenda('203.0.113.60')()).status).toBe(201);
      expect((await createAgenda('203.0.113.60', second.anon)()).status).toBe(429);
    } finally {
      await second.app.close();
    }
  });

  it('limits agenda updates per address too', async () => {
    const limited = await createTestApp({ TRUST_PROXY: 'loopback', AGENDA_UPDATES_PER_HOUR: '3' });
    try {
      const q = await createProgram(limited.http);
      await limited.http().post(`${q.base}/publish`).send({}).expect(200);
      const { token } = (await limited.anon().post(`${q.base}/agendas`).send({ sessionIds: [] }).expect(201)).body;
      const update = () =>
        limited.anon().put(`/api/agendas/${token}`).set('X-Forwarded-For', '203.0.113.70').send({ sessionIds: [] });
      for (let i = 0; i < 3; i++) expect((await update()).status).toBe(200);
      expect((await update()).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('deletes agendas unused for 180 days (their stars with them) and keeps used ones', async () => {
    const stale = (await createAgenda('198.51.100.80')()).body.token as string;
    const used = (await createAgenda('198.51.100.81')()).body.token as string;
    const before = await starsOf();
    const pruner = t.app.get(AgendaPruner);
    expect((await pruner.prune(new Date(Date.now() + 179 * DAY))).agendas).toBe(0);
    // the used agenda is fetched 100 days from now: its 180 days start again
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 100 * DAY));
    await t.anon().get(`/api/agendas/${used}`).expect(200);
    jest.restoreAllMocks();
    const pruned = await pruner.prune(new Date(Date.now() + 181 * DAY));
    expect(pruned.agendas).toBeGreaterThanOrEqual(1);
    await t.anon().get(`/api/agendas/${stale}`).expect(404);
    await t.anon().get(`/api/agendas/${used}`).expect(200);
    expect(await starsOf()).toBeLessThan(before);
  });
});

describe('addressGroup', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
  ])('groups %s as %s', (address, group) => {
    expect(addressGroup(address)).toBe(group);
  });
});
