import { resolve } from 'node:path';
import { loadConfig } from '../../../src/config/app-config';

describe('loadConfig', () => {
  it('gives a working default for every setting when the environment is empty', () => {
    // toMatchObject: settings added later need their own default test, not an edit here.
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      database: {
        kind: 'sqlite',
        path: resolve('./data/agenda.sqlite'),
        url: undefined,
        poolSize: 10,
        statementTimeoutMs: 15000,
        runMigrations: true,
        logging: false,
      },
      seedDemo: true,
      feedDomain: 'agenda.localhost',
      publicBaseUrl: 'http://localhost:3000',
      bodyLimitBytes: 1024 * 1024,
      importLimitBytes: 25 * 1024 * 1024,
    });
    expect(loadConfig({}).database.url).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', DB_LOGGING: '', HOST: '' })).toEqual(loadConfig({}));
  });

  it('does not read process.env when given an environment', () => {
    const saved = process.env.PORT;
    process.env.PORT = '4321';
    try {
      expect(loadConfig({}).port).toBe(3000);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });

  describe('database', () => {
    it('selects PostgreSQL when DATABASE_URL is a postgres:// URL', () => {
      const config = loadConfig({ DATABASE_URL: 'postgres://agenda:secret@db:5432/agenda' });
      expect(config.database.kind).toBe('postgres');
      expect(config.database.url).toBe('postgres://agenda:secret@db:5432/agenda');
    });

    it('accepts the postgresql:// spelling too', () => {
      expect(loadConfig({ DATABASE_URL: 'postgresql://db/agenda' }).database.kind).toBe('postgres');
    });

    it('refuses a DATABASE_URL of another database, without echoing its credentials', () => {
      expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/agenda' })).toThrow(
        'DATABASE_URL must start with postgres:// (got "mysql:")',
      );
      expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/agenda' })).not.toThrow(/hunter2/);
    });

    it('resolves DATABASE_PATH to an absolute path but keeps :memory:', () => {
      expect(loadConfig({ DATABASE_PATH: 'tmp/test.sqlite' }).database.path).toBe(resolve('tmp/test.sqlite'));
      expect(loadConfig({ DATABASE_PATH: ':memory:' }).database.path).toBe(':memory:');
    });

    it('reads pool size, statement timeout, migrations and logging', () => {
      const { database } = loadConfig({
        DB_POOL_SIZE: '4',
        DB_STATEMENT_TIMEOUT_MS: '500',
        DB_MIGRATIONS_RUN: 'false',
        DB_LOGGING: 'true',
      });
      expect(database).toMatchObject({ poolSize: 4, statementTimeoutMs: 500, runMigrations: false, logging: true });
    });
  });

  describe('PORT', () => {
    it('reads a numeric port and uses it in the default public URL', () => {
      const config = loadConfig({ PORT: '8080' });
      expect(config.port).toBe(8080);
      expect(config.publicBaseUrl).toBe('http://localhost:8080');
    });

    it.each(['abc', '-1', '80.5', '3000abc'])('refuses PORT=%j, naming the variable', (port) => {
      expect(() => loadConfig({ PORT: port })).toThrow(`PORT must be a non-negative integer, got "${port}"`);
    });
  });

  it('refuses a malformed number in any numeric variable', () => {
    expect(() => loadConfig({ BODY_LIMIT_BYTES: '1mb' })).toThrow(/BODY_LIMIT_BYTES/);
    expect(() => loadConfig({ DB_POOL_SIZE: 'ten' })).toThrow(/DB_POOL_SIZE/);
  });

  it('limits heap growth between full collections to 20 % unless HEAP_GROWING_PERCENT says otherwise (0: V8 decides)', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(20);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it.each(['false', 'FALSE', '0', 'no', 'off'])('reads %j as false in a boolean variable', (value) => {
    expect(loadConfig({ SEED_DEMO: value }).seedDemo).toBe(false);
  });

  it.each(['true', '1', 'yes', 'on'])('reads %j as true in a boolean variable', (value) => {
    expect(loadConfig({ DB_LOGGING: value }).database.logging).toBe(true);
  });

  it('strips trailing slashes from PUBLIC_BASE_URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://agenda.example.org//' }).publicBaseUrl).toBe(
      'https://agenda.example.org',
    );
  });

  it('reads HOST and FEED_DOMAIN', () => {
    const config = loadConfig({ HOST: '127.0.0.1', FEED_DOMAIN: 'agenda.example.org' });
    expect(config.host).toBe('127.0.0.1');
    expect(config.feedDomain).toBe('agenda.example.org');
  });
});
