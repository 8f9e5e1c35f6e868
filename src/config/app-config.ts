import { resolve } from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface AppConfig {
  port: number;
  host: string;
  database: {
    kind: DatabaseKind;
    /** SQLite file path (or ":memory:") */
    path: string;
    /** PostgreSQL connection URL */
    url?: string;
    poolSize: number;
    statementTimeoutMs: number;
    runMigrations: boolean;
    logging: boolean;
    /** SQLite `PRAGMA synchronous` (see src/database/sqlite-durability.ts for why FULL). */
    sqliteSynchronous: SqliteSynchronous;
  };
  seedDemo: boolean;
  /** How often the live stream sends a heartbeat comment (LIVE_HEARTBEAT_MS). */
  liveHeartbeatMs: number;
  /** Domain used in iCal UIDs: `<session uuid>@<feedDomain>` */
  feedDomain: string;
  /** Absolute base URL clients reach us at; used for links in feeds and exports */
  publicBaseUrl: string;
  bodyLimitBytes: number;
  /** Limit for whole-program uploads: schedule.xml/json imports, restores, CSV. */
  importLimitBytes: number;
  auth: {
    /** Anyone may sign up (otherwise only the first user, who becomes admin). */
    allowSignup: boolean;
    /** The first sign-up needs the setup code from the server log (default: when listening beyond loopback). */
    setupCodeRequired: boolean;
    cookieSecure: boolean;
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
  };
  /** Origins allowed to call the API from a browser (CORS) and to send cookie-authenticated writes. */
  corsOrigins: string[];
  /**
   * Fastify's trustProxy: whose X-Forwarded-* headers to believe (client address for the login
   * throttle). Off by default, since a client can forge them; behind a reverse proxy set
   * TRUST_PROXY to its address/CIDR (e.g. "10.0.0.0/8", "loopback") or its hop count.
   */
  trustProxy: boolean | number | string;
  /** Repeated anonymous public reads answered before Nest's pipeline (see public-read-fast-path.ts); PUBLIC_READ_FAST_PATH=false turns it off. */
  publicReadFastPath: boolean;
  /** Organizers' repeated reads of the working copy answered before Nest's pipeline (see organizer-read-fast-path.ts); ORGANIZER_READ_FAST_PATH=false turns it off. */
  organizerReadFastPath: boolean;
  webhooks: {
    /** Deliver to loopback, private and link-local addresses too (tests, local receivers); off: SSRF guard. */
    allowPrivate: boolean;
    /** How often the delivery worker looks at the outbox; 0 disables the worker in this instance. */
    pollMs: number;
    /** Limit for one delivery attempt (connect, send, response headers). */
    timeoutMs: number;
    maxAttempts: number;
    /** Delay before the first retry; each further retry waits 4 times longer (capped at 6 h). */
    retryBaseMs: number;
    /** Deliveries in flight at once per instance. */
    concurrency: number;
  };
  /**
   * V8 may let the heap grow this many per cent over what a full GC kept before the next one
   * (HEAP_GROWING_PERCENT; 0 leaves V8's own factor of 1.1-4×). Set by src/main.ts.
   */
  heapGrowingPercent: number;
  /** Anonymous personal agendas: writes per client address (IPv6: per /64), and how long an unused one is kept. */
  agendas: {
    createsPerHour: number;
    createsPerDay: number;
    updatesPerHour: number;
    /** An agenda neither read nor written (feed fetches count) for this many days is deleted. */
    retentionDays: number;
  };
  insights: {
    /** Count calendar feed fetches and subscribers per day (FEED_REACH). */
    feedReach: boolean;
    /** Default share of interested people who do not come, for room fit (NO_SHOW_PERCENT, 0-95). */
    noShowPercent: number;
  };
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value.trim() === '') return false;
  if (/^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  return value.trim();
}

export const SQLITE_SYNCHRONOUS_LEVELS = ['FULL', 'EXTRA', 'NORMAL'] as const;
export type SqliteSynchronous = (typeof SQLITE_SYNCHRONOUS_LEVELS)[number];

