import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ADMIN, createTestApp, TestApp } from '../create-test-app';
import { buildEvent, buildRoom, buildSession, buildSlot, buildSpeaker, buildTrack } from '../factories/program.factory';

/**
 * Issue 5's access matrix: every kind of caller × every endpoint group, on a published event (A)
 * and a draft (B), with the exact status each cell must answer. Everything is set up over HTTP.
 *
 * Cast: an administrator; ownerA (creator of A), ownerB (creator of B and of C, a second published
 * event); "viewer" and "editor", members of A and B with those roles; ownerA's and ownerB's read-only
 * tokens, the editor's write token, and the editor's write token bound to A.
 */

const OWN_ORIGIN = 'https://agenda.example'; // PUBLIC_BASE_URL of the test app
const PASSWORD = 'plenty of entropy in here 2026';
const STALE = '"999999"';

type Credential = { kind: 'anonymous' } | { kind: 'cookie'; secret: string } | { kind: 'token'; token: string };
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
const ANON: Credential = { kind: 'anonymous' };

interface EventFixture {
  key: 'A' | 'B' | 'C';
  id: string;
  base: string;
  roomId: string;
  trackId: string;
  slotId: string;
  speakerId: string;
  sessionId: string;
}

interface World {
  t: TestApp;
  admin: Credential;
  adminToken: Credential;
  users: Record<'ownerA' | 'ownerB' | 'viewer' | 'editor', { id: string; email: string; cookie: Credential }>;
  readToken: { A: Credential; B: Credential };
  writeToken: Credential;
  boundToken: Credential;
  events: { A: EventFixture; B: EventFixture; C: EventFixture };
}

let w: World;

/** One request as a caller: tokens in Authorization, cookies with our own Origin (CSRF check). */
function as(credential: Credential, method: Method, path: string): request.Test {
  const test = request(w.t.app.getHttpServer())[method](path);
  if (credential.kind === 'token') return test.set('Authorization', `Bearer ${credential.token}`);
  if (credential.kind === 'cookie')
    return test.set('Cookie', `agenda_session=${credential.secret}`).set('Origin', OWN_ORIGIN);
  return test;
}

async function ok<T = any>(test: request.Test | Promise<request.Response>, status: number): Promise<T> {
  const response = await test;
  if (response.status !== status) {
    throw new Error(`${response.status} instead of ${status}: ${JSON.stringify(response.body ?? response.text)}`);
  }
  return response.body as T;
}

