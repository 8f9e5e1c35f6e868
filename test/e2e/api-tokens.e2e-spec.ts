import { ADMIN, createTestApp, TestApp } from '../create-test-app';
import { buildEvent, create } from '../factories/program.factory';
import {
  createUser,
  dumpDatabase,
  freezeClock,
  hours,
  login,
  minutes,
  sha256,
  tokenSecretPart,
  withCookie,
} from '../support/auth';

const T0 = new Date('2031-05-04T08:00:00.000Z');
const at = (ms: number) => new Date(+T0 + ms);
const iso = (ms: number) => at(ms).toISOString();

const TOKEN_FORMAT = /^ap_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/;

/** Issue 5: API tokens for integrators, managed by signed-in people. */
describe('API tokens', () => {
  let t: TestApp;
  /** The admin signed in with a session cookie, sending writes from the own origin. */
  let admin: ReturnType<typeof withCookie>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = withCookie(t, (await login(t, ADMIN.email, ADMIN.password)).cookie);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const bearer = (token: string) => () => t.anon().set('Authorization', `Bearer ${token}`);
  const createToken = async (as: ReturnType<typeof withCookie>, body: Record<string, unknown>) => {
    const res = await as().post('/api/tokens').send(body);
    if (res.status !== 201) throw new Error(`POST /api/tokens -> ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; token: string; prefix: string; [key: string]: unknown };
  };
  const listTokens = async (as: ReturnType<typeof withCookie>) => {
    const res = await as().get('/api/tokens');
    expect(res.status).toBe(200);
    return { status: res.status, text: res.text, body: res.body.items };
  };

  describe('creation', () => {
    it('returns the token once, `ap_`-prefixed, with its short visible prefix and metadata', async () => {
      const res = await admin()
        .post('/api/tokens')
        .send({ name: 'Conference app', scopes: ['read'] });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'Conference app',
        prefix: expect.stringMatching(/^ap_[A-Za-z0-9_-]{8}$/),
        scopes: ['read'],
        createdAt: expect.any(String),
        token: expect.stringMatching(TOKEN_FORMAT),
      });
      expect(res.body.token.startsWith(`${res.body.prefix}_`)).toBe(true);
      expect(Buffer.from(tokenSecretPart(res.body.token), 'base64url')).toHaveLength(32);
      const me = await bearer(res.body.token)().get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ authenticatedBy: 'token', user: { email: ADMIN.email } });
    });

    it('records an event binding and an expiry', async () => {
      const event = await create(t.http, '/api/events', buildEvent());
      const body = await createToken(admin, {
        name: 'bound',
        scopes: ['read', 'write'],
        eventId: event.id,
        expiresAt: '2099-01-01T00:00:00Z',
      });
      expect(body).toMatchObject({
        eventId: event.id,
        expiresAt: '2099-01-01T00:00:00.000Z',
        scopes: ['read', 'write'],
      });
    });

    it.each([
      ['no name', { scopes: ['read'] }],
      ['no scopes', { name: 'x', scopes: [] }],
      ['an unknown scope', { name: 'x', scopes: ['admin'] }],
      ['an eventId that is not a UUID', { name: 'x', scopes: ['read'], eventId: 'abc' }],
      ['an expiry that is not an instant', { name: 'x', scopes: ['read'], expiresAt: 'tomorrow' }],
    ])('refuses a request with %s with 400', async (_, body) => {
      expect((await admin().post('/api/tokens').send(body)).status).toBe(400);
    });
  });

  describe('listing', () => {
    it("lists the user's tokens with their prefix but never the secret", async () => {
      const { id, token, prefix } = await createToken(admin, { name: 'listed', scopes: ['read'] });
      const res = await listTokens(admin);
      const entry = res.body.find((item: { id: string }) => item.id === id);
      expect(entry).toEqual({ id, name: 'listed', prefix, scopes: ['read'], createdAt: expect.any(String) });
      expect(res.text).not.toContain(token);
      expect(res.text).not.toContain(tokenSecretPart(token));
      expect(res.text).not.toContain(sha256(token));
      for (const item of res.body) expect(item.token).toBeUndefined();
    });

    it('shows a user only their own tokens', async () => {
      const alice = await createUser(t);
      const aliceClient = withCookie(t, (await login(t, alice.email, alice.password)).cookie);
      const own = await createToken(aliceClient, { name: 'alice', scopes: ['read'] });
      const res = await listTokens(aliceClient);
      expect(res.body.map((item: { id: string }) => item.id)).toEqual([own.id]);
    });
  });

  describe('storage', () => {
    it('keeps only the SHA-256 of the token in the database', async () => {
      const { id, token, prefix } = await createToken(admin, { name: 'stored', scopes: ['read'] });
      const rows: { id: string; secret_hash: string; prefix: string }[] =
        await t.dataSource.query('SELECT * FROM api_tokens');
      const row = rows.find((r) => r.id === id)!;
      expect(row.secret_hash).toBe(sha256(token));
      expect(`ap_${row.prefix}`).toBe(prefix);
      const dump = await dumpDatabase(t.dataSource);
      expect(dump).not.toContain(token);
      expect(dump).not.toContain(tokenSecretPart(token));
      expect(dump).not.toContain(t.adminToken);
    });
  });

  describe('revocation', () => {
    it('makes a deleted token answer 401 and drops it from the list', async () => {
      const { id, token } = await createToken(admin, { name: 'to revoke', scopes: ['read', 'write'] });
      expect((await bearer(token)().get('/api/auth/me')).status).toBe(200);
      expect((await admin().delete(`/api/tokens/${id}`)).status).toBe(204);
      const refused = await bearer(token)().get('/api/auth/me');
      expect(refused.status).toBe(401);
      expect(refused.body.message).toEqual(['the bearer token is invalid, expired or revoked']);
      expect((await listTokens(admin)).body.map((item: { id: string }) => item.id)).not.toContain(id);
      expect((await admin().delete(`/api/tokens/${id}`)).status).toBe(404);
    });

    it("does not let one organizer revoke another's token (404), which keeps working", async () => {
      const alice = await createUser(t);
      const bob = await createUser(t);
      const aliceClient = withCookie(t, (await login(t, alice.email, alice.password)).cookie);
      const bobClient = withCookie(t, (await login(t, bob.email, bob.password)).cookie);
      const bobs = await createToken(bobClient, { name: 'bob', scopes: ['read'] });
      expect((await aliceClient().delete(`/api/tokens/${bobs.id}`)).status).toBe(404);
      expect((await bearer(bobs.token)().get('/api/auth/me')).status).toBe(200);
    });
  });

  describe('expiry', () => {
    it('accepts a token until its expiresAt, then answers 401', async () => {
      const move = freezeClock(t, T0);
      const { cookie } = await login(t, ADMIN.email, ADMIN.password);
      const { token } = await createToken(withCookie(t, cookie), {
        name: 'short-lived',
        scopes: ['read'],
        expiresAt: iso(hours(1)),
      });
      move(at(minutes(59)));
      expect((await bearer(token)().get('/api/auth/me')).status).toBe(200);
      move(at(hours(1)));
      expect((await bearer(token)().get('/api/auth/me')).status).toBe(401);
    });
  });

  describe('last use', () => {
    it('records last_used_at when the token is used', async () => {
      const move = freezeClock(t, T0);
      const client = withCookie(t, (await login(t, ADMIN.email, ADMIN.password)).cookie);
      const { id, token } = await createToken(client, { name: 'tracked', scopes: ['read'] });
      const entry = async () => (await listTokens(client)).body.find((item: { id: string }) => item.id === id);
      expect((await entry()).lastUsedAt).toBeUndefined();

      move(at(minutes(5)));
      expect((await bearer(token)().get('/api/auth/me')).status).toBe(200);
      expect((await entry()).lastUsedAt).toBe(iso(minutes(5)));

      move(at(minutes(12)));
      expect((await bearer(token)().get('/api/auth/me')).status).toBe(200);
      expect((await entry()).lastUsedAt).toBe(iso(minutes(12)));
      const rows: { id: string; last_used_at: string | number }[] = await t.dataSource.query(
        'SELECT id, last_used_at FROM api_tokens',
      );
      expect(Number(rows.find((r) => r.id === id)!.last_used_at)).toBe(+at(minutes(12)));
    });
  });

  describe('tokens cannot manage tokens', () => {
    it('refuses to create a token with a Bearer token (403)', async () => {
      const res = await t
        .http()
        .post('/api/tokens')
        .send({ name: 'minted by a token', scopes: ['read', 'write'] });
      expect(res.status).toBe(403);
    });

    it('refuses to list or revoke tokens with a Bearer token (403)', async () => {
      const { id } = await createToken(admin, { name: 'victim', scopes: ['read'] });
      expect((await t.http().get('/api/tokens')).status).toBe(403);
      expect((await t.http().delete(`/api/tokens/${id}`)).status).toBe(403);
      expect((await listTokens(admin)).body.map((item: { id: string }) => item.id)).toContain(id);
    });
  });

  describe('authentication with a token', () => {
    it.each([
      ['a malformed token', 'not-a-token'],
      ['a well-formed but unknown token', `ap_AAAAAAAA_${'A'.repeat(43)}`],
    ])('answers %s with 401, never falling back to anonymous', async (_, token) => {
      expect((await bearer(token)().get('/api/events')).status).toBe(401);
    });

    it('needs no Origin or CSRF token for writes', async () => {
      const { token } = await createToken(admin, { name: 'writer', scopes: ['read', 'write'] });
      const res = await bearer(token)().post('/api/events').send(buildEvent());
      expect(res.status).toBe(201);
    });

    it('lets a read-only token read but not write (403)', async () => {
      const { token } = await createToken(admin, { name: 'reader', scopes: ['read'] });
      expect((await bearer(token)().get('/api/events')).status).toBe(200);
      expect((await bearer(token)().post('/api/events').send(buildEvent())).status).toBe(403);
    });

    it('confines an event-bound token to its event', async () => {
      const mine = await create(t.http, '/api/events', buildEvent());
      const other = await create(t.http, '/api/events', buildEvent());
      const { token } = await createToken(admin, { name: 'bound reader', scopes: ['read'], eventId: mine.id });
      expect((await bearer(token)().get(`/api/events/${mine.id}`)).status).toBe(200);
      expect((await bearer(token)().get(`/api/events/${other.id}`)).status).toBe(404); // a draft it may not see
    });
  });
});
