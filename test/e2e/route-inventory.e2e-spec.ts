import { Controller, Get, Module, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { ACCESS_POLICY, AccessPolicy } from '../../src/auth/access.decorators';
import { loadConfig } from '../../src/config/app-config';
import { TokensService } from '../../src/tokens/tokens.service';
import { UsersService } from '../../src/users/users.service';
import { ADMIN, createTestApp, TestApp } from '../create-test-app';

interface Route {
  route: string;
  policy: AccessPolicy | undefined;
}

/** Every route handler of every controller the app registered, with the access policy it declares. */
function routesOf(app: NestFastifyApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const policy = (Reflect.getMetadata(ACCESS_POLICY, handler) ??
          Reflect.getMetadata(ACCESS_POLICY, controller)) as AccessPolicy | undefined;
        for (const one of [path].flat())
          routes.push({ route: `${method} /${prefix}/${one}`.replace(/\/+/g, '/'), policy });
      }
    }
  }
  return routes;
}

@Controller('probe-without-policy')
class ProbeWithoutPolicyController {
  @Get()
  read() {
    return { reached: true };
  }
}

@Module({ controllers: [ProbeWithoutPolicyController] })
class ProbeModule {}

describe('Route inventory and the default access policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finds every route of the app, each with a declared access policy', () => {
    const routes = routesOf(t.app);
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.filter((route) => !route.policy).map((route) => route.route)).toEqual([]);
  });

  it('declares public access only on routes meant for anyone (reads, feeds, agendas, sign-in)', () => {
    const publicWrites = routesOf(t.app)
      .filter((route) => route.policy?.kind === 'public' && !/^(GET|HEAD) /.test(route.route))
      .map((route) => route.route)
      .sort();
    expect(publicWrites).toEqual(
      [
        'DELETE /agendas/:token',
        'POST /auth/login',
        'POST /auth/logout',
        'POST /auth/signup',
        'POST /events/:eventId/agendas',
        'PUT /agendas/:token',
      ].sort(),
    );
  });

  it('refuses a route that declares no policy: anonymous 401, a signed-in token 200', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-probe-'));
    const config = loadConfig({
      DATABASE_PATH: join(dir, 'probe.sqlite'),
      DATABASE_URL: process.env.DATABASE_URL,
      SEED_DEMO: 'false',
      HOST: '127.0.0.1',
      WEBHOOKS_POLL_MS: '0',
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config), ProbeModule] }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: ['error'] });
    configureApp(app);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    try {
      const anonymous = await app.inject({ method: 'GET', url: '/api/probe-without-policy' });
      expect(anonymous.statusCode).toBe(401);
      const users = app.get(UsersService);
      const admin = (await users.findByEmail(ADMIN.email)) ?? (await users.signup(ADMIN));
      const { token } = await app
        .get(TokensService)
        .create({ userId: admin.id, isAdmin: true }, { name: 'probe', scopes: ['read'] });
      const signedIn = await app.inject({
        method: 'GET',
        url: '/api/probe-without-policy',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(signedIn.statusCode).toBe(200);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
