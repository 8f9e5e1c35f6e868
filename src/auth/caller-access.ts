import { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { hotLookup } from '../database/hot-lookup';
import { Dialect } from '../database/dialect';
import { EventRole } from '../members/event-member.entity';
import { TokenScope } from '../tokens/api-token.entity';
import { decideEventAccess, Principal } from './principal';
import { hashSecret } from './secrets';
import { readSessionCookie } from './session-cookie';

/** A Bearer token or a login cookie, as the access guard reads them (a token wins). */
export type Credential = { kind: 'token' | 'session'; secret: string };

export function credentialOf(request: FastifyRequest): Credential | undefined {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const secret = /^Bearer (\S+)$/i.exec(authorization)?.[1];
    return secret ? { kind: 'token', secret } : undefined;
  }
  const secret = readSessionCookie(request);
  return secret ? { kind: 'session', secret } : undefined;
}

/** What one query tells about a credential, its user, their role on one event and that event. */
export interface CallerAccessRow {
  userId: string;
  isAdmin: boolean;
  /** The token or login session's id. */
  credentialId: string;
  /** Tokens: their scopes and bound event; sessions: none. */
  scopes: TokenScope[] | null;
  boundEventId: string | null;
  /** Epoch ms: a token's last use or a session's last sight (null: a token never used). */
  touchedAt: number | null;
  /** Epoch ms after which the credential is dead (null: never); a session's idle end is computed. */
  expiresAt: number | null;
  revoked: boolean;
  role: EventRole | null;
  eventId: string;
  status: string;
  programVersion: number;
}

/** Within this long of its last recorded use, a credential's use need not be recorded again (as the services do). */
export const TOUCH_EVERY_MS = 60_000;

/**
 * Whether the row proves, without writing anything, that the caller reads this event's working
 * copy (a member or administrator the access guard would let see private data). Anything short
 * of proof (an expired, revoked or unknown credential, one whose last use is due to be recorded,
 * an invitation not yet taken up) is left to the guard, which decides and records.
 */
export function readsWorkingCopy(row: CallerAccessRow, now: number, idleMinutes: number): boolean {
  if (row.revoked || row.touchedAt === null || now - row.touchedAt > TOUCH_EVERY_MS) return false;
  if (row.expiresAt !== null && now >= row.expiresAt) return false;
  if (row.scopes === null && now >= row.touchedAt + idleMinutes * 60_000) return false;
  const principal: Principal =
    row.scopes === null
      ? { kind: 'user', userId: row.userId, name: '', email: '', isAdmin: row.isAdmin, sessionId: row.credentialId }
      : {
          kind: 'token',
          userId: row.userId,
          name: '',
          isAdmin: row.isAdmin,
          tokenId: row.credentialId,
          scopes: row.scopes,
          eventId: row.boundEventId,
        };
  const access = (need: 'read' | 'private', published: boolean) =>
    decideEventAccess({ principal, eventId: row.eventId, need, published, role: row.role });
  return access('read', row.status === 'published') === 'allow' && access('private', false) === 'allow';
}

/** The credential's columns under common names (the rest of the statement is the same for both). */
const CREDENTIALS = {
  token: `c.id AS credential_id, c.user_id, c.scopes, c.event_id AS bound_event_id,
      c.last_used_at AS touched_at, c.expires_at, NULL AS revoked_at FROM api_tokens c`,
  session: `c.id AS credential_id, c.user_id, NULL AS scopes, NULL AS bound_event_id,
      c.last_seen_at AS touched_at, c.absolute_expires_at AS expires_at, c.revoked_at FROM login_sessions c`,
};

interface RawRow {
  credential_id: string;
  user_id: string;
  scopes: string | null;
  bound_event_id: string | null;
  touched_at: number | string | null;
  expires_at: number | string | null;
  revoked_at: number | string | null;
  is_admin: boolean | number;
  role: EventRole | null;
  event_id: string;
  status: string;
  program_version: number | string;
}

const epoch = (value: number | string | null) => (value === null ? null : Number(value));

/**
 * The access guard's four reads (credential, user, role, event) as one indexed query, for the
 * organizer fast path: it only reads, so the guard still records uses and takes up invitations.
 */
export class CallerAccessLookup {
  private readonly statements = new Map<string, string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
  ) {}

  async find(
    credential: Credential,
    event: { by: 'id' | 'slug'; value: string },
  ): Promise<CallerAccessRow | undefined> {
    const name = `caller-access:${credential.kind}:${event.by}`;
    const rows = await hotLookup<RawRow>(this.dataSource, name, this.statement(name, credential.kind, event.by), [
      hashSecret(credential.secret),
      event.value,
    ]);
    const row = rows[0];
    return (
      row && {
        userId: row.user_id,
        isAdmin: row.is_admin === true || row.is_admin === 1,
        credentialId: row.credential_id,
        scopes: row.scopes === null ? null : (JSON.parse(row.scopes) as TokenScope[]),
        boundEventId: row.bound_event_id,
        touchedAt: epoch(row.touched_at),
        expiresAt: epoch(row.expires_at),
        revoked: row.revoked_at !== null,
        role: row.role,
        eventId: row.event_id,
        status: row.status,
        programVersion: Number(row.program_version),
      }
    );
  }

  private statement(name: string, kind: Credential['kind'], by: 'id' | 'slug'): string {
    let sql = this.statements.get(name);
    if (!sql) {
      // parameters in order of appearance: SQLite's `?` are positional
      sql = `SELECT u.is_admin, m.role, e.id AS event_id, e.status, e.program_version, ${CREDENTIALS[kind]}
        JOIN users u ON u.id = c.user_id
        CROSS JOIN events e
        LEFT JOIN event_members m ON m.event_id = e.id AND m.user_id = c.user_id
        WHERE c.secret_hash = ${this.dialect.param(1)} AND e.${by} = ${this.dialect.param(2)}`;
      this.statements.set(name, sql);
    }
    return sql;
  }
}
