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
  };
  seedDemo: boolean;
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
    cookieSecure: boolean;
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
  };
  /** Origins allowed to call the API from a browser (CORS) and to send cookie-authenticated writes. */
  corsOrigins: string[];
}

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
  const rawPath = env.DATABASE_PATH || './data/agenda.sqlite';
  return {
    port,
    host: env.HOST || '0.0.0.0',
    database: {
      kind,
      path: rawPath === ':memory:' ? rawPath : resolve(rawPath),
      url,
      poolSize: int('DB_POOL_SIZE', env.DB_POOL_SIZE, 10),
      statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', env.DB_STATEMENT_TIMEOUT_MS, 15000),
      runMigrations: bool(env.DB_MIGRATIONS_RUN, true),
      logging: bool(env.DB_LOGGING, false),
    },
    seedDemo: bool(env.SEED_DEMO, true),
    feedDomain: env.FEED_DOMAIN || 'agenda.localhost',
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', env.BODY_LIMIT_BYTES, 1024 * 1024),
    importLimitBytes: int('IMPORT_LIMIT_BYTES', env.IMPORT_LIMIT_BYTES, 25 * 1024 * 1024),
    auth: {
      allowSignup: bool(env.ALLOW_SIGNUP, false),
      cookieSecure: bool(env.COOKIE_SECURE, env.NODE_ENV === 'production'),
      sessionIdleMinutes: int('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 30),
      sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', env.SESSION_ABSOLUTE_HOURS, 12),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean),
  };
}
