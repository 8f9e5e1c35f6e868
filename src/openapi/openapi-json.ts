import type { AccessPolicy } from '../auth/access.decorators';
import type { DOC_EXTENSION, ExtraError } from './api-doc.decorator';
import type { ACCESS_EXTENSION } from './operation-access';

/*
 * The parts of the OpenAPI document that the post-processing reads and changes. @nestjs/swagger's
 * own types describe what it writes (OpenAPI 3.0, no `x-` extensions); these describe the document
 * on its way to 3.1: a schema's `type` may become a list, operations carry our extensions until
 * finishDocument() removes them. @nestjs/swagger's objects are assignable to these, so no cast.
 */

export interface SchemaJson {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  /** OpenAPI 3.0 only: turned into a `null` type by toOpenApi31(). */
  nullable?: boolean;
  description?: string;
  pattern?: string;
  minimum?: number;
  example?: unknown;
  items?: SchemaJson;
  properties?: Record<string, SchemaJson>;
  allOf?: SchemaJson[];
  oneOf?: SchemaJson[];
  anyOf?: SchemaJson[];
  additionalProperties?: SchemaJson | boolean;
}

/** An inline parameter, or (with only `$ref`) a reference to a shared one. */
export interface ParameterJson {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  description?: string;
  schema?: SchemaJson;
}

export interface HeaderJson {
  $ref?: string;
  description?: string;
  schema?: SchemaJson;
}

export interface MediaTypeJson {
  schema?: SchemaJson;
  example?: unknown;
}

export interface ResponseJson {
  $ref?: string;
  description?: string;
  headers?: Record<string, HeaderJson>;
  content?: Record<string, MediaTypeJson>;
}

/** What @ApiDoc stores on an operation for the post-processing. */
export interface DocExtension {
  errors: ExtraError[];
  ifMatch: boolean;
  produces?: string;
  noBody: boolean;
}

export type SecurityJson = Record<string, string[]>;

export interface OperationJson {
  summary?: string;
  description?: string;
  parameters?: ParameterJson[];
  requestBody?: { $ref?: string; content?: Record<string, MediaTypeJson> };
  responses: Record<string, ResponseJson | undefined>;
  security?: SecurityJson[];
  [DOC_EXTENSION]?: DocExtension;
  [ACCESS_EXTENSION]?: AccessPolicy;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathItemJson = Partial<Record<HttpMethod, OperationJson>>;

export interface ComponentsJson {
  schemas?: Record<string, SchemaJson>;
  responses?: Record<string, ResponseJson>;
  headers?: Record<string, HeaderJson>;
  parameters?: Record<string, ParameterJson>;
}

export interface DocumentJson {
  openapi: string;
  paths: Record<string, PathItemJson>;
  components?: ComponentsJson;
}

/** Each operation of the document with its path and method. */
export function* operationsOf(document: DocumentJson): Generator<[string, HttpMethod, OperationJson]> {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) yield [path, method, operation];
    }
  }
}
