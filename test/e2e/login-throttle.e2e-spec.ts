import { ADMIN, createTestApp, TestApp } from '../create-test-app';
import { createUser, login, OWN_ORIGIN } from '../support/auth';
import { fireTogether, Instance, startSecondInstance } from '../support/instances';

/** Issue 17, findings 2 and 9: a throttle that holds under concurrency and across instances; strong passwords. */
describe('Login throttle under concurrency', () => {
  let t: TestApp;
  let second: Instance & { app: { close(): Promise<void> } };

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: 'loopback', ALLOW_SIGNUP: 'true' });
    second = await startSecondInstance(t);
  });
  afterAll(async () => {
    await second.app.close();
    await t.close();
  });
  beforeEach(() => t.dataSource.query('DELETE FROM throttle_hits'));

  const wrongLogin =
    (agent: () => import('supertest').Agent, from: string, email = ADMIN.email) =>
    () =>
      agent().post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password: 'not the right password' });
  const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

  it('answers 40 parallel wrong passwords for one account with at most 5 × 401 and the rest 429', async () => {
    const responses = await fireTogether(Array.from({ length: 40 }, () => wrongLogin(t.anon, '203.0.113.1')));
    const statuses = responses.map((r) => r.status);
    expect(count(statuses, 401)).toBeLessThanOrEqual(5);
    expect(count(statuses, 429)).toBeGreaterThanOrEqual(35);
    expect(count(statuses, 401) + count(statuses, 429)).toBe(40);
  });

  it('shares the limit between two app instances on one database', async () => {
    const responses = await fireTogether(
      Array.from({ length: 20 }, (_, i) => wrongLogin(i % 2 ? t.anon : second.anon, '203.0.113.2')),
    );
    const statuses = responses.map((r) => r.status);
    expect(count(statuses, 401)).toBeLessThanOrEqual(5);
    expect(count(statuses, 429)).toBeGreaterThanOrEqual(15);
  });

  it('counts tries on one instance against the other: 5 wrong on A, then B refuses', async () => {
    for (let i = 0; i < 5; i++) expect((await wrongLogin(t.anon, '203.0.113.3')()).status).toBe(401);
    const onB = await second
      .anon()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.3')
      .send({ email: ADMIN.email, password: ADMIN.password });
    expect(onB.status).toBe(429);
  });

  it("does not lock the owner out of their usual address when others guess the account's password", async () => {
    const owner = await createUser(t);
    const home = '198.51.100.20';
    await login(t, owner.email, owner.password, { 'X-Forwarded-For': home });
    for (let i = 0; i < 30; i++) await wrongLogin(t.anon, `203.0.113.${100 + i}`, owner.email)();
    const fromHome = await t
      .anon()
      .post('/api/auth/login')
      .set('X-Forwarded-For', home)
      .send({ email: owner.email, password: owner.password });
    expect(fromHome.status).toBe(200);
    const fromElsewhere = await t
      .anon()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '192.0.2.77')
      .send({ email: owner.email, password: owner.password });
    expect(fromElsewhere.status).toBe(429);
  });

  it('throttles password changes too: 12 parallel wrong current passwords give at most 5 × 401', async () => {
    const user = await createUser(t);
    const { cookie } = await login(t, user.email, user.password, { 'X-Forwarded-For': '198.51.100.30' });
    const responses = await fireTogether(
      Array.from(
        { length: 12 },
        () => () =>
          t
            .anon()
            .post('/api/auth/password')
            .set('Cookie', cookie)
            .set('Origin', OWN_ORIGIN)
            .send({ currentPassword: 'a wrong current password', newPassword: 'an entirely new passphrase 77' }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(count(statuses, 401)).toBeLessThanOrEqual(5);
    expect(count(statuses, 429)).toBeGreaterThanOrEqual(7);
  });

  it.each(['abababababab', 'qwertyuiop12', 'Summer2024!!'])(
    'refuses the guessable password %s with 400 naming password',
    async (password) => {
      const res = await t
        .anon()
        .post('/api/auth/signup')
        .send({ email: `weak-${password.length}-${Date.now()}@test.example`, password, name: 'Weak Pat' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^password is too easy to guess/)]);
    },
  );
});