async function login(email: string, password: string): Promise<Credential> {
  const response = await request(w.t.app.getHttpServer()).post('/api/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const secret = /agenda_session=([^;]+)/.exec(cookies.join('\n'))?.[1];
  if (!secret) throw new Error(`login ${email}: no agenda_session cookie in ${JSON.stringify(cookies)}`);
  return { kind: 'cookie', secret };
}

async function createUser(handle: string, name: string) {
  const email = `${handle}@people.example`;
  const user = await ok(as(w.admin, 'post', '/api/users').send({ email, password: PASSWORD, name }), 201);
  return { id: user.id as string, email, cookie: await login(email, PASSWORD) };
}

async function createToken(owner: Credential, body: object): Promise<Credential> {
  const created = await ok(as(owner, 'post', '/api/tokens').send(body), 201);
  return { kind: 'token', token: created.token };
}

/** An event created by its owner, with one of everything; the session is scheduled in the room with the speaker. */
async function createEvent(key: EventFixture['key'], owner: Credential, publish: boolean): Promise<EventFixture> {
  const event = await ok(
    as(owner, 'post', '/api/events').send(buildEvent({ name: `Event ${key} ${randomUUID().slice(0, 6)}` })),
    201,
  );
  const base = `/api/events/${event.id}`;
  const room = await ok(as(owner, 'post', `${base}/rooms`).send(buildRoom()), 201);
  const track = await ok(as(owner, 'post', `${base}/tracks`).send(buildTrack()), 201);
  const slot = await ok(as(owner, 'post', `${base}/slots`).send(buildSlot()), 201);
  const speaker = await ok(
    as(owner, 'post', `${base}/speakers`).send(buildSpeaker({ email: `ada.${key.toLowerCase()}@speakers.example` })),
    201,
  );
  const session = await ok(
    as(owner, 'post', `${base}/sessions`).send(
      buildSession({
        roomId: room.id,
        trackId: track.id,
        speakers: [{ speakerId: speaker.id, role: 'speaker' }],
      }),
    ),
    201,
  );
  await ok(
    as(owner, 'post', `${base}/sessions/${session.id}/presentations`).send({
      title: 'Paper',
      authors: [{ name: 'Ada' }],
      durationMinutes: 10,
    }),
    201,
  );
  if (publish) await ok(as(owner, 'post', `${base}/publish`), 200);
  return {
    key,
    id: event.id,
    base,
    roomId: room.id,
    trackId: track.id,
    slotId: slot.id,
    speakerId: speaker.id,
    sessionId: session.id,
  };
}

const addMember = (owner: Credential, event: EventFixture, email: string, role: string) =>
  ok(as(owner, 'post', `${event.base}/members`).send({ email, role }), 201);

let counter = 0;
const unique = () => `${++counter}-${randomUUID().slice(0, 8)}`;

/** A minimal frab schedule.xml with its own acronym, so every import is a new event. */
const scheduleXml = () => {
  const acronym = `acl-${unique()}`;
  return (
    `<schedule><version>1</version><conference><acronym>${acronym}</acronym><title>Imported ${acronym}</title></conference>` +
    '<day index="1" date="2026-01-01" start="2026-01-01T00:00:00Z" end="2026-01-02T00:00:00Z"><room name="R">' +
    `<event id="1" guid="${randomUUID()}"><date>2026-01-01T10:00:00Z</date><duration>00:30</duration><title>Talk</title>` +
    '<room>R</room><type>talk</type><abstract/><track/></event></room></day></schedule>'
  );
};

// ---------------------------------------------------------------------------------------------
// The matrix of one event: rows are callers relative to the event, cells the expected status.
// ---------------------------------------------------------------------------------------------

type Cell = 'ok' | 401 | 403 | 404;
type Group = 'read' | 'feeds' | 'private' | 'write' | 'owner';

interface Row {
  name: string;
  credential: (event: 'A' | 'B') => Credential;
  A: Record<Group, Cell> & { email: boolean };
  B: Record<Group, Cell> & { email: boolean };
}

const cells = (read: Cell, email: boolean, feeds: Cell, priv: Cell, write: Cell, owner: Cell) => ({
  read,
  email,
  feeds,
  private: priv,
  write,
  owner,
});

const ROWS: Row[] = [
  //                                                                  read   email  feeds  private write  owner
  {
    name: 'anonymous',
    credential: () => ANON,
    A: cells('ok', false, 'ok', 401, 401, 401),
    B: cells(404, false, 404, 404, 404, 404),
  },
  {
    name: 'viewer',
    credential: () => w.users.viewer.cookie,
    A: cells('ok', true, 'ok', 'ok', 403, 403),
    B: cells('ok', true, 404, 'ok', 403, 403),
  },
  {
    name: 'editor',
    credential: () => w.users.editor.cookie,
    A: cells('ok', true, 'ok', 'ok', 'ok', 403),
    B: cells('ok', true, 404, 'ok', 'ok', 403),
  },
  {
    name: 'owner',
    credential: (e) => w.users[e === 'A' ? 'ownerA' : 'ownerB'].cookie,
    A: cells('ok', true, 'ok', 'ok', 'ok', 'ok'),
    B: cells('ok', true, 404, 'ok', 'ok', 'ok'),
  },
  {
    name: "another event's owner",
    credential: (e) => w.users[e === 'A' ? 'ownerB' : 'ownerA'].cookie,
    A: cells('ok', false, 'ok', 403, 403, 403),
    B: cells(404, false, 404, 404, 404, 404),
  },
  {
    name: 'admin (cookie)',
    credential: () => w.admin,
    A: cells('ok', true, 'ok', 'ok', 'ok', 'ok'),
    B: cells('ok', true, 404, 'ok', 'ok', 'ok'),
  },
  {
    name: 'admin (write token)',
    credential: () => w.adminToken,
    A: cells('ok', true, 'ok', 'ok', 'ok', 'ok'),
    B: cells('ok', true, 404, 'ok', 'ok', 'ok'),
  },
  {
    name: "read token (the owner's)",
    credential: (e) => w.readToken[e],
    A: cells('ok', true, 'ok', 'ok', 403, 403),
    B: cells('ok', true, 404, 'ok', 403, 403),
  },
  {
    name: "write token (the editor's)",
    credential: () => w.writeToken,
    A: cells('ok', true, 'ok', 'ok', 'ok', 403),
    B: cells('ok', true, 404, 'ok', 'ok', 403),
  },
  {
    name: 'write token bound to A',
    credential: () => w.boundToken,
    A: cells('ok', true, 'ok', 'ok', 'ok', 403),
    B: cells(404, false, 404, 404, 404, 404),
  },
];

interface Endpoint {
  group: Group;
  method: Method;
  /** Path under the event, e.g. `/sessions/:sessionId`; ids are filled from the fixture (or `prepare`). */
  path: string;
  /** Status when the caller is allowed. */
  ok: number;
  body?: (e: EventFixture) => object | string;
  contentType?: string;
  ifMatch?: string;
  /** Checks the speaker e-mail is present exactly for callers who may see private fields. */
  email?: 'list' | 'one';
  /** Makes a fresh record (as the admin) for destructive calls, returns extra ids. */
  prepare?: (e: EventFixture) => Promise<Record<string, string>>;
  note?: string;
}

const freshSession = async (e: EventFixture) => ({
  freshSessionId: (
    await ok(as(w.adminToken, 'post', `${e.base}/sessions`).send({ title: 'Throwaway', type: 'talk' }), 201)
  ).id,
});
const freshRoom = async (e: EventFixture) => ({
  freshRoomId: (
    await ok(as(w.adminToken, 'post', `${e.base}/rooms`).send(buildRoom({ name: `Throwaway ${unique()}` })), 201)
  ).id,
});
const scheduledSession = async (e: EventFixture) => ({
  freshSessionId: (
    await ok(
      as(w.adminToken, 'post', `${e.base}/sessions`).send(
        buildSession({ title: 'Paper session', type: 'paper-session' }),
      ),
      201,
    )
  ).id,
});

const ENDPOINTS: Endpoint[] = [
  // published program
  { group: 'read', method: 'get', path: '', ok: 200 },
  { group: 'read', method: 'get', path: '/sessions', ok: 200 },
  { group: 'read', method: 'get', path: '/sessions/:sessionId', ok: 200 },
  { group: 'read', method: 'get', path: '/sessions/:sessionId/presentations', ok: 200 },
  { group: 'read', method: 'get', path: '/rooms', ok: 200 },
  { group: 'read', method: 'get', path: '/rooms/:roomId', ok: 200 },
  { group: 'read', method: 'get', path: '/tracks', ok: 200 },
  { group: 'read', method: 'get', path: '/tracks/:trackId', ok: 200 },
  { group: 'read', method: 'get', path: '/slots', ok: 200 },
  { group: 'read', method: 'get', path: '/slots/:slotId', ok: 200 },
  { group: 'read', method: 'get', path: '/speakers', ok: 200, email: 'list' },
  { group: 'read', method: 'get', path: '/speakers/:speakerId', ok: 200, email: 'one' },
  // feeds: public documents, so only for published events (a draft's feeds are 404 to everyone)
  { group: 'feeds', method: 'get', path: '/feeds', ok: 200 },
  { group: 'feeds', method: 'get', path: '/calendar.ics', ok: 200 },
  { group: 'feeds', method: 'get', path: '/tracks/:trackId/calendar.ics', ok: 200 },
  { group: 'feeds', method: 'get', path: '/rooms/:roomId/calendar.ics', ok: 200 },
  { group: 'feeds', method: 'get', path: '/speakers/:speakerId/calendar.ics', ok: 200 },
  { group: 'feeds', method: 'get', path: '/sessions/:sessionId/calendar.ics', ok: 200 },
  { group: 'feeds', method: 'get', path: '/schedule.xml', ok: 200 },
  { group: 'feeds', method: 'get', path: '/schedule.json', ok: 200 },
  // private reads (speaker e-mails inside)
  { group: 'private', method: 'get', path: '/sessions.csv', ok: 200 },
  { group: 'private', method: 'get', path: '/export.json', ok: 200 },
  // program writes
  { group: 'write', method: 'patch', path: '', ok: 200, body: () => ({ description: `edited ${unique()}` }) },
  { group: 'write', method: 'post', path: '/rooms', ok: 201, body: () => buildRoom({ name: `Room ${unique()}` }) },
  { group: 'write', method: 'patch', path: '/rooms/:roomId', ok: 200, body: () => ({ capacity: 100 + counter++ }) },
  { group: 'write', method: 'delete', path: '/rooms/:freshRoomId', ok: 204, prepare: freshRoom },
  { group: 'write', method: 'post', path: '/tracks', ok: 201, body: () => buildTrack({ name: `Track ${unique()}` }) },
  {
    group: 'write',
    method: 'patch',
    path: '/tracks/:trackId',
    ok: 200,
    body: () => ({ description: `edited ${unique()}` }),
  },
  { group: 'write', method: 'post', path: '/slots', ok: 201, body: () => buildSlot({ label: unique() }) },
  {
    group: 'write',
    method: 'post',
    path: '/speakers',
    ok: 201,
    body: () => buildSpeaker({ name: `Speaker ${unique()}` }),
  },
  {
    group: 'write',
    method: 'patch',
    path: '/speakers/:speakerId',
    ok: 200,
    body: () => ({ bio: `edited ${unique()}` }),
  },
  {
    group: 'write',
    method: 'post',
    path: '/sessions',
    ok: 201,
    body: () => ({ title: `Backlog ${unique()}`, type: 'talk' }),
  },
  {
    group: 'write',
    method: 'patch',
    path: '/sessions/:sessionId',
    ok: 200,
    body: () => ({ subtitle: `edited ${unique()}` }),
  },
  { group: 'write', method: 'delete', path: '/sessions/:freshSessionId', ok: 204, prepare: freshSession },
  {
    group: 'write',
    method: 'post',
    path: '/sessions/:freshSessionId/presentations',
    ok: 201,
    prepare: scheduledSession,
    body: () => ({ title: 'Paper', authors: [{ name: 'Author' }], durationMinutes: 10 }),
  },
  {
    group: 'write',
    method: 'post',
    path: '/sessions.csv?dryRun=true',
    ok: 200,
    contentType: 'text/csv; charset=utf-8',
    body: () => 'id,title,type,start,end\n,CSV talk,talk,2026-03-10 11:00,2026-03-10 12:00\n',
  },
  {
    group: 'write',
    method: 'post',
    path: '/publish',
    ok: 200,
    note: 'B is set back to draft after a successful publish',
  },
  // owner only
  { group: 'owner', method: 'get', path: '/members', ok: 200 },
  {
    group: 'owner',
    method: 'post',
    path: '/members',
    ok: 201,
    body: () => ({ email: 'spare@people.example', role: 'viewer' }),
  },
  { group: 'owner', method: 'get', path: '/audit', ok: 200 },
  {
    group: 'owner',
    method: 'delete',
    path: '',
    ok: 412,
    ifMatch: STALE,
    note: 'a stale If-Match: allowed callers reach the handler (412), nothing is deleted',
  },
];

const label = (endpoint: Endpoint) => {
  const method = endpoint.method.toUpperCase();
  const path = `/api/events/:eventId${endpoint.path}`;
  return `${method} ${path}${endpoint.ifMatch ? ` (If-Match ${endpoint.ifMatch})` : ''}`;
};

/** What happened, for the printed summary: event → row → group → statuses seen (as 'ok' or the status). */
const seen = new Map<string, Set<string>>();
const record = (key: string, value: string) => seen.set(key, (seen.get(key) ?? new Set()).add(value));

describe('Access matrix (issue 5)', () => {
  beforeAll(async () => {
    const t = await createTestApp();
    w = { t } as World;
    w.adminToken = { kind: 'token', token: t.adminToken };
    w.admin = await login(ADMIN.email, ADMIN.password);
    w.users = {
      ownerA: await createUser('olga', 'Olga Owner'),
      ownerB: await createUser('otto', 'Otto Other'),
      viewer: await createUser('vera', 'Vera Viewer'),
      editor: await createUser('eddie', 'Eddie Editor'),
    };
    await createUser('spare', 'Spare Person');
    const { ownerA, ownerB, viewer, editor } = w.users;
    w.events = {
      A: await createEvent('A', ownerA.cookie, true),
      B: await createEvent('B', ownerB.cookie, false),
      C: await createEvent('C', ownerB.cookie, true),
    };
    for (const [owner, event] of [
      [ownerA, w.events.A],
      [ownerB, w.events.B],
    ] as const) {
      await addMember(owner.cookie, event, viewer.email, 'viewer');
      await addMember(owner.cookie, event, editor.email, 'editor');
    }
    await addMember(ownerB.cookie, w.events.C, editor.email, 'editor');
    w.readToken = {
      A: await createToken(ownerA.cookie, { name: 'read A', scopes: ['read'] }),
      B: await createToken(ownerB.cookie, { name: 'read B', scopes: ['read'] }),
    };
    w.writeToken = await createToken(editor.cookie, { name: 'editor write', scopes: ['read', 'write'] });
    w.boundToken = await createToken(editor.cookie, {
      name: 'editor bound to A',
      scopes: ['read', 'write'],
      eventId: w.events.A.id,
    });
  });

  afterAll(async () => {
    printSummary();
    await w?.t.close();
  });

  describe.each([
    ['A', 'published'],
    ['B', 'draft'],
  ] as const)('event %s (%s)', (eventKey, _status) => {
    describe.each(ROWS.map((row) => [row.name, row] as const))('%s', (_name, row) => {
      const cases = ENDPOINTS.map((endpoint) => {
        const cell = row[eventKey][endpoint.group];
        const expected = cell === 'ok' ? endpoint.ok : cell;
        const email =
          endpoint.email && expected === 200
            ? row[eventKey].email
              ? ', with speaker e-mail'
              : ', without speaker e-mail'
            : '';
        return [`${label(endpoint)} → ${expected}${email}`, endpoint, expected] as const;
      });

      it.each(cases)('%s', async (_title, endpoint, expected) => {
        const event = w.events[eventKey];
        const ids: Record<string, string> = { ...event, ...(endpoint.prepare ? await endpoint.prepare(event) : {}) };
        const path = event.base + endpoint.path.replace(/:(\w+)/g, (_m, name: string) => ids[name]);
        let test = as(row.credential(eventKey), endpoint.method, path);
        if (endpoint.ifMatch) test = test.set('If-Match', endpoint.ifMatch);
        if (endpoint.contentType) test = test.set('Content-Type', endpoint.contentType);
        const body = endpoint.body?.(event);
        const response = await (body === undefined ? test : test.send(body as object));
        record(
          `${eventKey}|${row.name}|${endpoint.group}`,
          response.status === endpoint.ok ? 'ok' : String(response.status),
        );

        if (endpoint.path === '/publish' && eventKey === 'B' && response.status === 200) {
          await ok(as(w.adminToken, 'patch', event.base).send({ status: 'draft' }), 200);
        }
        expect({ status: response.status, body: response.status === expected ? undefined : response.body }).toEqual({
          status: expected,
          body: undefined,
        });
        if (response.status >= 400) expect(response.body).toMatchObject({ statusCode: expected });

        if (endpoint.email && response.status === 200) {
          const speakers: any[] = endpoint.email === 'list' ? response.body.items : [response.body];
          const first = speakers.find((speaker) => speaker.id === event.speakerId);
          expect(first).toBeDefined();
          if (row[eventKey].email) expect(first.email).toBe(`ada.${eventKey.toLowerCase()}@speakers.example`);
          else expect(first).not.toHaveProperty('email');
          record(`${eventKey}|${row.name}|email`, 'email' in first ? 'yes' : 'no');
        }
      });
    });
  });

  // -------------------------------------------------------------------------------------------
  // Endpoints not about one event: account-level rows (ownerA / ownerB by name here).
  // -------------------------------------------------------------------------------------------
  type GlobalCell = number | 'n/a';
  interface GlobalRow {
    name: string;
    credential: () => Credential;
    /** me, POST tokens, GET tokens, POST users, POST events, POST import, list shows draft B, agenda on A, agenda on B */
    expect: [number, number, number, number, number, number, boolean, GlobalCell, GlobalCell];
  }
  const GLOBAL_ROWS: GlobalRow[] = [
    //                                                                    me   +tok GETtok +user +event import  sees B  agenda A/B
    { name: 'anonymous', credential: () => ANON, expect: [401, 401, 401, 401, 401, 401, false, 201, 404] },
    { name: 'viewer', credential: () => w.users.viewer.cookie, expect: [200, 201, 200, 403, 201, 201, true, 201, 404] },
    { name: 'editor', credential: () => w.users.editor.cookie, expect: [200, 201, 200, 403, 201, 201, true, 201, 404] },
    {
      name: 'owner of A',
      credential: () => w.users.ownerA.cookie,
      expect: [200, 201, 200, 403, 201, 201, false, 201, 404],
    },
    {
      name: 'owner of B',
      credential: () => w.users.ownerB.cookie,
      expect: [200, 201, 200, 403, 201, 201, true, 201, 404],
    },
    { name: 'admin (cookie)', credential: () => w.admin, expect: [200, 201, 200, 201, 201, 201, true, 201, 404] },
    {
      name: 'admin (write token)',
      credential: () => w.adminToken,
      expect: [200, 403, 403, 403, 201, 201, true, 201, 404],
    },
    {
      name: "read token (owner of A's)",
      credential: () => w.readToken.A,
      expect: [200, 403, 403, 403, 403, 403, false, 201, 404],
    },
    {
      name: "write token (the editor's)",
      credential: () => w.writeToken,
      expect: [200, 403, 403, 403, 201, 201, true, 201, 404],
    },
    {
      name: 'write token bound to A',
      credential: () => w.boundToken,
      expect: [200, 403, 403, 403, 403, 403, false, 201, 404],
    },
  ];

  describe.each(GLOBAL_ROWS.map((row) => [row.name, row] as const))('account level: %s', (_name, row) => {
    const [me, postToken, getTokens, postUser, postEvent, postImport, seesDraft, agendaA, agendaB] = row.expect;

    it(`GET /api/auth/me → ${me}`, async () => {
      expect((await as(row.credential(), 'get', '/api/auth/me')).status).toBe(me);
    });

    it(`POST /api/tokens → ${postToken}, GET /api/tokens → ${getTokens} (tokens cannot mint or list tokens)`, async () => {
      const created = await as(row.credential(), 'post', '/api/tokens').send({
        name: `t ${unique()}`,
        scopes: ['read'],
      });
      expect(created.status).toBe(postToken);
      expect((await as(row.credential(), 'get', '/api/tokens')).status).toBe(getTokens);
      record(`global|${row.name}|tokens`, `${created.status}`);
    });

    it(`POST /api/users → ${postUser} (administrators, signed in, only)`, async () => {
      const handle = `user${unique().replace(/-/g, '')}`;
      const res = await as(row.credential(), 'post', '/api/users').send({
        email: `${handle}@people.example`,
        password: PASSWORD,
        name: 'New Person',
      });
      expect(res.status).toBe(postUser);
      record(`global|${row.name}|users`, `${res.status}`);
    });

    it(`POST /api/events → ${postEvent}, and the creator becomes its owner`, async () => {
      const res = await as(row.credential(), 'post', '/api/events').send(buildEvent());
      expect(res.status).toBe(postEvent);
      record(`global|${row.name}|+event`, `${res.status}`);
      if (res.status === 201) {
        const members = await ok<any[]>(as(w.adminToken, 'get', `/api/events/${res.body.id}/members`), 200);
        const me = await ok(as(row.credential(), 'get', '/api/auth/me'), 200);
        expect(members).toEqual([expect.objectContaining({ userId: me.user.id, role: 'owner' })]);
        await ok(as(row.credential(), 'get', `/api/events/${res.body.id}/members`), 200);
      }
    });

    it(`POST /api/events/import → ${postImport}`, async () => {
      const res = await as(row.credential(), 'post', '/api/events/import')
        .set('Content-Type', 'application/xml')
        .send(scheduleXml());
      expect({ status: res.status, body: res.status === postImport ? undefined : res.body }).toEqual({
        status: postImport,
        body: undefined,
      });
      record(`global|${row.name}|import`, `${res.status}`);
    });

    it(`GET /api/events → 200, ${seesDraft ? 'listing' : 'without'} draft B`, async () => {
      const res = await as(row.credential(), 'get', '/api/events');
      expect(res.status).toBe(200);
      const ids = (res.body.items as any[]).map((event) => event.id);
      expect(ids).toEqual(expect.arrayContaining([w.events.A.id, w.events.C.id]));
      expect(ids.includes(w.events.B.id)).toBe(seesDraft);
      record(`global|${row.name}|list`, seesDraft ? 'sees B' : 'not B');
    });

    it(`personal agendas: POST on A → ${agendaA}, on draft B → ${agendaB}; the agenda token then works without login`, async () => {
      const onA = await as(row.credential(), 'post', `${w.events.A.base}/agendas`).send({
        sessionIds: [w.events.A.sessionId],
      });
      expect(onA.status).toBe(agendaA);
      const onB = await as(row.credential(), 'post', `${w.events.B.base}/agendas`).send({
        sessionIds: [w.events.B.sessionId],
      });
      expect(onB.status).toBe(agendaB);
      const token = onA.body.token as string;
      await ok(as(ANON, 'get', `/api/agendas/${token}`), 200);
      await ok(as(ANON, 'put', `/api/agendas/${token}`).send({ sessionIds: [] }), 200);
      const feed = await as(ANON, 'get', `/api/agendas/${token}/calendar.ics`);
      expect(feed.status).toBe(200);
      expect(feed.text).toContain('BEGIN:VCALENDAR');
      record(`global|${row.name}|agendas`, `${onA.status}/${onB.status}`);
    });
  });

  // -------------------------------------------------------------------------------------------
  // Specific rules of the issue.
  // -------------------------------------------------------------------------------------------
  describe("a foreign event's record is 404 for everyone", () => {
    const reads = [
      '/sessions/:sessionId',
      '/sessions/:sessionId/presentations',
      '/sessions/:sessionId/calendar.ics',
      '/speakers/:speakerId',
      '/speakers/:speakerId/calendar.ics',
      '/rooms/:roomId',
      '/tracks/:trackId',
      '/slots/:slotId',
    ];
    it.each(ROWS.flatMap((row) => reads.map((path) => [row.name, path, row] as const)))(
      '%s: GET /api/events/A%s with the ids of draft B → 404',
      async (_name, path, row) => {
        const { A, B } = w.events;
        const url = A.base + path.replace(/:(\w+)/g, (_m, name: string) => (B as any)[name]);
        const res = await as(row.credential('A'), 'get', url);
        expect(res.status).toBe(404);
      },
    );

    it.each([
      ['patch', '/sessions/:sessionId', { subtitle: 'x' }],
      ['delete', '/sessions/:sessionId', undefined],
      ['patch', '/speakers/:speakerId', { bio: 'x' }],
      ['delete', '/rooms/:roomId', undefined],
      ['post', '/sessions/:sessionId/presentations', { title: 'x', authors: [], durationMinutes: 5 }],
    ] as const)(
      'admin, owner of A and the token bound to A: %s /api/events/A%s with ids of B → 404',
      async (method, path, body) => {
        const { A, B } = w.events;
        const url = A.base + path.replace(/:(\w+)/g, (_m, name: string) => (B as any)[name]);
        for (const credential of [w.admin, w.adminToken, w.users.ownerA.cookie, w.boundToken]) {
          const res = await (body ? as(credential, method, url).send(body) : as(credential, method, url));
          expect(res.status).toBe(404);
        }
        await ok(as(w.adminToken, 'get', `${B.base}/sessions/${B.sessionId}`), 200); // untouched
      },
    );

    it("the other way round: A's session under B's path is 404 to B's owner and to the admin", async () => {
      const { A, B } = w.events;
      for (const credential of [w.users.ownerB.cookie, w.admin]) {
        expect((await as(credential, 'get', `${B.base}/sessions/${A.sessionId}`)).status).toBe(404);
        expect(
          (await as(credential, 'patch', `${B.base}/sessions/${A.sessionId}`).send({ subtitle: 'x' })).status,
        ).toBe(404);
      }
    });
  });

  describe('tokens', () => {
    it("a read token gets 403 on every kind of write, even on its owner's event, while the owner's cookie may write", async () => {
      const { A } = w.events;
      for (const [method, path, body] of [
        ['post', '/sessions', { title: 'x', type: 'talk' }],
        ['patch', '', { description: 'x' }],
        ['post', '/publish', undefined],
        ['post', '/members', { email: 'spare@people.example', role: 'viewer' }],
        ['delete', '', undefined],
      ] as const) {
        const res = await (body
          ? as(w.readToken.A, method, A.base + path).send(body)
          : as(w.readToken.A, method, A.base + path));
        expect(`${method} ${path} ${res.status}`).toBe(`${method} ${path} 403`);
      }
      await ok(
        as(w.users.ownerA.cookie, 'post', `${A.base}/sessions`).send({ title: 'by the owner', type: 'talk' }),
        201,
      );
      expect((await as(w.readToken.A, 'post', '/api/events').send(buildEvent())).status).toBe(403);
    });

    it('an event-bound write token writes A, gets 404 on draft B and 403 on published C (where its user is an editor)', async () => {
      const { A, B, C } = w.events;
      const body = { title: 'bound', type: 'talk' };
      await ok(as(w.boundToken, 'post', `${A.base}/sessions`).send(body), 201);
      expect((await as(w.boundToken, 'post', `${B.base}/sessions`).send(body)).status).toBe(404);
      expect((await as(w.boundToken, 'post', `${C.base}/sessions`).send(body)).status).toBe(403);
      expect((await as(w.boundToken, 'get', `${C.base}/sessions/${C.sessionId}`)).status).toBe(200); // published: readable
      expect((await as(w.boundToken, 'get', `${C.base}/sessions.csv`)).status).toBe(403);
      // the same user's unbound token may write C
      await ok(as(w.writeToken, 'post', `${C.base}/sessions`).send(body), 201);
    });

    it('a bound token cannot create events, import or restore, and cannot manage tokens', async () => {
      expect((await as(w.boundToken, 'post', '/api/events').send(buildEvent())).status).toBe(403);
      expect(
        (
          await as(w.boundToken, 'post', '/api/events/import')
            .set('Content-Type', 'application/xml')
            .send(scheduleXml())
        ).status,
      ).toBe(403);
      expect((await as(w.boundToken, 'post', '/api/events/restore').send({})).status).toBe(403);
      expect((await as(w.boundToken, 'get', '/api/tokens')).status).toBe(403);
    });

    it('updating an event by import (?eventId=) takes the editor role there: no role on a draft 404, viewer 403, other published 403', async () => {
      const { B, C } = w.events;
      const importInto = (credential: Credential, eventId: string) =>
        as(credential, 'post', `/api/events/import?eventId=${eventId}`)
          .set('Content-Type', 'application/xml')
          .send(scheduleXml());
      expect((await importInto(w.users.ownerA.cookie, B.id)).status).toBe(404);
      expect((await importInto(w.users.viewer.cookie, B.id)).status).toBe(403);
      expect((await importInto(w.users.ownerA.cookie, C.id)).status).toBe(403);
      expect((await importInto(w.readToken.B, B.id)).status).toBe(403);
      await ok(as(w.adminToken, 'get', `${B.base}/sessions/${B.sessionId}`), 200); // B untouched
      const F = await createEvent('C', w.users.ownerA.cookie, false);
      await addMember(w.users.ownerA.cookie, F, w.users.editor.email, 'editor');
      expect((await importInto(w.users.editor.cookie, F.id)).status).toBe(200);
      expect((await importInto(w.writeToken, F.id)).status).toBe(200);
    });

    it('binding a token to an event needs a role there: none → 404, viewer asking for write → 403', async () => {
      const { A, C } = w.events;
      expect(
        (await as(w.users.viewer.cookie, 'post', '/api/tokens').send({ name: 'x', scopes: ['read'], eventId: C.id }))
          .status,
      ).toBe(404);
      expect(
        (
          await as(w.users.viewer.cookie, 'post', '/api/tokens').send({
            name: 'x',
            scopes: ['read', 'write'],
            eventId: A.id,
          })
        ).status,
      ).toBe(403);
      await ok(
        as(w.users.viewer.cookie, 'post', '/api/tokens').send({ name: 'x', scopes: ['read'], eventId: A.id }),
        201,
      );
    });

    it('an unknown, malformed or revoked bearer token is 401, even on public reads', async () => {
      const { A } = w.events;
      const bearer = (token: string) =>
        request(w.t.app.getHttpServer()).get(A.base).set('Authorization', `Bearer ${token}`);
      expect((await bearer('nonsense')).status).toBe(401);
      expect((await bearer(`ap_AAAAAAAA_${'A'.repeat(43)}`)).status).toBe(401);
      const created = await ok(
        as(w.users.editor.cookie, 'post', '/api/tokens').send({ name: 'short-lived', scopes: ['read'] }),
        201,
      );
      expect((await bearer(created.token)).status).toBe(200);
      await ok(as(w.users.editor.cookie, 'delete', `/api/tokens/${created.id}`), 204);
      expect((await bearer(created.token)).status).toBe(401);
    });
  });

  describe('session cookies', () => {
    const server = () => w.t.app.getHttpServer();
    const cookieOf = (credential: Credential) => `agenda_session=${(credential as { secret: string }).secret}`;
    const post = () =>
      request(server()).post(`${w.events.A.base}/sessions`).set('Cookie', cookieOf(w.users.editor.cookie));
    const body = { title: 'csrf', type: 'talk' };

    it('a cookie write without Origin (or Referer) is 403; a foreign Origin is 403; own origins pass', async () => {
      expect((await post().send(body)).status).toBe(403);
      expect((await post().set('Origin', 'https://evil.example').send(body)).status).toBe(403);
      expect((await post().set('Referer', 'https://evil.example/agenda.example').send(body)).status).toBe(403);
      expect((await post().set('Origin', 'null').send(body)).status).toBe(403);
      expect((await post().set('Origin', OWN_ORIGIN).send(body)).status).toBe(201);
      expect((await post().set('Referer', `${OWN_ORIGIN}/admin/program`).send(body)).status).toBe(201);
      const res = await post()
        .set('Host', 'planner.internal:8080')
        .set('Origin', 'http://planner.internal:8080')
        .send(body);
      expect(res.status).toBe(201);
    });

    it('cookie reads need no Origin; a bearer token write needs none either', async () => {
      expect(
        (await request(server()).get(`${w.events.A.base}/sessions.csv`).set('Cookie', cookieOf(w.users.editor.cookie)))
          .status,
      ).toBe(200);
      expect(
        (
          await request(server())
            .post(`${w.events.A.base}/sessions`)
            .set('Authorization', `Bearer ${(w.writeToken as any).token}`)
            .send(body)
        ).status,
      ).toBe(201);
    });

    it('after logout the cookie is 401 on writes and on /auth/me (and 404 on the draft)', async () => {
      const session = await login(w.users.editor.email, PASSWORD);
      await ok(as(session, 'get', '/api/auth/me'), 200);
      await ok(as(session, 'post', '/api/auth/logout'), 204);
      expect((await as(session, 'get', '/api/auth/me')).status).toBe(401);
      expect((await as(session, 'post', `${w.events.A.base}/sessions`).send(body)).status).toBe(401);
      expect((await as(session, 'post', '/api/events').send(buildEvent())).status).toBe(401);
      expect((await as(session, 'post', '/api/tokens').send({ name: 'x', scopes: ['read'] })).status).toBe(401);
      expect((await as(session, 'get', `${w.events.B.base}/sessions`)).status).toBe(404);
      // the editor's other session is untouched
      await ok(as(w.users.editor.cookie, 'get', '/api/auth/me'), 200);
    });

    it('a revoked session (DELETE /auth/sessions/:id) and, after a password change, every other session are 401', async () => {
      const first = await login('spare@people.example', PASSWORD);
      const second = await login('spare@people.example', PASSWORD);
      const third = await login('spare@people.example', PASSWORD);
      const sessions = await ok<any[]>(as(first, 'get', '/api/auth/sessions'), 200);
      const secondId = (await ok(as(second, 'get', '/api/auth/me'), 200)).session.id;
      expect(sessions.map((s) => s.id)).toContain(secondId);
      expect((await as(w.readToken.A, 'get', '/api/auth/sessions')).status).toBe(403);
      await ok(as(first, 'delete', `/api/auth/sessions/${secondId}`), 204);
      expect((await as(second, 'get', '/api/auth/me')).status).toBe(401);
      await ok(
        as(first, 'post', '/api/auth/password').send({ currentPassword: PASSWORD, newPassword: `${PASSWORD} changed` }),
        204,
      );
      expect((await as(third, 'get', '/api/auth/me')).status).toBe(401);
      await ok(as(first, 'get', '/api/auth/me'), 200);
    });
  });

  describe('publishing and ownership', () => {
    it('a draft, its sessions and feeds are 404 to the public until an editor publishes it', async () => {
      const D = await createEvent('C', w.users.ownerA.cookie, false);
      await addMember(w.users.ownerA.cookie, D, w.users.editor.email, 'editor');
      await addMember(w.users.ownerA.cookie, D, w.users.viewer.email, 'viewer');
      const publicPaths = [
        '',
        '/sessions',
        `/sessions/${D.sessionId}`,
        '/speakers',
        '/feeds',
        '/calendar.ics',
        '/schedule.xml',
        '/schedule.json',
      ];
      for (const path of publicPaths)
        expect(`${path} ${(await as(ANON, 'get', D.base + path)).status}`).toBe(`${path} 404`);
      expect((await as(ANON, 'post', `${D.base}/agendas`).send({ sessionIds: [D.sessionId] })).status).toBe(404);
      expect((await as(w.users.viewer.cookie, 'post', `${D.base}/publish`)).status).toBe(403);
      expect((await as(ANON, 'post', `${D.base}/publish`)).status).toBe(404);
      const published = await ok(as(w.users.editor.cookie, 'post', `${D.base}/publish`), 200);
      expect(published.status).toBe('published');
      for (const path of publicPaths)
        expect(`${path} ${(await as(ANON, 'get', D.base + path)).status}`).toBe(`${path} 200`);
      const speakers = (await ok<{ items: any[] }>(as(ANON, 'get', `${D.base}/speakers`), 200)).items;
      expect(speakers[0]).not.toHaveProperty('email');
      expect((await as(ANON, 'get', `${D.base}/sessions.csv`)).status).toBe(401);
      expect((await as(ANON, 'get', `${D.base}/export.json`)).status).toBe(401);
      expect((await as(ANON, 'get', `${D.base}/members`)).status).toBe(401);
    });

    it('only an owner (or admin) deletes an event: editor 403, owner 204, then 404', async () => {
      const E = await createEvent('C', w.users.ownerA.cookie, true);
      await addMember(w.users.ownerA.cookie, E, w.users.editor.email, 'editor');
      expect((await as(w.users.editor.cookie, 'delete', E.base)).status).toBe(403);
      expect((await as(w.users.ownerB.cookie, 'delete', E.base)).status).toBe(403);
      expect((await as(w.writeToken, 'delete', E.base)).status).toBe(403);
      await ok(as(w.users.ownerA.cookie, 'delete', E.base), 204);
      expect((await as(w.users.ownerA.cookie, 'get', E.base)).status).toBe(404);
      expect((await as(ANON, 'get', E.base)).status).toBe(404);
    });

    it('owners manage members: promote, demote, remove; the last owner cannot leave', async () => {
      const E = await createEvent('C', w.users.ownerA.cookie, false);
      const owner = w.users.ownerA.cookie;
      await addMember(owner, E, w.users.viewer.email, 'viewer');
      expect((await as(w.users.viewer.cookie, 'get', `${E.base}/members`)).status).toBe(403);
      await ok(as(owner, 'patch', `${E.base}/members/${w.users.viewer.id}`).send({ role: 'owner' }), 200);
      await ok(as(w.users.viewer.cookie, 'get', `${E.base}/members`), 200);
      await ok(
        as(w.users.viewer.cookie, 'patch', `${E.base}/members/${w.users.ownerA.id}`).send({ role: 'editor' }),
        200,
      );
      expect((await as(owner, 'get', `${E.base}/members`)).status).toBe(403);
      expect((await as(w.users.viewer.cookie, 'delete', `${E.base}/members/${w.users.viewer.id}`)).status).toBe(409);
      await ok(as(w.users.viewer.cookie, 'delete', `${E.base}/members/${w.users.ownerA.id}`), 204);
      expect((await as(owner, 'get', E.base)).status).toBe(404); // no role left on a draft
      expect(
        (
          await as(w.users.viewer.cookie, 'post', `${E.base}/members`).send({
            email: 'nobody@people.example',
            role: 'viewer',
          })
        ).status,
      ).toBe(201); // an invitation: the answer does not tell whether the e-mail has an account
    });
  });
});

/** Rows × groups as actually answered ('ok' = the endpoint's success status). */
function printSummary(): void {
  const groups = ['read', 'email', 'feeds', 'private', 'write', 'owner'];
  const width = 30;
  const pad = (text: string, n = 9) => text.padEnd(n);
  const lines: string[] = [];
  for (const eventKey of ['A', 'B']) {
    lines.push(
      '',
      `event ${eventKey} (${eventKey === 'A' ? 'published' : 'draft'})`,
      pad('', width) + groups.map((g) => pad(g)).join(''),
    );
    for (const row of ROWS) {
      lines.push(
        pad(row.name, width) +
          groups.map((g) => pad([...(seen.get(`${eventKey}|${row.name}|${g}`) ?? ['-'])].join('/'))).join(''),
      );
    }
  }
  const globalGroups = ['tokens', 'users', '+event', 'import', 'list', 'agendas'];
  lines.push('', 'account level', pad('', width) + globalGroups.map((g) => pad(g)).join(''));
  const names = [
    ...new Set([...seen.keys()].filter((key) => key.startsWith('global|')).map((key) => key.split('|')[1])),
  ];
  for (const name of names) {
    lines.push(
      pad(name, width) +
        globalGroups.map((g) => pad([...(seen.get(`global|${name}|${g}`) ?? ['-'])].join('/'))).join(''),
    );
  }
  if (seen.size) console.log(`Access matrix (as answered)${lines.join('\n')}`);
}