function sqliteSynchronous(value: string | undefined): SqliteSynchronous {
  if (value === undefined || value.trim() === '') return 'FULL';
  const level = value.trim().toUpperCase();
  if (!(SQLITE_SYNCHRONOUS_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`SQLITE_SYNCHRONOUS must be one of ${SQLITE_SYNCHRONOUS_LEVELS.join(', ')} (got "${value}")`);
  }
  return level as SqliteSynchronous;
}

const isLoopback = (host: string) => /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['false', '0', 'no', 'off'].includes(value.toLowerCase());
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
}

/** Reads the configuration from environment variables; every variable has a default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const url = env.DATABASE_URL || undefined;
  const kind: DatabaseKind = url && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
  if (url && kind !== 'postgres') {
    throw new Error(`DATABASE_URL must start with postgres:// (got "${url.split(':')[0]}:")`);
  }
  const port = int('PORT', env.PORT, 3000);
  const host = env.HOST || '0.0.0.0';
  const rawPath = env.DATABASE_PATH || './data/agenda.sqlite';
  return {
    port,
    host,
    database: {
      kind,
      path: rawPath === ':memory:' ? rawPath : resolve(rawPath),
      url,
      poolSize: int('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
      statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 15000),
      runMigrations: bool(env.DB_MIGRATIONS_RUN, true),
      logging: bool(env.DB_LOGGING, false),
      sqliteSynchronous: sqliteSynchronous(env.SQLITE_SYNCHRONOUS),
    },
    seedDemo: bool(env.SEED_DEMO, true),
    liveHeartbeatMs: int('LIVE_HEARTBEAT_MS', env.LIVE_HEARTBEAT_MS, 15000),
    feedDomain: env.FEED_DOMAIN || 'agenda.localhost',
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 1024 * 1024),
    importLimitBytes: int('IMPORT_LIMIT_BYTES', env.IMPORT_LIMIT_BYTES, 25 * 1024 * 1024),
    auth: {
      allowSignup: bool(env.ALLOW_SIGNUP, false),
      setupCodeRequired: bool(env.SETUP_CODE_REQUIRED, !isLoopback(host)),
      cookieSecure: bool(env.COOKIE_SECURE, env.NODE_ENV === 'production'),
      sessionIdleMinutes: int('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30),
      sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', env.SESSION_ABSOLUTE_HOURS, 12),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    trustProxy: trustProxy(env.TRUST_PROXY),
    publicReadFastPath: bool(env.PUBLIC_READ_FAST_PATH, true),
    organizerReadFastPath: bool(env.ORGANIZER_READ_FAST_PATH, true),
    webhooks: {
      allowPrivate: bool(env.WEBHOOKS_ALLOW_PRIVATE, false),
      pollMs: int('WEBHOOKS_POLL_MS', env.WEBHOOKS_POLL_MS, 1000),
      timeoutMs: int('WEBHOOKS_TIMEOUT_MS', env.WEBHOOKS_TIMEOUT_MS, 10000),
      maxAttempts: Math.max(1, int('WEBHOOKS_MAX_ATTEMPTS', env.WEBHOOKS_MAX_ATTEMPTS, 8)),
      retryBaseMs: int('WEBHOOKS_RETRY_BASE_MS', env.WEBHOOKS_RETRY_BASE_MS, 10000),
      concurrency: Math.max(1, int('WEBHOOKS_CONCURRENCY', env.WEBHOOKS_CONCURRENCY, 4)),
    },
    heapGrowingPercent: int('HEAP_GROWING_PERCENT', env.HEAP_GROWING_PERCENT, 20),
    agendas: {
      createsPerHour: int('AGENDA_CREATES_PER_HOUR', env.AGENDA_CREATES_PER_HOUR, 20),
      createsPerDay: int('AGENDA_CREATES_PER_DAY', env.AGENDA_CREATES_PER_DAY, 60),
      updatesPerHour: int('AGENDA_UPDATES_PER_HOUR', env.AGENDA_UPDATES_PER_HOUR, 300),
      retentionDays: Math.max(1, int('AGENDA_RETENTION_DAYS', env.AGENDA_RETENTION_DAYS, 180)),
    },
    insights: {
      feedReach: bool(env.FEED_REACH, true),
      noShowPercent: Math.min(95, int('NO_SHOW_PERCENT', env.NO_SHOW_PERCENT, 20)),
    },
  };
}
