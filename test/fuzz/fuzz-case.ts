import fc from 'fast-check';
import { anyHostile, deepJson, hostileId, toJsonText, wrongType } from './hostile-values';
import { FuzzFixture, FuzzProgram } from './fuzz-fixture';

export type Caller =
  'admin' | 'anon' | 'readOnly' | 'foreign' | 'badToken' | 'cookie' | 'cookieNoOrigin' | 'cookieEvilOrigin';

export type FuzzBody = { kind: 'json'; value: unknown } | { kind: 'raw'; contentType: string; bytes: Buffer };

/** One hostile request. `note` says how it was made, for reading a counterexample. */
export interface FuzzCase {
  group: string;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  caller: Caller;
  headers: Record<string, string>;
  body?: FuzzBody;
  note: string;
}

/** A JSON write endpoint: how to reach it, a valid body to start from, and hostile values per field. */
export interface JsonEndpoint {
  group: string;
  method: FuzzCase['method'];
  /** Path for an event (the target, the foreign one, or a hostile id) and a record id. */
  path: (eventId: string, id: string) => string;
  /** Valid ids for the record part of the path (empty when the path has none). */
  ids?: (fx: FuzzFixture) => string[];
  base: (fx: FuzzFixture) => Record<string, unknown>;
  fields: Record<string, fc.Arbitrary<unknown>>;
  caller?: Caller;
  /** The route takes no :eventId (auth, tokens, agendas by token). */
  noEvent?: boolean;
  /** Also send hostile If-Match headers. */
  ifMatch?: boolean;
  query?: fc.Arbitrary<string>;
}

const OTHER_CALLERS: Caller[] = [
  'admin',
  'anon',
  'readOnly',
  'foreign',
  'badToken',
  'cookie',
  'cookieNoOrigin',
  'cookieEvilOrigin',
];

export const EXTRA_KEYS = [
  'id',
  'eventId',
  'version',
  'isAdmin',
  'role',
  '__proto__',
  'constructor',
  'createdAt',
  'deletedAt',
  'programVersion',
  'status',
  'x',
];

type Mutation = (body: unknown) => unknown;

function setKey(body: unknown, key: string, value: unknown): unknown {
  const copy: Record<string, unknown> = body && typeof body === 'object' && !Array.isArray(body) ? { ...body } : {};
  // defineProperty: a plain assignment to "__proto__" would change the prototype instead of adding a key.
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

function mutations(endpoint: JsonEndpoint, known: string[]): fc.Arbitrary<{ apply: Mutation; note: string }> {
  const keys = Object.keys(endpoint.fields);
  const options: fc.Arbitrary<{ apply: Mutation; note: string }>[] = [
    fc.constantFrom(...keys).chain((key) =>
      endpoint.fields[key].map((value) => ({
        apply: (body: unknown) => setKey(body, key, value),
        note: `${key}=${preview(value)}`,
      })),
    ),
    fc.tuple(fc.constantFrom(...keys), anyHostile(known)).map(([key, value]) => ({
      apply: (body: unknown) => setKey(body, key, value),
      note: `${key}=${preview(value)}`,
    })),
    fc.constantFrom(...keys).map((key) => ({
      apply: (body: unknown) => {
        const copy = { ...(body as Record<string, unknown>) };
        delete copy[key];
        return copy;
      },
      note: `without ${key}`,
    })),
    fc
      .tuple(fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ unit: 'binary', maxLength: 12 })), anyHostile(known))
      .map(([key, value]) => ({
        apply: (body: unknown) => setKey(body, key, value),
        note: `extra ${preview(key)}=${preview(value)}`,
      })),
  ];
  const replace = fc
    .oneof(wrongType, deepJson, fc.string())
    .map((value) => ({ apply: () => value, note: `body=${preview(value)}` }));
  return fc.oneof({ weight: 12, arbitrary: fc.oneof(...options) }, { weight: 1, arbitrary: replace });
}

/**
 * Where the request goes. Deletes never aim at a real record of a real event: a valid delete
 * would empty the fixture for every later case (their valid ids come with a hostile If-Match
 * or query instead, see program-endpoints.ts).
 */
function pathFor(endpoint: JsonEndpoint, fx: FuzzFixture): fc.Arbitrary<{ path: string; note: string }> {
  const destructive = endpoint.method === 'DELETE';
  const known = destructive
    ? fx.foreign.ids.filter((id) => id !== fx.foreign.eventId)
    : [...fx.target.ids, ...fx.foreign.ids];
  const events = fc.oneof(
    { weight: 12, arbitrary: fc.constant(fx.target.eventId) },
    { weight: 1, arbitrary: destructive ? hostileId() : fc.constant(fx.foreign.eventId) },
    { weight: 1, arbitrary: hostileId(known) },
  );
  const valid = endpoint.ids?.(fx) ?? [''];
  const records = fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: hostileId(known) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
  );
  return fc.tuple(events, records).map(([eventId, id]) => ({
    path: endpoint.path(urlPart(eventId), urlPart(id)),
    note: [
      eventId === fx.target.eventId ? '' : `event=${preview(eventId)}`,
      valid.includes(id) ? '' : `id=${preview(id)}`,
    ]
      .filter(Boolean)
      .join(' '),
  }));
}

/** Path segments that are not ids at all: raw percent escapes (NUL, broken UTF-8), traversal, huge ones. */
const HOSTILE_SEGMENTS = [
  '%00',
  '%E2%82',
  '%F0%9F%8E%89',
  '..%2F..%2Fetc',
  '%2e%2e',
  'x'.repeat(2000),
  `ap_${'A'.repeat(43)}`,
  '%C0%AF',
  '%',
];

