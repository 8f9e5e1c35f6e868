import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup';
import { TestApp } from '../create-test-app';

/** One API instance as a client sees it: an admin agent and its own database connection(s). */
export interface Instance {
  name: string;
  http: () => request.Agent;
  anon: () => request.Agent;
  dataSource: DataSource;
}

export const instanceOf = (t: TestApp, name = 'A'): Instance => ({
  name,
  http: t.http,
  anon: t.anon,
  dataSource: t.dataSource,
});

/**
 * A second app on the same database as `t` (the same DATABASE_URL, or the same SQLite file):
 * its own pool or connection, its own in-memory caches and its own UnitOfWork, like a second
 * process behind a load balancer. It finds the migrations applied and the admin token stored.
 */
export async function startSecondInstance(t: TestApp, name = 'B'): Promise<Instance & { app: NestFastifyApplication }> {
  const app = await createApp(t.config, { logger: process.env.TEST_LOGS ? undefined : ['error'] });
  return {
    name,
    app,
    dataSource: app.get(DataSource),
    http: () => request.agent(app.getHttpServer()).set('Authorization', `Bearer ${t.adminToken}`),
    anon: () => request.agent(app.getHttpServer()),
  };
}

/** Sends every request at once (none awaits another) and returns the responses in order. */
export function fireTogether(requests: (() => PromiseLike<request.Response>)[]): Promise<request.Response[]> {
  return Promise.all(requests.map((send) => Promise.resolve(send())));
}

export const statuses = (responses: request.Response[]) => responses.map((response) => response.status).sort();
