import { performance } from 'node:perf_hooks';
import { ADMIN, createTestApp, TestApp } from '../create-test-app';
import { buildEvent, create } from '../factories/program.factory';
import { createUser, login } from '../support/auth';

/** Issue 17, finding 8: sign-up and member invitations do not tell whether an e-mail has an account. */
describe('Account enumeration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ALLOW_SIGNUP: 'true' });
  });
  afterAll(() => t.close());

  const signup = (email: string) =>
    t.anon().post('/api/auth/signup').send({ email, password: 'a fresh and long passphrase 9', name: 'Someone' });
  const timed = async (email: string) => {
    const started = performance.now();
    const res = await signup(email);
    return { res, ms: performance.now() - started };
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  it('answers a sign-up with a taken e-mail like one with a new e-mail, and leaves the account alone', async () => {
    const taken = await signup(ADMIN.email);
    const fresh = await signup(`fresh-${Date.now()}@test.example`);
    expect(taken.status).toBe(201);
    expect(fresh.status).toBe(201);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(taken.body).toMatchObject({ email: ADMIN.email, isAdmin: false });
    await login(t, ADMIN.email, ADMIN.password); // the real account still has its own password
    const hijack = await t
      .anon()
      .post('/api/auth/login')
      .send({ email: ADMIN.email, password: 'a fresh and long passphrase 9' });
    expect(hijack.status).toBe(401);
  });

  it('takes about as long for a taken e-mail as for a new one (both hash the password)', async () => {
    const takenTimes: number[] = [];
    const freshTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      takenTimes.push((await timed(ADMIN.email)).ms);
      freshTimes.push((await timed(`timing-${i}-${Date.now()}@test.example`)).ms);
    }
    // Before: 15 ms against 300 ms. A generous bound, since the machine is shared.
    expect(median(takenTimes)).toBeGreaterThan(median(freshTimes) / 3);
  });

  it('answers an invitation identically whether the e-mail has an account, and names the member only once they use it', async () => {
    const event = await create(t.http, '/api/events', buildEvent({ slug: `enum-${Date.now()}` }));
    const base = `/api/events/${event.id}/members`;
    const existing = await createUser(t, { name: 'Hidden Name' });
    const forExisting = await t.http().post(base).send({ email: existing.email, role: 'editor' });
    const forNobody = await t.http().post(base).send({ email: 'nobody-here@test.example', role: 'editor' });
    expect(forExisting.status).toBe(201);
    expect(forNobody.status).toBe(201);
    expect(forExisting.body).toEqual(forNobody.body);
    expect(JSON.stringify(forExisting.body)).not.toContain('Hidden Name');
    const pending = await t.http().get(`${base}/invitations`).expect(200);
    expect(pending.body).toEqual([
      { email: 'nobody-here@test.example', role: 'editor' },
      { email: existing.email, role: 'editor' },
    ]);

    // The invited person opens the event: the invitation becomes a membership.
    const { cookie } = await login(t, existing.email, existing.password);
    await t.anon().get(`/api/events/${event.id}`).set('Cookie', cookie).expect(200);
    const members = await t.http().get(base).expect(200);
    expect(members.body).toContainEqual(
      expect.objectContaining({ email: existing.email, name: 'Hidden Name', role: 'editor' }),
    );
    expect((await t.http().get(`${base}/invitations`)).body).toEqual([
      { email: 'nobody-here@test.example', role: 'editor' },
    ]);
  });
});
