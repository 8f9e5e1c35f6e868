import { ADMIN, createTestApp, TestApp } from '../create-test-app';
import { buildEvent } from '../factories/program.factory';
import {
  createUser,
  dumpDatabase,
  freezeClock,
  hours,
  login,
  minutes,
  OWN_ORIGIN,
  SESSION_COOKIE,
  sessionCookieOf,
  sha256,
  tokenSecretPart,
  withCookie,
  withCookieOnly,
} from '../support/auth';

/** A fixed instant for tests that move the clock. */
const T0 = new Date('2031-05-04T08:00:00.000Z');
const at = (ms: number) => new Date(+T0 + ms);
const iso = (ms: number) => at(ms).toISOString();

/** Issue 5: login sessions, logout, password changes, throttling, CSRF, sign-up, headers and request ids. */
describe('Auth: login sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const me = (cookie: string) => t.anon().get('/api/auth/me').set('Cookie', cookie);

  describe('session cookie', () => {
    it('sets the session ID in an HttpOnly, SameSite=Lax, Path=/ cookie, without Secure by default (plain-http tests)', async () => {
      const { res } = await login(t, ADMIN.email, ADMIN.password);
      const cookie = sessionCookieOf(res);
      expect(cookie.attributes.httponly).toBe(true);
      expect(cookie.attributes.samesite).toBe('Lax');
      expect(cookie.attributes.path).toBe('/');
      expect(cookie.attributes.secure).toBeUndefined();
      expect(cookie.attributes.domain).toBeUndefined(); // host-only: not sent to sibling subdomains
      expect(cookie.attributes['max-age']).toBe(String(12 * 3600));
    });

    it.each([
      ['COOKIE_SECURE=true', { COOKIE_SECURE: 'true' }, true],
      ['NODE_ENV=production (on by default)', { NODE_ENV: 'production' }, true],
      [
        'NODE_ENV=production with COOKIE_SECURE=false (explicitly off)',
        { NODE_ENV: 'production', COOKIE_SECURE: 'false' },
        false,
      ],
    ])('honours %s for the Secure flag', async (_, env, secure) => {
      const app = await createTestApp(env);
      try {
        const { res } = await login(app, ADMIN.email, ADMIN.password);
        const cookie = sessionCookieOf(res);
        expect(cookie.attributes.secure === true).toBe(secure);
        expect(cookie.attributes.httponly).toBe(true);
        expect(cookie.attributes.samesite).toBe('Lax');
      } finally {
        await app.close();
      }
    });
  });

  describe('session ID', () => {
    it('is 43 base64url characters (256 bits) and new at every login', async () => {
      const secrets = new Set<string>();
      for (let i = 0; i < 3; i++) {
        const { secret } = await login(t, ADMIN.email, ADMIN.password);
        expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
        secrets.add(secret);
      }
      expect(secrets.size).toBe(3);
    });

    it('is stored only as its SHA-256: the raw ID appears nowhere in the database', async () => {
      const { secret, sessionId } = await login(t, ADMIN.email, ADMIN.password);
      const rows: { id: string; secret_hash: string }[] = await t.dataSource.query('SELECT * FROM login_sessions');
      expect(rows.find((row) => row.id === sessionId)?.secret_hash).toBe(sha256(secret));
      const table = JSON.stringify(rows);
      expect(table).toContain(sha256(secret));
      expect(table).not.toContain(secret);
      expect(await dumpDatabase(t.dataSource)).not.toContain(secret);
    });

    it('is not exposed to the API: login, /me and the session list carry only the public session handle', async () => {
      const { res, secret, cookie } = await login(t, ADMIN.email, ADMIN.password);
      const listed = await withCookie(t, cookie)().get('/api/auth/sessions');
      const current = await me(cookie);
      for (const body of [res.text, listed.text, current.text]) {
        expect(body).not.toContain(secret);
        expect(body).not.toContain(sha256(secret));
      }
    });
  });

  describe('rotation at login (no session fixation)', () => {
    it('discards the session the client sent with its login: the old cookie stops working', async () => {
      const first = await login(t, ADMIN.email, ADMIN.password);
      expect((await me(first.cookie)).status).toBe(200);
      const second = await login(t, ADMIN.email, ADMIN.password, { Cookie: first.cookie, Origin: OWN_ORIGIN });
      expect(second.secret).not.toBe(first.secret);
      expect(second.sessionId).not.toBe(first.sessionId);
      expect((await me(first.cookie)).status).toBe(401);
      expect((await me(second.cookie)).status).toBe(200);
    });

    it('never adopts a session ID chosen by the client', async () => {
      const planted = 'A'.repeat(43);
      const { secret } = await login(t, ADMIN.email, ADMIN.password, { Cookie: `${SESSION_COOKIE}=${planted}` });
      expect(secret).not.toBe(planted);
      expect((await me(`${SESSION_COOKIE}=${planted}`)).status).toBe(401);
    });
  });

  describe('expiry', () => {
    it('ends a session 31 minutes after login when unused', async () => {
      const move = freezeClock(t, T0);
      const { cookie } = await login(t, ADMIN.email, ADMIN.password);
      move(at(minutes(31)));
      expect((await me(cookie)).status).toBe(401);
    });

    it('slides the 30-minute idle timeout forward on each authenticated request', async () => {
      const move = freezeClock(t, T0);
      const { cookie, res } = await login(t, ADMIN.email, ADMIN.password);
      expect(res.body.session.idleExpiresAt).toBe(iso(minutes(30)));

      move(at(minutes(29)));
      const still = await me(cookie);
      expect(still.status).toBe(200);
      expect(still.body.session.idleExpiresAt).toBe(iso(minutes(59)));

      move(at(minutes(58))); // past the first 30 minutes, within 30 of the last use
      expect((await me(cookie)).status).toBe(200);

      move(at(minutes(58 + 31))); // 31 minutes after the last use
      const expired = await me(cookie);
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ statusCode: 401 });
    });

    it('ends a session 12 hours after login however actively it is used', async () => {
      const move = freezeClock(t, T0);
      const { cookie } = await login(t, ADMIN.email, ADMIN.password);
      for (let minute = 20; minute < 12 * 60; minute += 20) {
        move(at(minutes(minute)));
        const res = await me(cookie);
        expect(res.status).toBe(200);
        expect(res.body.session.absoluteExpiresAt).toBe(iso(hours(12)));
      }
      // 11 h 40 min: the idle expiry the UI sees is capped at the absolute one
      const last = await me(cookie);
      expect(last.body.session.idleExpiresAt).toBe(iso(hours(12)));
      move(at(hours(12)));
      expect((await me(cookie)).status).toBe(401);
    });

    it('takes the idle and absolute lifetimes from SESSION_IDLE_MINUTES and SESSION_ABSOLUTE_HOURS', async () => {
      const app = await createTestApp({ SESSION_IDLE_MINUTES: '10', SESSION_ABSOLUTE_HOURS: '2' });
      try {
        const move = freezeClock(app, T0);
        const { res, cookie } = await login(app, ADMIN.email, ADMIN.password);
        expect(res.body.session).toMatchObject({ idleExpiresAt: iso(minutes(10)), absoluteExpiresAt: iso(hours(2)) });
        expect(sessionCookieOf(res).attributes['max-age']).toBe('7200');
        move(at(minutes(11)));
        expect((await app.anon().get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
      } finally {
        await app.close();
      }
    });
  });

  describe('GET /api/auth/me', () => {
    it('returns the user and when the session ends, so a UI can warn before it does', async () => {
      const move = freezeClock(t, T0);
      const { cookie, sessionId } = await login(t, ADMIN.email, ADMIN.password);
      move(at(minutes(5)));
      const res = await me(cookie);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        user: { id: expect.any(String), email: ADMIN.email, name: ADMIN.name, isAdmin: true },
        authenticatedBy: 'session',
        session: {
          id: sessionId,
          createdAt: iso(0),
          lastSeenAt: iso(minutes(5)),
          idleExpiresAt: iso(minutes(35)),
          absoluteExpiresAt: iso(hours(12)),
          current: true,
        },
      });
    });

    it('says a Bearer caller is authenticated by token, without a session', async () => {
      const res = await t.http().get('/api/auth/me');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ authenticatedBy: 'token', user: { email: ADMIN.email } });
      expect(res.body.session).toBeUndefined();
    });

    it('answers 401 without credentials, and for a cookie the server never issued', async () => {
      expect((await t.anon().get('/api/auth/me')).status).toBe(401);
      expect((await me(`${SESSION_COOKIE}=${'x'.repeat(43)}`)).status).toBe(401);
    });
  });

  describe('logout', () => {
    it('revokes the session server-side: the replayed cookie is refused', async () => {
      const { cookie, secret } = await login(t, ADMIN.email, ADMIN.password);
      const res = await withCookie(t, cookie)().post('/api/auth/logout');
      expect(res.status).toBe(204);
      const cleared = sessionCookieOf(res);
      expect(cleared.value).toBe('');
      expect(cleared.attributes['max-age']).toBe('0');
      expect((await me(cookie)).status).toBe(401);
      const [row] = (await t.dataSource.query('SELECT * FROM login_sessions')).filter(
        (r: { secret_hash: string }) => r.secret_hash === sha256(secret),
      );
      expect(row.revoked_at).not.toBeNull();
    });
  });

  describe('password change', () => {
    it("ends the user's other sessions, keeps the current one, and needs the current password", async () => {
      const user = await createUser(t);
      const here = await login(t, user.email, user.password);
      const elsewhere = await login(t, user.email, user.password);
      const newPassword = 'an entirely new passphrase 2031';

      const wrong = await withCookie(t, here.cookie)()
        .post('/api/auth/password')
        .send({ currentPassword: 'not my password at all', newPassword });
      expect(wrong.status).toBe(401);
      expect(wrong.body.message).toEqual(['current password is wrong']);
      expect((await me(elsewhere.cookie)).status).toBe(200); // nothing changed

      const changed = await withCookie(t, here.cookie)()
        .post('/api/auth/password')
        .send({ currentPassword: user.password, newPassword });
      expect(changed.status).toBe(204);
      expect((await me(here.cookie)).status).toBe(200);
      expect((await me(elsewhere.cookie)).status).toBe(401);

      expect((await t.anon().post('/api/auth/login').send({ email: user.email, password: user.password })).status).toBe(
        401,
      );
      await login(t, user.email, newPassword);
    });

    it('refuses a weak new password with 400 naming the problem, and keeps the old one', async () => {
      const user = await createUser(t);
      const { cookie } = await login(t, user.email, user.password);
      const res = await withCookie(t, cookie)()
        .post('/api/auth/password')
        .send({ currentPassword: user.password, newPassword: 'short1' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['password must be at least 12 characters long']);
      await login(t, user.email, user.password);
    });

    it('is for a signed-in person only: a Bearer token gets 403', async () => {
      const res = await t
        .http()
        .post('/api/auth/password')
        .send({ currentPassword: ADMIN.password, newPassword: 'some other long passphrase' });
      expect(res.status).toBe(403);
    });
  });

  describe('listing and revoking own sessions', () => {
    it("lists the user's live sessions, marking the current one, without secrets", async () => {
      const user = await createUser(t);
      const a = await login(t, user.email, user.password);
      const b = await login(t, user.email, user.password);
      const res = await withCookie(t, a.cookie)().get('/api/auth/sessions');
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(2);
      const byId = Object.fromEntries(res.body.map((s: { id: string }) => [s.id, s]));
      expect(byId[a.sessionId]).toMatchObject({ current: true });
      expect(byId[b.sessionId]).toMatchObject({ current: false });
      for (const session of res.body) {
        expect(Object.keys(session).sort()).toEqual([
          'absoluteExpiresAt',
          'createdAt',
          'current',
          'id',
          'idleExpiresAt',
          'lastSeenAt',
        ]);
      }
    });

    it("revokes one of the user's sessions by id: that cookie is refused, the list shrinks", async () => {
      const user = await createUser(t);
      const a = await login(t, user.email, user.password);
      const b = await login(t, user.email, user.password);
      const res = await withCookie(t, a.cookie)().delete(`/api/auth/sessions/${b.sessionId}`);
      expect(res.status).toBe(204);
      expect((await me(b.cookie)).status).toBe(401);
      expect((await me(a.cookie)).status).toBe(200);
      const listed = await withCookie(t, a.cookie)().get('/api/auth/sessions');
      expect(listed.body.map((s: { id: string }) => s.id)).toEqual([a.sessionId]);
      expect((await withCookie(t, a.cookie)().delete(`/api/auth/sessions/${b.sessionId}`)).status).toBe(404);
    });

    it("cannot revoke another user's session (404), which stays alive", async () => {
      const alice = await createUser(t);
      const bob = await createUser(t);
      const aliceLogin = await login(t, alice.email, alice.password);
      const bobLogin = await login(t, bob.email, bob.password);
      const res = await withCookie(t, aliceLogin.cookie)().delete(`/api/auth/sessions/${bobLogin.sessionId}`);
      expect(res.status).toBe(404);
      expect((await me(bobLogin.cookie)).status).toBe(200);
      const listed = await withCookie(t, aliceLogin.cookie)().get('/api/auth/sessions');
      expect(listed.body.map((s: { id: string }) => s.id)).not.toContain(bobLogin.sessionId);
    });
  });

  describe('login errors', () => {
    it('answers an unknown e-mail and a wrong password with byte-identical 401 bodies', async () => {
      const user = await createUser(t);
      const unknown = await t
        .anon()
        .post('/api/auth/login')
        .send({ email: `nobody-${Date.now()}@test.example`, password: 'whatever password 123' });
      const wrong = await t
        .anon()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'whatever password 123' });
      expect(unknown.status).toBe(401);
      expect(wrong.status).toBe(401);
      expect(wrong.text).toBe(unknown.text);
      expect(wrong.headers['content-type']).toBe(unknown.headers['content-type']);
      expect(unknown.headers['set-cookie']).toBeUndefined();
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });
  });

  describe('login throttling', () => {
    // The throttle lives in the database: a fresh app per test, its throttle state emptied (PostgreSQL is shared).
    let fresh: TestApp;
    beforeEach(async () => {
      fresh = await createTestApp();
      await fresh.dataSource.query('DELETE FROM throttle_hits');
    });
    afterEach(() => fresh.close());

    const attempt = (email: string, password: string, ip?: string) => {
      const req = fresh.anon().post('/api/auth/login');
      if (ip) req.set('X-Forwarded-For', ip);
      return req.send({ email, password });
    };

    it('answers the 6th attempt after 5 wrong passwords with 429 and Retry-After, even with the right password, until the window passes', async () => {
      const move = freezeClock(fresh, T0);
      for (let i = 0; i < 5; i++) expect((await attempt(ADMIN.email, `wrong password number ${i}`)).status).toBe(401);

      const blocked = await attempt(ADMIN.email, ADMIN.password);
      expect(blocked.status).toBe(429);
      expect(blocked.headers['retry-after']).toBe('900');
      expect(blocked.body).toMatchObject({ statusCode: 429, retryAfter: 900 });
      expect(blocked.headers['set-cookie']).toBeUndefined();

      move(at(minutes(14)));
      const later = await attempt(ADMIN.email, ADMIN.password);
      expect(later.status).toBe(429);
      expect(later.headers['retry-after']).toBe('60');

      move(at(minutes(15)));
      expect((await attempt(ADMIN.email, ADMIN.password)).status).toBe(200);
    });

    it('throttles an unknown e-mail exactly like a known one (no account enumeration)', async () => {
      freezeClock(fresh, T0);
      const nobody = 'nobody@test.example';
      for (let i = 0; i < 5; i++) expect((await attempt(nobody, `wrong password number ${i}`)).status).toBe(401);
      const blocked = await attempt(nobody, 'wrong password number 5');
      expect(blocked.status).toBe(429);
      expect(blocked.headers['retry-after']).toBe('900');
    });

    it('throttles per client address: after 30 failures across accounts, another account is refused too', async () => {
      freezeClock(fresh, T0);
      for (let i = 0; i < 30; i++)
        expect((await attempt(`spray-${i}@test.example`, 'a guessed password 1')).status).toBe(401);
      const blocked = await attempt(ADMIN.email, ADMIN.password);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('does not let a client dodge the per-address limit with a forged X-Forwarded-For', async () => {
      freezeClock(fresh, T0);
      for (let i = 0; i < 30; i++) {
        expect((await attempt(`spray-${i}@test.example`, 'a guessed password 1', `203.0.113.${i + 1}`)).status).toBe(
          401,
        );
      }
      expect((await attempt(ADMIN.email, ADMIN.password, '198.51.100.7')).status).toBe(429);
    });

    it('counts clients apart by X-Forwarded-For when TRUST_PROXY names the reverse proxy', async () => {
      const proxied = await createTestApp({ TRUST_PROXY: 'loopback' });
      try {
        freezeClock(proxied, T0);
        const from = (ip: string, email: string, password: string) =>
          proxied.anon().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
        for (let i = 0; i < 30; i++)
          expect((await from('203.0.113.9', `spray-${i}@test.example`, 'a guessed password 1')).status).toBe(401);
        expect((await from('203.0.113.9', ADMIN.email, ADMIN.password)).status).toBe(429);
        expect((await from('198.51.100.7', ADMIN.email, ADMIN.password)).status).toBe(200);
      } finally {
        await proxied.close();
      }
    });
  });

  describe('CSRF protection of cookie-authenticated writes', () => {
    let cookie: string;
    beforeAll(async () => {
      ({ cookie } = await login(t, ADMIN.email, ADMIN.password));
    });

    it('refuses a cookie-authenticated write without Origin or Referer with 403', async () => {
      const res = await withCookieOnly(t, cookie)().post('/api/events').send(buildEvent());
      expect(res.status).toBe(403);
      expect(res.body.message[0]).toMatch(/cross-site/);
    });

    it.each([
      ['a foreign Origin', { Origin: 'https://evil.example' }],
      ['a look-alike Origin', { Origin: 'https://agenda.example.evil.example' }],
      ['Origin: null (sandboxed frame)', { Origin: 'null' }],
      ['a foreign Referer', { Referer: 'https://evil.example/agenda.example/form' }],
    ])('refuses a cookie-authenticated write with %s with 403', async (_, headers) => {
      const res = await withCookieOnly(t, cookie)().post('/api/events').set(headers).send(buildEvent());
      expect(res.status).toBe(403);
    });

    it('allows a cookie-authenticated write from the own origin (PUBLIC_BASE_URL), by Origin or by Referer', async () => {
      expect(
        (await withCookieOnly(t, cookie)().post('/api/events').set('Origin', OWN_ORIGIN).send(buildEvent())).status,
      ).toBe(201);
      expect(
        (
          await withCookieOnly(t, cookie)()
            .post('/api/events')
            .set('Referer', `${OWN_ORIGIN}/events/new`)
            .send(buildEvent())
        ).status,
      ).toBe(201);
    });

    it('protects logout and session revocation too: without Origin they are refused and the session lives on', async () => {
      const { cookie: victim, sessionId } = await login(t, ADMIN.email, ADMIN.password);
      expect((await withCookieOnly(t, victim)().post('/api/auth/logout')).status).toBe(403);
      expect((await withCookieOnly(t, victim)().delete(`/api/auth/sessions/${sessionId}`)).status).toBe(403);
      expect((await me(victim)).status).toBe(200);
    });

    it('lets cookie-authenticated reads through without Origin', async () => {
      expect((await withCookieOnly(t, cookie)().get('/api/auth/me')).status).toBe(200);
    });

    it('needs no Origin for Bearer-token writes', async () => {
      const res = await t.http().post('/api/events').send(buildEvent());
      expect(res.status).toBe(201);
    });

    it('also allows an origin listed in CORS_ORIGINS', async () => {
      const app = await createTestApp({ CORS_ORIGINS: 'https://app.example' });
      try {
        const { cookie: c } = await login(app, ADMIN.email, ADMIN.password);
        const ok = await app
          .anon()
          .post('/api/events')
          .set('Cookie', c)
          .set('Origin', 'https://app.example')
          .send(buildEvent());
        expect(ok.status).toBe(201);
        const refused = await app
          .anon()
          .post('/api/events')
          .set('Cookie', c)
          .set('Origin', 'https://other.example')
          .send(buildEvent());
        expect(refused.status).toBe(403);
      } finally {
        await app.close();
      }
    });
  });

  describe('sign-up', () => {
    it('is closed once the first user exists: a second sign-up gets 403', async () => {
      const res = await t
        .anon()
        .post('/api/auth/signup')
        .send({ email: 'second@test.example', password: 'a long enough passphrase', name: 'Second' });
      expect(res.status).toBe(403);
      expect(res.body.message[0]).toMatch(/sign-up is closed/);
      expect(
        (
          await t
            .anon()
            .post('/api/auth/login')
            .send({ email: 'second@test.example', password: 'a long enough passphrase' })
        ).status,
      ).toBe(401);
    });

    it('makes the very first user the administrator, then closes', async () => {
      const app = await createTestApp();
      try {
        await app.dataSource.query('DELETE FROM api_tokens');
        await app.dataSource.query('DELETE FROM login_sessions');
        await app.dataSource.query('DELETE FROM users');
        await app.dataSource.query('DELETE FROM instance_claims');
        const first = await app
          .anon()
          .post('/api/auth/signup')
          .send({ email: 'First@Test.Example', password: 'opening night passphrase', name: 'First' });
        expect(first.status).toBe(201);
        expect(first.body).toEqual({
          id: expect.any(String),
          email: 'first@test.example',
          name: 'First',
          isAdmin: true,
        });
        const second = await app
          .anon()
          .post('/api/auth/signup')
          .send({ email: 'second@test.example', password: 'closing night passphrase', name: 'Second' });
        expect(second.status).toBe(403);
      } finally {
        await app.close();
      }
    });

    describe('with ALLOW_SIGNUP=true', () => {
      let open: TestApp;
      beforeAll(async () => {
        open = await createTestApp({ ALLOW_SIGNUP: 'true' });
      });
      afterAll(() => open.close());

      const signup = (body: { email: string; password: string; name: string }) =>
        open.anon().post('/api/auth/signup').send(body);

      it('lets a second user sign up, not as administrator, and log in', async () => {
        const body = { email: 'jane@test.example', password: 'she has a long passphrase', name: 'Jane' };
        const res = await signup(body);
        expect(res.status).toBe(201);
        expect(res.body).toEqual({ id: expect.any(String), email: body.email, name: 'Jane', isAdmin: false });
        expect(res.text).not.toContain(body.password);
        await login(open, body.email, body.password);
      });

      it.each([
        ['too short (11 characters)', 'elevenchars', 'password must be at least 12 characters long'],
        ['too long (129 characters)', 'x1'.repeat(64) + 'z', '128 characters'],
        ['a common one', 'password1234', 'password is too easy to guess'],
        ['a common one in other letter case', 'PassWord1234', 'password is too easy to guess'],
        ['one repeated character', 'zzzzzzzzzzzzzzzz', 'password is too easy to guess'],
        ['containing the name', 'my name is Rosalind Franklin', 'password must not contain your name or e-mail'],
        ['containing the e-mail', 'rosalind.franklin forever', 'password must not contain your name or e-mail'],
      ])('refuses a password that is %s with 400 naming the problem', async (_, password, problem) => {
        const res = await signup({ email: 'rosalind.franklin@test.example', password, name: 'Rosalind Franklin' });
        expect(res.status).toBe(400);
        expect(res.body.message.join(' ')).toContain(problem);
      });

      it('accepts long passphrases with spaces and any Unicode, and does not truncate them', async () => {
        const password = `Grüße aus Köln 🎉 — ${'a long passphrase '.repeat(6)}`.slice(0, 128);
        expect(password.length).toBeGreaterThan(64);
        const email = 'unicode@test.example';
        expect((await signup({ email, password, name: 'Unicode' })).status).toBe(201);
        await login(open, email, password);
        const truncated = await open
          .anon()
          .post('/api/auth/login')
          .send({ email, password: password.slice(0, -1) });
        expect(truncated.status).toBe(401);
      });

      it('stores passwords only as salted scrypt hashes: same password, different hashes, never the clear text', async () => {
        const password = 'two people share this passphrase';
        expect((await signup({ email: 'twin1@test.example', password, name: 'Twin One' })).status).toBe(201);
        expect((await signup({ email: 'twin2@test.example', password, name: 'Twin Two' })).status).toBe(201);
        const rows: { email: string; password_hash: string }[] = await open.dataSource.query(
          'SELECT email, password_hash FROM users',
        );
        const hashes = rows.filter((r) => r.email.startsWith('twin')).map((r) => r.password_hash);
        expect(hashes).toHaveLength(2);
        for (const hash of hashes) {
          const [kind, , , , salt] = hash.split('$');
          expect(kind).toBe('scrypt');
          expect(Buffer.from(salt, 'base64url').length).toBeGreaterThanOrEqual(16);
        }
        expect(hashes[0]).not.toBe(hashes[1]);
        expect(await dumpDatabase(open.dataSource)).not.toContain(password);
      });
    });
  });

  describe('secrets never at rest in clear, nor in the server log', () => {
    it('keeps passwords, session IDs and tokens out of every table and out of the log output', async () => {
      const previous = process.env.TEST_LOGS;
      process.env.TEST_LOGS = '1'; // the app's normal log levels (log, warn, error)
      const output: string[] = [];
      const capture = (stream: NodeJS.WriteStream) => {
        const original = stream.write.bind(stream);
        return jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
          output.push(String(chunk));
          return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
        });
      };
      capture(process.stdout);
      capture(process.stderr);
      const app = await createTestApp({ ALLOW_SIGNUP: 'true' });
      try {
        const person = { email: 'logcheck@test.example', password: 'a very secret passphrase 77', name: 'Log Check' };
        const newPassword = 'another very secret passphrase 78';
        expect((await app.anon().post('/api/auth/signup').send(person)).status).toBe(201);
        await app
          .anon()
          .post('/api/auth/login')
          .send({ email: person.email, password: 'a wrong secret passphrase 99' });
        const { cookie, secret } = await login(app, person.email, person.password);
        const created = await withCookie(app, cookie)()
          .post('/api/tokens')
          .send({ name: 'log check', scopes: ['read', 'write'] });
        expect(created.status).toBe(201);
        const token: string = created.body.token;
        expect(
          (await app.anon().post('/api/events').set('Authorization', `Bearer ${token}`).send(buildEvent())).status,
        ).toBe(201);
        expect((await withCookie(app, cookie)().post('/api/events').send(buildEvent())).status).toBe(201);
        expect(
          (
            await withCookie(app, cookie)()
              .post('/api/auth/password')
              .send({ currentPassword: person.password, newPassword })
          ).status,
        ).toBe(204);
        expect((await withCookie(app, cookie)().post('/api/auth/logout')).status).toBe(204);

        const dump = await dumpDatabase(app.dataSource);
        const log = output.join('');
        expect(log).toContain('Nest'); // the capture works: the app's own log lines are in it
        for (const value of [
          person.password,
          newPassword,
          'a wrong secret passphrase 99',
          secret,
          token,
          tokenSecretPart(token),
          app.adminToken,
          ADMIN.password,
        ]) {
          expect(dump).not.toContain(value);
          expect(log).not.toContain(value);
        }
      } finally {
        await app.close();
        if (previous === undefined) delete process.env.TEST_LOGS;
        else process.env.TEST_LOGS = previous;
      }
    });
  });

  describe('HTTP hardening', () => {
    it('sends security headers (helmet) on API responses', async () => {
      const res = await t.anon().get('/api/health');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('sends security headers on error responses too', async () => {
      const res = await t.anon().get('/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBeDefined();
    });

    it('gives every response an X-Request-Id, a fresh one per request', async () => {
      const responses = [
        await t.anon().get('/api/health'),
        await t.anon().get('/api/auth/me'), // 401
        await t.anon().get('/api/no-such-route'), // 404
        await t.anon().post('/api/auth/login').send({ email: 'x' }), // 400
        await t.http().get('/api/events'),
      ];
      const ids = responses.map((res) => res.headers['x-request-id']);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('echoes a valid incoming X-Request-Id', async () => {
      const res = await t.anon().get('/api/health').set('X-Request-Id', 'client-trace-0123456789abcdef');
      expect(res.headers['x-request-id']).toBe('client-trace-0123456789abcdef');
    });

    it.each([
      ['too long', 'a'.repeat(200)],
      ['with characters outside a plain id', 'id with spaces <script>'],
    ])('replaces an incoming X-Request-Id that is %s with its own', async (_, incoming) => {
      const res = await t.anon().get('/api/health').set('X-Request-Id', incoming);
      expect(res.headers['x-request-id']).not.toBe(incoming);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});
