import type { AccessPolicy } from '../auth/access.decorators';
import { DOC_EXTENSION, ExtraError } from './api-doc.decorator';
import { CONFLICT_EXAMPLE, REQUEST_EXAMPLES, STALE_EXAMPLE } from './demo-examples';
import { applyNamingFormats } from './schema-formats';

export const ACCESS_EXTENSION = 'x-agenda-access';

/* eslint-disable @typescript-eslint/no-explicit-any -- the document is plain JSON walked by key */
type Json = any;

export const TAGS = [
  { name: 'events', description: 'Conferences and meetings; publish, by id or slug.' },
  { name: 'tracks', description: 'Thematic lines through a program.' },
  { name: 'rooms', description: 'Places sessions happen in.' },
  { name: 'slots', description: "The event's time grid." },
  { name: 'speakers', description: 'People on the program (e-mails only for organizers).' },
  { name: 'sessions', description: 'Program items; hard conflicts are refused with 409.' },
  { name: 'presentations', description: 'Ordered items inside a session.' },
  { name: 'versions', description: 'Publishing, numbered snapshots and their changelogs.' },
  { name: 'calendar', description: 'iCalendar feeds of published events.' },
  { name: 'agendas', description: "Attendees' personal agendas, reachable by their token only." },
  { name: 'interop', description: 'frab / c3voc schedule.xml and schedule.json.' },
  { name: 'csv', description: 'Spreadsheet export and import of sessions.' },
  { name: 'backup', description: 'Whole-event backup documents and restore.' },
  { name: 'planner', description: 'Conflict report and automatic schedule proposals.' },
  { name: 'insights', description: 'Interest (stars) and feed reach, for organizers.' },
  { name: 'webhooks', description: 'Outgoing notifications of published changes.' },
  { name: 'live', description: "Server-Sent Events of an event's program changes, for the schedule editor." },
  { name: 'audit', description: 'Who changed what.' },
  { name: 'members', description: "An event's organizers and their roles." },
  { name: 'auth', description: 'Organizer sign-up, login sessions (cookie) and password.' },
  { name: 'users', description: 'Accounts, created by administrators.' },
  { name: 'tokens', description: 'API tokens for integrations (`Authorization: Bearer`).' },
  { name: 'health', description: 'Liveness and database reachability.' },
];

export const API_DESCRIPTION = `Events, tracks, rooms, slots, sessions, speakers and presentations; publishing, calendar feeds and exports.

**Conventions** (details in docs/api.md):
- JSON in and out (except the feeds and exports, which state their media types). Ids are UUIDs.
- **Times** are instants with an explicit offset. Requests must carry one (\`Z\` or \`+01:00\`); responses give every instant of an event in **that event's own offset** (e.g. \`2026-03-10T09:00:00+01:00\`); instants not tied to an event (audit, tokens, logins, deliveries) are in UTC (\`Z\`). Local dates are \`YYYY-MM-DD\`.
- **Lists that can grow** answer \`{items, total, page, limit}\`: \`page\` from 1, \`limit\` default 50, at most 500.
- **Unknown query parameters** are refused with 400 naming them.
- **Versions**: every record has an integer \`version\`. Reads send it as a strong \`ETag: "<version>"\`-style validator and answer \`If-None-Match\` with 304; writes accept \`If-Match: "<version>"\` (or \`version\` in the body) and answer 412 with \`currentVersion\` when it is stale. Weak validators (\`W/\`) are refused in \`If-Match\`.
- **Errors** have one body \`{statusCode, error, message[], code?}\`; every 409 and 412 has a stable \`code\`.
- **Auth**: an API token (\`Authorization: Bearer …\`) or the organizer session cookie; published events and their feeds are readable without either. A 401 carries \`WWW-Authenticate: Bearer\`.
- **Stability**: within version 1, fields and operations may be added, never renamed or removed; what is going away is marked \`deprecated: true\` here at least one minor release before.`;

const ERROR_SCHEMA = { $ref: '#/components/schemas/ErrorResponseDto' };
const json = (schema: Json) => ({ 'application/json': { schema } });

