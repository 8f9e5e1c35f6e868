import { INestApplication } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiExtension, DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ACCESS_POLICY, AccessPolicy } from '../auth/access.decorators';
import { SESSION_COOKIE } from '../auth/session-cookie';
import {
  ConflictResponseDto,
  ErrorResponseDto,
  PreconditionFailedResponseDto,
  TooManyRequestsResponseDto,
} from '../common/dto/error-response.dto';
import metadata from '../metadata';
import { refuseUnknownQueryParameters } from './unknown-query';
import { API_DESCRIPTION, TAGS } from './api-description';
import { finishDocument } from './finish-document';
import { ACCESS_EXTENSION } from './operation-access';

/**
 * The served OpenAPI document, the API's contract: the Swagger plugin's metadata (DTO types and
 * doc comments, see scripts/generate-openapi-metadata.ts), each handler's @ApiDoc, its access
 * policy, then finishDocument() adds what follows from the API's rules (errors, headers, formats).
 */
export async function buildOpenApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(metadata);
  markAccessPolicies(app);
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Agenda planner API')
    .setDescription(API_DESCRIPTION)
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API token from `POST /api/tokens`.' }, 'bearer')
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description:
          'The session cookie set by `POST /api/auth/login` (organizer pages). Writes with it need an `Origin` header of this site.',
      },
      'cookie',
    );
  for (const tag of TAGS) config.addTag(tag.name, tag.description);
  const document = SwaggerModule.createDocument(app, config.build(), {
    extraModels: [ErrorResponseDto, ConflictResponseDto, PreconditionFailedResponseDto, TooManyRequestsResponseDto],
  });
  return finishDocument(document);
}

const served = new WeakMap<INestApplication, OpenAPIObject>();

/** The document an app serves (the contract test validates responses against it). */
export function servedDocument(app: INestApplication): OpenAPIObject | undefined {
  return served.get(app);
}

/** Serves the document at /api/docs/openapi.json and Swagger UI (with Authorize and If-Match) at /api/docs. */
export async function serveOpenApi(app: NestFastifyApplication): Promise<void> {
  const document = await buildOpenApiDocument(app);
  served.set(app, document);
  refuseUnknownQueryParameters(app.getHttpAdapter().getInstance(), document);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/openapi.json',
    swaggerOptions: { persistAuthorization: true, displayOperationId: true },
  });
}

/** Copies each handler's access policy into its operation, so the document states who may call it. */
function markAccessPolicies(app: INestApplication): void {
  const reflector = app.get(Reflector);
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(controller.prototype, name);
        const handler: unknown = descriptor?.value;
        if (typeof handler !== 'function' || !Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
        const policy = reflector.getAllAndOverride<AccessPolicy>(ACCESS_POLICY, [handler, controller]) ?? {
          kind: 'signed-in',
        };
        ApiExtension(ACCESS_EXTENSION, policy)(controller.prototype as object, name, descriptor);
      }
    }
  }
}
