import { CONFLICT_EXAMPLE, STALE_EXAMPLE } from './demo-examples';
import type { HeaderJson, MediaTypeJson, ParameterJson, ResponseJson, SchemaJson } from './openapi-json';

/* The components every operation refers to: error answers, headers and conditional-request parameters. */

const ERROR_SCHEMA = { $ref: '#/components/schemas/ErrorResponseDto' };
const json = (schema: SchemaJson): Record<string, MediaTypeJson> => ({ 'application/json': { schema } });

/** The error answers every operation shares, by status. */
export const STANDARD_RESPONSES: Record<string, ResponseJson> = {
  BadRequest: {
    description: 'Invalid input: each bad field, parameter or header is named in `message`.',
    content: json(ERROR_SCHEMA),
  },
  Unauthorized: {
    description: 'Not signed in (or the bearer token is invalid, expired or revoked).',
    headers: { 'WWW-Authenticate': { $ref: '#/components/headers/WWW-Authenticate' } },
    content: json(ERROR_SCHEMA),
  },
  Forbidden: {
    description: 'Signed in but not allowed (role, token scope, or a cookie write from another site).',
    content: json(ERROR_SCHEMA),
  },
  NotFound: {
    description: 'No such record in this event (also a draft event for someone who may not see it).',
    content: json(ERROR_SCHEMA),
  },
  Conflict: {
    description: 'Conflict with the program or another record; `code` says which.',
    content: {
      'application/json': { schema: { $ref: '#/components/schemas/ConflictResponseDto' }, example: CONFLICT_EXAMPLE },
    },
  },
  PreconditionFailed: {
    description: 'The record changed since the client read it (stale `If-Match` or `version`).',
    content: {
      'application/json': {
        schema: { $ref: '#/components/schemas/PreconditionFailedResponseDto' },
        example: STALE_EXAMPLE,
      },
    },
  },
  PayloadTooLarge: { description: 'The body is larger than this route accepts.', content: json(ERROR_SCHEMA) },
  UnsupportedMediaType: {
    description: 'The body has a media type this route does not read.',
    content: json(ERROR_SCHEMA),
  },
  UnprocessableEntity: {
    description: 'Valid input that cannot be satisfied (e.g. no schedule meets every hard constraint).',
    content: json(ERROR_SCHEMA),
  },
  TooManyRequests: {
    description: 'Throttled; retry after the given number of seconds.',
    headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
    content: json({ $ref: '#/components/schemas/TooManyRequestsResponseDto' }),
  },
  ServiceUnavailable: { description: 'The database cannot be reached.', content: json(ERROR_SCHEMA) },
  NotModified: {
    description: 'The representation matches `If-None-Match`: nothing sent.',
    headers: { ETag: { $ref: '#/components/headers/ETag' } },
  },
};

export const ERROR_REFS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  412: 'PreconditionFailed',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableEntity',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
};

export const HEADERS: Record<string, HeaderJson> = {
  ETag: {
    description: 'Strong validator of this representation (for JSON records: the quoted `version`).',
    schema: { type: 'string', example: '"3"' },
  },
  Location: { description: 'URL of the created record.', schema: { type: 'string', format: 'uri-reference' } },
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
  'WWW-Authenticate': {
    description: 'The scheme to authenticate with: `Bearer`.',
    schema: { type: 'string', example: 'Bearer realm="agenda"' },
  },
};

export const PARAMETERS: Record<string, ParameterJson> = {
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The version last read, quoted (`"3"`), compared strongly: a stale one gets 412, a weak one (`W/"3"`) 400. Same as `version` in the body.',
    schema: { type: 'string', pattern: '^"\\d{1,9}"$|^\\*$', example: '"1"' },
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'ETag(s) the client holds; 304 when the representation still matches.',
    schema: { type: 'string', example: '"1"' },
  },
};
