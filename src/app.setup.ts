import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { AppModule } from './app.module';
import { JsonLogger } from './common/logging/json-logger';
import { registerBodyParsers } from './common/http/body-parsers';
import { closeConnectionsOnShutdown } from './common/http/close-connections-on-shutdown';
import { registerSecurityHeaders } from './common/http/security-headers';
import { registerBodyLimits } from './common/http/body-limits';
import { credentialsCheck } from './auth/credentials-check';
import { LoginSessionsService } from './auth/login-sessions.service';
import { TokensService } from './tokens/tokens.service';
import { registerJsonCompression } from './common/http/json-compression';
import { registerHttpSemantics } from './common/http/http-semantics';
import { frameworkErrorHandler } from './common/http/framework-errors';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import { createValidationPipe } from './common/pipes/validation.pipe';
import { PUBLIC_SITE_ROUTES } from './public-site/public-site.controller';
import { INSIGHTS_PAGE_ROUTES } from './insights/page/insights-page.controller';
import { ORGANIZER_SITE_ROUTES } from './organizer-site/organizer-site.controller';
import { ROOM_SCREEN_ROUTES } from './room-screens/room-screens.controller';
import { EMBED_ROUTES } from './embed/embed.controller';
import { registerPublicReadCors } from './embed/public-read-cors';
import { AppConfig, loadConfig } from './config/app-config';
import { Clock } from './common/clock/clock';
import { serveOpenApi } from './openapi/openapi-document';
import { DataSource } from 'typeorm';
import { EventLookup } from './auth/event-lookup';
import { PublishedDocuments } from './program-read/published-documents.service';
import { registerPublicReadFastPath } from './program-read/public-read-fast-path';
import { registerOrganizerReadFastPath } from './program-read/organizer-read-fast-path';
import { WorkingDocuments } from './program-read/working-documents.service';
import { CallerAccessLookup } from './auth/caller-access';
import { Dialect } from './database/dialect';
import { registerFeedFastPath } from './calendar/feed-fast-path';
import { CalendarService } from './calendar/calendar.service';

export interface CreateAppOptions {
  logger?: LogLevel[] | false;
  /** Test harness hook: sees the fastify instance before it is ready (the contract test adds an onSend hook). */
  configureServer?: (server: FastifyInstance) => void;
  /** The app's time (tests pass a `FixedClock`); the system clock by default. */
  clock?: Clock;
}

/** Builds the whole app (used by main.ts, the e2e tests and the benchmarks). */
export async function createApp(
  config: AppConfig = loadConfig(),
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    frameworkErrors: frameworkErrorHandler,
    trustProxy: config.trustProxy,
    requestIdHeader: false, // read below: only a well-formed incoming id is kept (it reaches logs and the audit log)
    genReqId: (request: IncomingMessage) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
  });
  registerBodyParsers(adapter.getInstance(), { normal: config.bodyLimitBytes, import: config.importLimitBytes });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options.clock), adapter, {
    logger: options.logger === false ? false : new JsonLogger(options.logger ?? ['log', 'warn', 'error']),
    bodyParser: false, // registerBodyParsers above owns every content type
  });
  registerHttpPlugins(app, config);
  // after helmet's onRequest hook, so fast answers carry the same security headers
  if (config.publicReadFastPath) {
    const lookup = new EventLookup(app.get(DataSource));
    registerPublicReadFastPath(app.getHttpAdapter().getInstance(), app.get(PublishedDocuments), lookup);
    registerFeedFastPath(app.getHttpAdapter().getInstance(), app.get(CalendarService), lookup);
  }
  if (config.organizerReadFastPath)
    registerOrganizerReadFastPath(
      app.getHttpAdapter().getInstance(),
      app.get(WorkingDocuments),
      new CallerAccessLookup(app.get(DataSource), app.get(Dialect)),
      app.get(Clock),
      config.auth.sessionIdleMinutes,
    );
  options.configureServer?.(app.getHttpAdapter().getInstance());
  registerJsonCompression(app.getHttpAdapter().getInstance()); // last onSend hook: ETags and checks see the JSON
  configureApp(app);
  await serveOpenApi(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Security headers (helmet, CSP per kind of route), CORS for configured origins, request ids on every response. */
function registerHttpPlugins(app: NestFastifyApplication, config: AppConfig): void {
  registerSecurityHeaders(app, config.publicBaseUrl);
  registerBodyLimits(
    app.getHttpAdapter().getInstance(),
    { normal: config.bodyLimitBytes, import: config.importLimitBytes },
    credentialsCheck(app.get(TokensService), app.get(LoginSessionsService)),
  );
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });
  registerPublicReadCors(app.getHttpAdapter().getInstance());
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      void reply.header('X-Request-Id', request.id);
    });
  closeConnectionsOnShutdown(app.getHttpAdapter().getInstance());
  registerHttpSemantics(app.getHttpAdapter().getInstance());
}

/** Prefix, the one validation pipe, the one error filter (OpenAPI: serveOpenApi). */
export function configureApp(app: NestFastifyApplication): void {
  app.setGlobalPrefix('api', {
    exclude: [
      ...PUBLIC_SITE_ROUTES,
      ...INSIGHTS_PAGE_ROUTES,
      ...ORGANIZER_SITE_ROUTES,
      ...ROOM_SCREEN_ROUTES,
      ...EMBED_ROUTES,
    ],
  }); // pages: / and /e/:slug, /organizer/...
  app.useGlobalPipes(createValidationPipe());
  // Nest routes fastify's own errors (body too large, malformed JSON) through this filter too.
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
}
