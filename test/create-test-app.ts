import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FastifyInstance } from 'fastify';
import { createApp } from '../src/app.setup';
import { servedDocument } from '../src/openapi/openapi-document';
import { ContractChecker, ObservedResponse } from './support/contract';
import { AppConfig, loadConfig } from '../src/config/app-config';
import { Clock } from '../src/common/clock/clock';
import { TokensService } from '../src/tokens/tokens.service';
import { UsersService } from '../src/users/users.service';

let openApps = 0;

export const ADMIN = { email: 'admin@test.example', password: 'a long test password 42', name: 'Test Admin' };

export interface TestApp {
  app: NestFastifyApplication;
  /** Requests as the administrator, through an API token (read + write). */
  http: () => request.Agent;
  /** Requests without credentials. */
  anon: () => request.Agent;
  adminToken: string;
  config: AppConfig;
  /** Every response of this app is checked against the served OpenAPI document; close() fails on a violation. */
  contract: ContractChecker;
  dataSource: DataSource;
  close: () => Promise<void>;
}

/**
 * The real app on a real database: a fresh SQLite file through the real driver (migrations
 * applied at start), or the PostgreSQL in DATABASE_URL (emptied first) when CI runs the suite there.
 */
export async function createTestApp(env: NodeJS.ProcessEnv = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-test-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'agenda.sqlite'),
    DATABASE_URL: process.env.DATABASE_URL,
    SEED_DEMO: 'false',
    FEED_DOMAIN: 'test.agenda.example',
    PUBLIC_BASE_URL: 'https://agenda.example',
    HOST: '127.0.0.1',
    ...env,
  });
  let contract: ContractChecker | undefined;
  const app = await createApp(config, {
    clock: options.clock,
    logger: process.env.TEST_LOGS ? undefined : ['error'],
    configureServer: (server) => observeResponses(server, (response) => contract?.check(response)),
  });
  contract = new ContractChecker(servedDocument(app));
  const dataSource = app.get(DataSource);
  // On PostgreSQL every test app shares one database: clean it only when no other app of this
  // spec is open, and let later apps reuse the administrator the first one signed up.
  if (config.database.kind === 'postgres' && openApps === 0) {
    await dataSource.query('DELETE FROM events');
    await dataSource.query('DELETE FROM users');
    await dataSource.query('DELETE FROM instance_claims');
    await dataSource.query('DELETE FROM throttle_hits');
    await dataSource.query('DELETE FROM known_login_addresses');
  }
  openApps++;
  const users = app.get(UsersService);
  const admin = (await users.findByEmail(ADMIN.email)) ?? (await users.signup(ADMIN));
  const { token: adminToken } = await app
    .get(TokensService)
    .create({ userId: admin.id, isAdmin: true }, { name: 'tests', scopes: ['read', 'write'] });
  return {
    app,
    config,
    dataSource,
    adminToken,
    http: () => request.agent(app.getHttpServer()).set('Authorization', `Bearer ${adminToken}`),
    anon: () => request.agent(app.getHttpServer()),
    contract,
    close: async () => {
      openApps--;
      await app.close();
      rmSync(dir, { recursive: true, force: true });
      contract.report(expect.getState().testPath ?? 'unknown');
      if (contract.violations.length) {
        throw new Error(`responses that break the OpenAPI contract:\n${contract.violations.join('\n')}`);
      }
    },
  };
}

/** Hands every answer the server sends to `observe`, untouched. */
function observeResponses(server: FastifyInstance, observe: (response: ObservedResponse) => void): void {
  server.addHook('onSend', async (request, reply, payload) => {
    observe({
      method: request.method,
      route: request.routeOptions.url,
      url: request.url,
      status: reply.statusCode,
      headers: reply.getHeaders(),
      body: typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined,
    });
    return payload;
  });
}