/** Already URL-safe text (including those raw escapes) is sent as it is; anything else is encoded. */
function urlPart(value: string): string {
  return /^[A-Za-z0-9%._~-]*$/.test(value) ? value : encodeURIComponent(value);
}

/** Routes without :eventId (agendas by token, tokens, login sessions): the record part only. */
function recordPath(endpoint: JsonEndpoint, fx: FuzzFixture): fc.Arbitrary<{ path: string; note: string }> {
  const hostile = fc.oneof(
    hostileId(fx.foreign.ids.filter((id) => id !== fx.foreign.eventId)),
    fc.constantFrom(...HOSTILE_SEGMENTS),
  );
  const valid = endpoint.ids?.(fx);
  const records =
    valid && endpoint.method !== 'DELETE'
      ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: hostile })
      : hostile;
  return records.map((id) => ({
    path: endpoint.path('', urlPart(id)),
    note: valid?.includes(id) ? '' : `id=${preview(id)}`,
  }));
}

/** Transport-level damage: the bytes on the wire rather than the values in them. */
export function transport(json: unknown): fc.Arbitrary<{ body: FuzzBody; note: string }> {
  const text = toJsonText(json);
  return fc.oneof(
    { weight: 30, arbitrary: fc.constant({ body: { kind: 'json' as const, value: json }, note: '' }) },
    {
      weight: 2,
      arbitrary: fc
        .nat(text.length)
        .map((cut) => raw('application/json', Buffer.from(text.slice(0, cut)), `truncated JSON at ${cut}`)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat(text.length), fc.uint8Array({ minLength: 1, maxLength: 4 }))
        .map(([at, bytes]) =>
          raw(
            'application/json',
            Buffer.concat([
              Buffer.from(text.slice(0, at)),
              Buffer.from([0xff, ...bytes, 0xc3]),
              Buffer.from(text.slice(at)),
            ]),
            'invalid UTF-8',
          ),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          'application/xml',
          '',
        )
        .map((type) => raw(type, Buffer.from(text), `content-type ${type || '(none)'}`)),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '',
          ' ',
          '{',
          '[1,]',
          '{"a":1}{"b":2}',
          'NaN',
          '\uFEFF{}',
          '{"__proto__":{"isAdmin":true}}',
          '{"constructor":{"prototype":{}}}',
        )
        .map((textBody) => raw('application/json', Buffer.from(textBody), `raw ${JSON.stringify(textBody)}`)),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max: 3 })
        .map((megabytes) =>
          raw(
            'application/json',
            Buffer.from(
              toJsonText({ ...(typeof json === 'object' ? json : {}), pad: 'x'.repeat(megabytes * 1024 * 1024) }),
            ),
            `${megabytes} MB body`,
          ),
        ),
    },
  );
}

function raw(contentType: string, bytes: Buffer, note: string) {
  return { body: { kind: 'raw' as const, contentType, bytes }, note };
}

function callerFor(endpoint: JsonEndpoint): fc.Arbitrary<Caller> {
  const usual = endpoint.caller ?? 'admin';
  return fc.oneof(
    { weight: 14, arbitrary: fc.constant(usual) },
    { weight: 1, arbitrary: fc.constantFrom(...OTHER_CALLERS) },
  );
}

const hostileIfMatch = fc.constantFrom(
  '"0"',
  '"999999"',
  '"1"',
  'W/"1"',
  '*',
  '"-1"',
  '"1.5"',
  'garbage',
  '"',
  '""',
  '"99999999999999999999"',
);

export function jsonCase(endpoint: JsonEndpoint, fx: FuzzFixture): fc.Arbitrary<FuzzCase> {
  const known = [...fx.target.ids, ...fx.foreign.ids];
  return fc
    .record({
      where: endpoint.noEvent
        ? endpoint.ids
          ? recordPath(endpoint, fx)
          : fc.constant({ path: endpoint.path('', ''), note: '' })
        : pathFor(endpoint, fx),
      steps: Object.keys(endpoint.fields).length
        ? fc.array(mutations(endpoint, known), { minLength: 0, maxLength: 3 })
        : fc.constant<{ apply: Mutation; note: string }[]>([]),
      caller: callerFor(endpoint),
      ifMatch: endpoint.ifMatch ? fc.option(hostileIfMatch, { freq: 4 }) : fc.constant(null),
      query: endpoint.query ? fc.option(endpoint.query, { freq: 2 }) : fc.constant(null),
    })
    .chain(({ where, steps, caller, ifMatch, query }) => {
      const json = steps.reduce<unknown>((body, step) => step.apply(body), endpoint.base(fx));
      const headers: Record<string, string> = ifMatch ? { 'If-Match': ifMatch } : {};
      return transport(json).map(({ body, note }) => ({
        group: endpoint.group,
        method: endpoint.method,
        path: where.path + (query ? `?${query}` : ''),
        caller,
        headers,
        body: endpoint.method === 'DELETE' && body.kind === 'json' ? undefined : body,
        note: [where.note, ...steps.map((step) => step.note), note, ifMatch ? `If-Match ${ifMatch}` : '']
          .filter(Boolean)
          .join('; '),
      }));
    });
}

export function preview(value: unknown): string {
  const text = value instanceof Buffer ? `<${value.length} bytes>` : toJsonText(value);
  return text.length > 60 ? `${text.slice(0, 57)}...(${text.length})` : text;
}

export type { FuzzProgram };
