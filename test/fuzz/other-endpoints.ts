import fc from 'fast-check';
import { ADMIN } from '../create-test-app';
import {
  CSV_PIECES,
  CSV_SNIPPETS,
  hostileCell,
  mutateJson,
  mutateText,
  XML_PIECES,
  XML_SNIPPETS,
} from './document-mutations';
import { FuzzCase, JsonEndpoint, transport } from './fuzz-case';
import { FuzzFixture } from './fuzz-fixture';
import { hostileId, hostileInstant, hostileString, hostileTimeZone, toJsonText, wrongType } from './hostile-values';

/** Agendas, accounts, tokens, members, and the importers (schedule.xml/json, CSV, restore). */

const text = fc.oneof(hostileString, fc.string({ maxLength: 40 }), wrongType);
const email = fc.oneof(
  text,
  fc.constantFrom(
    'a@b',
    'admin@test.example',
    'ADMIN@TEST.EXAMPLE',
    ' admin@test.example',
    'x@y.z',
    `${'a'.repeat(250)}@b.co`,
  ),
);
const password = fc.oneof(
  text,
  fc.constantFrom('short', 'password1234', 'a'.repeat(129), ADMIN.password, `${ADMIN.password} `),
);

export function otherEndpoints(fx: FuzzFixture): JsonEndpoint[] {
  const known = [...fx.target.ids, ...fx.foreign.ids];
  const sessionIds = fc.oneof(
    fc.array(
      fc.oneof(fc.constant(fx.target.sessionId), fc.constant(fx.foreign.sessionId), hostileId(known), wrongType),
      { maxLength: 5 },
    ),
    fc.constant(Array(1001).fill(fx.target.sessionId)),
    wrongType,
  );
  const role = fc.oneof(fc.constantFrom('owner', 'editor', 'viewer', 'admin', 'Owner', ''), text);
  const tokenFields = {
    name: text,
    scopes: fc.oneof(
      fc.array(fc.oneof(fc.constantFrom('read', 'write', 'admin', 'READ'), text), { maxLength: 3 }),
      wrongType,
    ),
    eventId: fc.oneof(fc.constant(fx.foreign.eventId), hostileId(known), wrongType),
    expiresAt: fc.oneof(hostileInstant, wrongType),
  };
  return [
    {
      group: 'agendas',
      method: 'POST',
      path: (e) => `/api/events/${e}/agendas`,
      caller: 'anon',
      fields: { sessionIds },
      base: (f) => ({ sessionIds: [f.target.sessionId] }),
    },
    {
      group: 'agendas',
      method: 'PUT',
      path: (_e, token) => `/api/agendas/${token}`,
      noEvent: true,
      ids: (f) => [f.agendaToken],
      caller: 'anon',
      fields: { sessionIds },
      base: (f) => ({ sessionIds: [f.target.sessionId] }),
    },
    {
      group: 'agendas',
      method: 'DELETE',
      path: (_e, token) => `/api/agendas/${token}`,
      noEvent: true,
      ids: () => [],
      caller: 'anon',
      fields: {},
      base: () => ({}),
    },
    {
      group: 'auth',
      method: 'POST',
      path: () => '/api/auth/signup',
      noEvent: true,
      caller: 'anon',
      fields: { email, password, name: text },
      base: () => ({ email: 'second@fuzz.example', password: 'a long enough password 9', name: 'Second' }),
    },
    {
      group: 'auth',
      method: 'POST',
      path: () => '/api/auth/login',
      noEvent: true,
      caller: 'anon',
      fields: { email, password },
      base: () => ({ email: ADMIN.email, password: ADMIN.password }),
    },
    {
      group: 'auth',
      method: 'POST',
      path: () => '/api/auth/logout',
      noEvent: true,
      caller: 'anon',
      fields: { x: text },
      base: () => ({}),
    },
    // The current password in the base is wrong on purpose: a valid change would lock later cases out.
    {
      group: 'auth',
      method: 'POST',
      path: () => '/api/auth/password',
      noEvent: true,
      caller: 'cookie',
      fields: { currentPassword: password, newPassword: password },
      base: () => ({ currentPassword: 'not the current password', newPassword: 'a new long password 12' }),
    },
    {
      group: 'auth',
      method: 'DELETE',
      path: (_e, id) => `/api/auth/sessions/${id}`,
      noEvent: true,
      ids: () => [],
      caller: 'cookie',
      fields: {},
      base: () => ({}),
    },
    {
      group: 'tokens',
      method: 'POST',
      path: () => '/api/tokens',
      noEvent: true,
      caller: 'cookie',
      fields: tokenFields,
      base: () => ({ name: 'ci', scopes: ['read'] }),
    },
    {
      group: 'tokens',
      method: 'DELETE',
      path: (_e, id) => `/api/tokens/${id}`,
      noEvent: true,
      ids: () => [],
      caller: 'cookie',
      fields: {},
      base: () => ({}),
    },
    {
      group: 'users',
      method: 'POST',
      path: () => '/api/users',
      noEvent: true,
      caller: 'cookie',
      fields: { email, password, name: text },
      base: () => ({ email: 'invited@fuzz.example', password: 'a long enough password 9', name: 'Invited' }),
    },
    {
      group: 'members',
      method: 'POST',
      path: (e) => `/api/events/${e}/members`,
      fields: { email, role },
      base: () => ({ email: 'member@fuzz.example', role: 'viewer' }),
    },
    {
      group: 'members',
      method: 'PATCH',
      path: (e, id) => `/api/events/${e}/members/${id}`,
      ids: (f) => [f.memberUserId],
      fields: { role },
      base: () => ({ role: 'editor' }),
    },
    {
      group: 'members',
      method: 'DELETE',
      path: (e, id) => `/api/events/${e}/members/${id}`,
      ids: () => ['00000000-0000-4000-8000-000000000000'],
      fields: {},
      base: () => ({}),
    },
  ];
}

