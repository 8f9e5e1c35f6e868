import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { ADMIN, createTestApp, TestApp } from '../create-test-app';

describe('Audit log', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    p = await createProgram(t.http);
  });

  const audit = async (query = '') => (await t.http().get(`${p.base}/audit${query}`).expect(200)).body;

  it('records who changed what, with before and after of the changed fields and the request id', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Original title' }));
    const patch = await t
      .http()
      .patch(`${p.base}/sessions/${session.id}`)
      .set('X-Request-Id', 'req-audit-1')
      .send({ title: 'New title' })
      .expect(200);
    expect(patch.headers['x-request-id']).toBe('req-audit-1');
    const { items } = await audit();
    const entry = items.find((e: any) => e.method === 'PATCH' && e.entity === 'sessions');
    expect(entry).toMatchObject({
      actor: { type: 'token', name: 'token "tests"' },
      route: '/api/events/:eventId/sessions/:id',
      entityId: session.id,
      status: 200,
      requestId: 'req-audit-1',
      changes: { title: { before: 'Original title', after: 'New title' } },
    });
    expect(Object.keys(entry.changes)).toEqual(['title']);
  });

  it('records creations and deletions, newest first, with paging', async () => {
    const session = await create(t.http, `${p.base}/sessions`, buildSession({ title: 'Short-lived' }));
    await t.http().delete(`${p.base}/sessions/${session.id}`).expect(204);
    const { items, total } = await audit('?limit=2');
    expect(total).toBeGreaterThanOrEqual(7); // event, 2 rooms, track, 2 speakers, session, deletion
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      method: 'DELETE',
      entity: 'sessions',
      entityId: session.id,
      status: 204,
      changes: { title: { before: 'Short-lived' } },
    });
    expect(items[1]).toMatchObject({
      method: 'POST',
      entity: 'sessions',
      status: 201,
      changes: { title: { after: 'Short-lived' } },
    });
  });

  it('records changes to the event itself with before and after, and keeps the entry of a deleted event', async () => {
    await t.http().patch(p.base).send({ name: 'Renamed conference' }).expect(200);
    const { items } = await audit();
    expect(items.find((e: any) => e.method === 'PATCH' && e.entity === 'events')).toMatchObject({
      route: '/api/events/:eventId',
      entityId: p.eventId,
      status: 200,
      changes: { name: { after: 'Renamed conference' } },
    });
    await t.http().delete(p.base).expect(204);
    const deletion = await waitFor(
      async () =>
        (
          await t.dataSource.query(
            `SELECT entity, entity_id, event_id, changes FROM audit_log WHERE method = 'DELETE' AND route = '/api/events/:eventId' AND entity_id = '${p.eventId}'`,
          )
        )[0],
    );
    expect(deletion).toMatchObject({ entity: 'events', entity_id: p.eventId, event_id: null });
    expect(JSON.parse(deletion.changes).name.before).toBe('Renamed conference');
  });

  it('records a signed-in person by e-mail and never stores passwords, tokens or session ids', async () => {
    const login = await t
      .anon()
      .post('/api/auth/login')
      .send({ email: ADMIN.email, password: ADMIN.password })
      .expect(200);
    const cookie = login.headers['set-cookie'][0].split(';')[0];
    await t
      .anon()
      .patch(`${p.base}/rooms/${p.roomA.id}`)
      .set('Cookie', cookie)
      .set('Origin', 'https://agenda.example')
      .send({ capacity: 150 })
      .expect(200);
    const { items } = await audit();
    expect(items[0]).toMatchObject({
      actor: { type: 'user', name: ADMIN.email },
      entity: 'rooms',
      changes: { capacity: { before: 100, after: 150 } },
    });
    const dump = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_log'));
    expect(dump).not.toContain(ADMIN.password);
    expect(dump).not.toContain(t.adminToken);
    expect(dump).not.toContain(cookie.split('=')[1]);
  });

  it('is readable only by the owner', async () => {
    await t.anon().get(`${p.base}/audit`).expect(404); // a draft is unknown to the public
    await t.http().post(`${p.base}/publish`).expect(200);
    await t.anon().get(`${p.base}/audit`).expect(401);
  });
});

async function waitFor<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error('the audit entry was never written');
}
