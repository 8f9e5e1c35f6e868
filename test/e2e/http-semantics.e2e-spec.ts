import { buildSession, create, createProgram, Program } from '../factories/program.factory';
import { createTestApp, TestApp } from '../create-test-app';

describe('HTTP semantics', () => {
  let t: TestApp;
  let p: Program;

  beforeAll(async () => {
    t = await createTestApp();
    p = await createProgram(t.http);
  });
  afterAll(() => t.close());

  describe('ETag and conditional requests', () => {
    it('gives a record a strong ETag, its quoted version, and answers a matching If-None-Match with 304', async () => {
      const res = await t.http().get(`${p.base}/rooms/${p.roomA.id}`).expect(200);
      expect(res.headers.etag).toBe(`"${res.body.version}"`);
      const again = await t.http().get(`${p.base}/rooms/${p.roomA.id}`).set('If-None-Match', res.headers.etag);
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      await t.http().get(`${p.base}/rooms/${p.roomA.id}`).set('If-None-Match', '"999"').expect(200);
    });

    it('gives a list a strong ETag of its bytes that changes when the list does', async () => {
      const first = await t.http().get(`${p.base}/rooms`).expect(200);
      expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
      await t.http().get(`${p.base}/rooms`).set('If-None-Match', first.headers.etag).expect(304);
      await create(t.http, `${p.base}/rooms`, { name: 'Room C' });
      const second = await t.http().get(`${p.base}/rooms`).set('If-None-Match', first.headers.etag).expect(200);
      expect(second.headers.etag).not.toBe(first.headers.etag);
    });

    it('takes the ETag back in If-Match, compared strongly: a weak validator is refused', async () => {
      const room = await t.http().get(`${p.base}/rooms/${p.roomB.id}`).expect(200);
      const weak = await t.http().patch(`${p.base}/rooms/${p.roomB.id}`).set('If-Match', `W/${room.headers.etag}`);
      expect(weak.status).toBe(400);
      expect(weak.body.message).toEqual(['If-Match compares strongly: send "3", not the weak W/"3"']);
      const ok = await t
        .http()
        .patch(`${p.base}/rooms/${p.roomB.id}`)
        .set('If-Match', room.headers.etag)
        .send({ capacity: 40 })
        .expect(200);
      const stale = await t
        .http()
        .patch(`${p.base}/rooms/${p.roomB.id}`)
        .set('If-Match', room.headers.etag)
        .send({ capacity: 50 });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: ok.body.version });
    });
  });

  it('sends Location with every 201 that creates an addressable record', async () => {
    const res = await t
      .http()
      .post(`${p.base}/sessions`)
      .send(buildSession({ startsAt: undefined, endsAt: undefined }));
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`${p.base}/sessions/${res.body.id}`);
    await t.http().get(res.headers.location).expect(200);
  });

  it('answers 401 with WWW-Authenticate', async () => {
    const res = await t.anon().post('/api/events').send({});
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="agenda"');
  });

  it('answers a method a known path does not have with 405 and Allow', async () => {
    const res = await t.http().put(`${p.base}/rooms/${p.roomA.id}`).send({ name: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('DELETE, GET, HEAD, PATCH');
    expect(res.body).toMatchObject({ statusCode: 405, error: 'Method Not Allowed' });
    await t.http().get('/api/no-such-thing').expect(404);
  });

  it('refuses unknown query parameters with 400 naming them', async () => {
    const res = await t.http().get(`${p.base}/rooms?pgae=2&limit=3`);
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(['unknown query parameter(s): pgae, limit']);
    const typo = await t.http().get(`${p.base}/sessions?pgae=2`);
    expect(typo.body.message[0]).toMatch(/^unknown query parameter\(s\): pgae; this operation takes .*page/);
  });

  it('pages every list that can grow in one envelope', async () => {
    for (const list of ['/api/events', `${p.base}/speakers`, `${p.base}/sessions`, `${p.base}/versions`]) {
      const res = await t.http().get(`${list}?page=1&limit=1`).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['items', 'limit', 'page', 'total']);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
    }
    const speakers = await t.http().get(`${p.base}/speakers?page=2&limit=1`).expect(200);
    expect(speakers.body).toMatchObject({ total: 2, page: 2, limit: 1, items: [{ name: 'Grace Hopper' }] });
    const tooMany = await t.http().get(`${p.base}/speakers?limit=501`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toEqual(['limit must not be greater than 500']);
  });

  it('gives every 409 a stable code, and each clash in it a code of its own', async () => {
    const slot = { startsAt: '2026-03-10T14:00:00+01:00', endsAt: '2026-03-10T15:00:00+01:00', roomId: p.roomA.id };
    const first = await create(t.http, `${p.base}/sessions`, buildSession({ ...slot, title: 'First' }));
    const clash = await t
      .http()
      .post(`${p.base}/sessions`)
      .send(buildSession({ ...slot, title: 'Second' }));
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({
      code: 'schedule_conflict',
      conflicts: [{ code: 'room_double_booked', kind: 'room', sessionId: first.id, title: 'First' }],
    });
    const inUse = await t.http().delete(`${p.base}/rooms/${p.roomA.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body).toMatchObject({ code: 'in_use', sessions: [{ id: first.id, title: 'First' }] });
  });
});
