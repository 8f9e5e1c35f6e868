import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '../../src/common/clock/clock';
import { UsersService } from '../../src/users/users.service';
import { TestApp } from '../create-test-app';

/** PUBLIC_BASE_URL of the test app: the one origin cookie-authenticated writes may come from. */
export const OWN_ORIGIN = 'https://agenda.example';
export const SESSION_COOKIE = 'agenda_session';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface ParsedCookie {
  name: string;
  value: string;
  /** Attribute names lower-cased; flags (HttpOnly, Secure) map to true. */
  attributes: Record<string, string | true>;
}

export function parseSetCookie(res: request.Response): ParsedCookie[] {
  const header = res.headers['set-cookie'] as unknown as string[] | string | undefined;
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.map((line) => {
    const [pair, ...attributeParts] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const attributes: Record<string, string | true> = {};
    for (const part of attributeParts) {
      const at = part.indexOf('=');
      if (at < 0) attributes[part.toLowerCase()] = true;
      else attributes[part.slice(0, at).toLowerCase()] = part.slice(at + 1);
    }
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
  });
}

export function sessionCookieOf(res: request.Response): ParsedCookie {
  const cookies = parseSetCookie(res).filter((cookie) => cookie.name === SESSION_COOKIE);
  if (cookies.length !== 1)
    throw new Error(`expected one ${SESSION_COOKIE} cookie, got ${JSON.stringify(res.headers['set-cookie'])}`);
  return cookies[0];
}

export interface Login {
  res: request.Response;
  /** The raw session ID from Set-Cookie. */
  secret: string;
  /** `agenda_session=<secret>`, ready for a Cookie header. */
  cookie: string;
  sessionId: string;
}

/** POST /api/auth/login, asserting 200; optional extra headers (an old Cookie, an Origin). */
export async function login(
  t: TestApp,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Login> {
  const res = await t.anon().post('/api/auth/login').set(headers).send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email} -> ${res.status} ${JSON.stringify(res.body)}`);
  const { value } = sessionCookieOf(res);
  return { res, secret: value, cookie: `${SESSION_COOKIE}=${value}`, sessionId: res.body.session.id };
}

/** A client holding a session cookie, sending writes from our own origin. */
export const withCookie = (t: TestApp, cookie: string) => () =>
  t.anon().set('Cookie', cookie).set('Origin', OWN_ORIGIN);

/** A client holding a session cookie but sending no Origin or Referer (what a cross-site form post may look like). */
export const withCookieOnly = (t: TestApp, cookie: string) => () => t.anon().set('Cookie', cookie);

let userCounter = 0;

/** An organizer account (not admin), created directly through the service. */
export async function createUser(t: TestApp, overrides: { email?: string; password?: string; name?: string } = {}) {
  userCounter += 1;
  const input = {
    email: overrides.email ?? `organizer${userCounter}-${Date.now()}@test.example`,
    password: overrides.password ?? `a different long passphrase ${userCounter}`,
    name: overrides.name ?? `Organizer ${userCounter}`,
  };
  const user = await t.app.get(UsersService).invite(input);
  return { ...input, id: user.id };
}

/** Freezes the app's clock at `at` (and returns a setter to move it). */
export function freezeClock(t: TestApp, at: Date) {
  const spy = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(at);
  return (next: Date) => spy.mockReturnValue(next);
}

export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;

/** Every row of every table, as one string: what a database dump would reveal. */
export async function dumpDatabase(dataSource: DataSource): Promise<string> {
  const tables: string[] =
    dataSource.options.type === 'postgres'
      ? (
          await dataSource.query(
            `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
          )
        ).map((r: { name: string }) => r.name)
      : (await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table'`)).map(
          (r: { name: string }) => r.name,
        );
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) dump[table] = await dataSource.query(`SELECT * FROM "${table}"`);
  return JSON.stringify(dump);
}

/** The random part of an API token `ap_<8-char prefix>_<43-char secret>` (the secret may itself contain `_`). */
export const tokenSecretPart = (token: string) => token.slice('ap_'.length + 8 + 1);