/** The error answers every operation shares, by status. */
const STANDARD_RESPONSES: Record<string, Json> = {
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

const ERROR_REFS: Record<number, string> = {
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

const HEADERS: Record<string, Json> = {
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

const PARAMETERS: Record<string, Json> = {
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

export function finishDocument(document: Json): Json {
  document.openapi = '3.1.0';
  document.components = {
    ...document.components,
    responses: STANDARD_RESPONSES,
    headers: HEADERS,
    parameters: PARAMETERS,
  };
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) finishOperation(path, method, operation);
  }
  document.components.schemas = applyNamingFormats(document.components.schemas ?? {});
  return document;
}

function finishOperation(path: string, method: string, operation: Json): void {
  const doc = operation[DOC_EXTENSION] ?? { errors: [], ifMatch: false, noBody: false };
  const policy: AccessPolicy = operation[ACCESS_EXTENSION] ?? { kind: 'signed-in' };
  delete operation[DOC_EXTENSION];
  delete operation[ACCESS_EXTENSION];

  operation.security = securityOf(policy);
  if (policy.kind !== 'public')
    operation.description = `${operation.description ?? ''}\n\n${accessWords(policy)}`.trim();
  for (const parameter of operation.parameters ?? []) finishParameter(parameter);
  const requestJson = operation.requestBody?.content?.['application/json'];
  const example =
    REQUEST_EXAMPLES[
      String(requestJson?.schema?.$ref ?? '')
        .split('/')
        .pop() ?? ''
    ];
  if (example) requestJson.example = example;
  if (method === 'get' && policy.kind === 'event') acceptSlug(operation);

  const responses: Json = operation.responses;
  const [successStatus] = Object.keys(responses).filter((status) => status.startsWith('2'));
  const success = responses[successStatus];
  success.description ||= operation.summary ?? 'Success';
  if (doc.noBody) delete success.content;
  if (doc.produces) success.content = { [doc.produces]: { schema: { type: 'string' } } };
  if (successStatus === '201') success.headers = { Location: { $ref: '#/components/headers/Location' } };

  // JSON reads get their ETag from registerHttpSemantics, feeds and schedule.xml from their cached documents.
  const cached = doc.produces === 'text/calendar' || doc.produces === 'application/xml';
  if (method === 'get' && (success.content?.['application/json'] || cached)) {
    success.headers = { ...success.headers, ETag: { $ref: '#/components/headers/ETag' } };
    addParameter(operation, 'IfNoneMatch');
    responses['304'] = { $ref: '#/components/responses/NotModified' };
  }
  if (doc.ifMatch) addParameter(operation, 'IfMatch');

  const errors = new Set<number>([400, 401, ...(doc.errors as ExtraError[])]);
  if (policy.kind !== 'public' || method !== 'get') errors.add(403);
  if (path.includes('{')) errors.add(404);
  // Any request may carry a body, and the server reads it before routing further: 413 and 415 everywhere.
  [413, 415].forEach((status) => errors.add(status));
  if (doc.ifMatch) errors.add(412);
  for (const status of [...errors].sort()) {
    responses[status] ??= { $ref: `#/components/responses/${ERROR_REFS[status]}` };
  }
}

function securityOf(policy: AccessPolicy): Json[] {
  const credentials =
    policy.kind === 'signed-in' && policy.cookieOnly ? [{ cookie: [] }] : [{ bearer: [] }, { cookie: [] }];
  const optional = policy.kind === 'public' || (policy.kind === 'event' && policy.need === 'read');
  return optional ? [{}, ...credentials] : credentials;
}

function accessWords(policy: AccessPolicy): string {
  if (policy.kind === 'event') {
    return policy.need === 'read'
      ? 'Access: anyone for a published event; its organizers (members) for a draft.'
      : `Access: the event's members with the \`${policy.need}\` right.`;
  }
  if (policy.kind !== 'signed-in') return '';
  if (policy.admin) return 'Access: administrators.';
  if (policy.cookieOnly) return 'Access: a signed-in person (session cookie), not a token.';
  return policy.write ? 'Access: signed in, with a write token when using a token.' : 'Access: signed in.';
}

function finishParameter(parameter: Json): void {
  parameter.description ||= parameterWords(parameter.name);
  if (parameter.in === 'path' && /^(eventId|id|sessionId|userId|deliveryId)$/.test(parameter.name)) {
    parameter.schema = { type: 'string', format: 'uuid' };
  }
  if (parameter.in === 'path' && parameter.name === 'number') parameter.schema = { type: 'integer', minimum: 1 };
  if (parameter.in === 'query' && /^(page|limit|since)$/.test(parameter.name) && parameter.schema?.type === 'number')
    parameter.schema.type = 'integer';
}

/** Reads of an event's resources find the event by its slug as well as by its id (see AccessGuard). */
function acceptSlug(operation: Json): void {
  const eventId = (operation.parameters ?? []).find((p: Json) => p.in === 'path' && p.name === 'eventId');
  if (!eventId) return;
  eventId.description = "The event's id, or its slug (reads only).";
  eventId.schema = {
    anyOf: [
      { type: 'string', format: 'uuid' },
      { type: 'string', pattern: '^[a-z0-9](?:[a-z0-9-]{0,118}[a-z0-9])?$' },
    ],
  };
}

function parameterWords(name: string): string {
  if (name === 'eventId') return "The event's id.";
  if (name === 'token') return "The agenda's secret token.";
  if (name === 'number') return 'The version number.';
  return `The ${name.replace(/Id$/, '')}'s id.`.replace("The id's id.", "The record's id.");
}

function addParameter(operation: Json, name: string): void {
  const $ref = `#/components/parameters/${name}`;
  operation.parameters = [...(operation.parameters ?? []).filter((p: Json) => p.$ref !== $ref), { $ref }];
}
