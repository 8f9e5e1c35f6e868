import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../create-test-app';
import { killServer, ServerProcess, startServer } from '../support/server-process';

const account = (n: number) => ({
  email: `racer${n}@test.example`,
  password: `racing passphrase number ${n}`,
  name: `Racer ${n}`,
});

/** Removes every account so the instance is unclaimed again, as on a fresh install. */
async function unclaim(t: TestApp) {
  for (const table of ['api_tokens', 'login_sessions', 'event_members', 'users', 'instance_claims']) {
    await t.dataSource.query(`DELETE FROM ${table}`);
  }
}

describe('The first administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is exactly one however ten sign-ups race on an empty instance', async () => {
    await unclaim(t);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) => t.anon().post('/api/auth/signup').send(account(n))),
    );
    expect(answers.map((res) => res.status).sort()).toEqual([201, ...Array(9).fill(403)]);
    const admins = await t.dataSource.query<unknown[]>('SELECT email FROM users WHERE is_admin');
    expect(admins).toHaveLength(1);
    expect(await t.dataSource.query('SELECT email FROM users')).toHaveLength(1);
  });

  it('is exactly one with ALLOW_SIGNUP=true too: the others become ordinary accounts', async () => {
    const open = await createTestApp({ ALLOW_SIGNUP: 'true' });
    try {
      await unclaim(open);
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, n) => open.anon().post('/api/auth/signup').send(account(n))),
      );
      expect(answers.every((res) => res.status === 201)).toBe(true);
      expect(answers.filter((res) => res.body.isAdmin)).toHaveLength(1);
    } finally {
      await open.close();
    }
  });
});

describe('The setup code of an instance reachable beyond loopback', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-setup-'));
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer(join(dir, 'agenda.sqlite'), { env: { SETUP_CODE_REQUIRED: 'true' } });
  });
  afterAll(async () => {
    await killServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  const signup = (body: object) =>
    fetch(`${server.url}/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('is printed in the log, required by the first sign-up, and used up by it', async () => {
    const code = /setup code ([A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})/.exec(server.output())?.[1];
    expect(code).toBeDefined();

    const without = await signup(account(1));
    expect(without.status).toBe(403);
    expect(((await without.json()) as { message: string[] }).message[0]).toMatch(
      /setup code printed in the server log/,
    );
    expect((await signup({ ...account(1), setupCode: 'AAAAA-BBBBB-CCCCC' })).status).toBe(403);

    const first = await signup({ ...account(1), setupCode: code!.toLowerCase() });
    expect(first.status).toBe(201);
    expect(((await first.json()) as { isAdmin: boolean }).isAdmin).toBe(true);
    expect((await signup({ ...account(2), setupCode: code })).status).toBe(403);
  });
});