const raw = (contentType: string, text: string) => ({ kind: 'raw' as const, contentType, bytes: Buffer.from(text) });

/** Invalid UTF-8 spliced into an otherwise intact document. */
function withBadBytes(text: string): fc.Arbitrary<{ bytes: Buffer; note: string }> {
  return fc.nat(text.length).map((at) => ({
    bytes: Buffer.concat([
      Buffer.from(text.slice(0, at)),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from(text.slice(at)),
    ]),
    note: `invalid UTF-8 at ${at}`,
  }));
}

export function importerCases(fx: FuzzFixture): fc.Arbitrary<FuzzCase>[] {
  const known = [...fx.target.ids, ...fx.foreign.ids];
  const importQuery = fc.option(
    fc.oneof(
      hostileTimeZone.map((zone) => `timezone=${encodeURIComponent(zone)}`),
      fc.constant('timezone=Europe/Berlin'),
      hostileId(known).map((id) => `eventId=${encodeURIComponent(id)}`),
      fc.constant(`eventId=${fx.foreign.eventId}`),
    ),
    { freq: 3 },
  );
  const xmlType = fc.constantFrom('application/xml', 'text/xml', 'application/vnd.c3voc.schedule+xml');
  const csvQuery = fc.option(fc.constantFrom('dryRun=true', 'dryRun=maybe', 'dryRun=', 'dryRun=true&dryRun=false'), {
    freq: 3,
  });
  const csvPath = fc
    .oneof(
      { weight: 8, arbitrary: fc.constant(fx.target.eventId) },
      { weight: 1, arbitrary: fc.constant(fx.foreign.eventId) },
      { weight: 1, arbitrary: hostileId() },
    )
    .map((eventId) => `/api/events/${encodeURIComponent(eventId)}/sessions.csv`);
  const caseOf = (group: string, path: string, body: FuzzCase['body'], note: string): FuzzCase => ({
    group,
    method: 'POST',
    path,
    caller: 'admin',
    headers: {},
    body,
    note,
  });
  return [
    fc
      .tuple(mutateText(fx.documents.scheduleXml, XML_SNIPPETS, hostileString, XML_PIECES), xmlType, importQuery)
      .map(([doc, type, query]) =>
        caseOf(
          'import',
          `/api/events/import${query ? `?${query}` : ''}`,
          raw(type, doc.value),
          `xml: ${doc.notes.join('; ')}`,
        ),
      ),
    fc
      .tuple(mutateText(fx.documents.scheduleXml, XML_SNIPPETS, hostileString, XML_PIECES), xmlType)
      .map(([doc, type]) =>
        caseOf('import', '/api/events/import', raw(type, doc.value), `xml: ${doc.notes.join('; ')}`),
      ),
    fc
      .tuple(withBadBytes(fx.documents.scheduleXml), xmlType)
      .map(([doc, type]) =>
        caseOf(
          'import',
          '/api/events/import',
          { kind: 'raw', contentType: type, bytes: doc.bytes },
          `xml: ${doc.note}`,
        ),
      ),
    fc
      .tuple(mutateJson(JSON.parse(fx.documents.scheduleJson), known), importQuery)
      .map(([doc, query]) =>
        caseOf(
          'import',
          `/api/events/import${query ? `?${query}` : ''}`,
          raw('application/json', toJsonText(doc.value)),
          `schedule.json: ${doc.notes.join('; ')}`,
        ),
      ),
    fc
      .tuple(mutateText(fx.documents.csv, CSV_SNIPPETS, hostileCell(fx.foreign.ids), CSV_PIECES), csvPath, csvQuery)
      .map(([doc, path, query]) =>
        caseOf('csv', `${path}${query ? `?${query}` : ''}`, raw('text/csv', doc.value), `csv: ${doc.notes.join('; ')}`),
      ),
    fc
      .tuple(mutateText(fx.documents.csv, CSV_SNIPPETS, hostileCell(fx.foreign.ids), CSV_PIECES), csvPath)
      .map(([doc, path]) => caseOf('csv', path, raw('text/csv', doc.value), `csv: ${doc.notes.join('; ')}`)),
    fc
      .tuple(withBadBytes(fx.documents.csv), csvPath)
      .map(([doc, path]) =>
        caseOf('csv', path, { kind: 'raw', contentType: 'text/csv', bytes: doc.bytes }, `csv: ${doc.note}`),
      ),
    mutateJson(fx.documents.backup, known).chain((doc) =>
      transport(doc.value).map(({ body, note }) =>
        caseOf('restore', '/api/events/restore', body, `backup: ${[...doc.notes, note].filter(Boolean).join('; ')}`),
      ),
    ),
  ];
}
