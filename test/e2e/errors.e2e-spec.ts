import { createTestApp, TestApp } from '../create-test-app';
import { buildEvent, createProgram } from '../factories/program.factory';

/** The one error body every failure answers with. */
const errorBodyOf = (statusCode: number, error: string) => ({
  statusCode,
  error,
  message: expect.arrayContaining([expect.any(String)]),
});

describe('Errors, health and docs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('error bodies', () => {
    it('answers a JSON body over 1 MB with 413 and the error body', async () => {
      const body = JSON.stringify(buildEvent({ description: 'x'.repeat(1024 * 1024 + 1) }));
      const res = await t.http().post('/api/events').set('Content-Type', 'application/json').send(body);
      expect(res.status).toBe(413);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual(errorBodyOf(413, 'Payload Too Large'));
    });

    it('answers malformed JSON with 400 and the error body', async () => {
      const res = await t.http().post('/api/events').set('Content-Type', 'application/json').send('{"name": "Broken",');
      expect(res.status).toBe(400);
      expect(res.body).toEqual(errorBodyOf(400, 'Bad Request'));
    });

    it('answers an unknown route with 404 and the error body', async () => {
      const res = await t.http().get('/api/no-such-thing');
      expect(res.status).toBe(404);
      expect(res.body).toEqual(errorBodyOf(404, 'Not Found'));
    });

    it('answers a JSON array body with 400, not 500', async () => {
      const res = await t.http().post('/api/events').send([buildEvent()]);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });

    it('answers a repeated query parameter with 400, not 500', async () => {
      const p = await createProgram(t.http);
      const res = await t.http().get(`${p.base}/sessions?type=talk&type=keynote&limit=1&limit=2`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    });

    it('answers a malformed If-Match with 400', async () => {
      const p = await createProgram(t.http);
      const res = await t
        .http()
        .patch(`${p.base}/rooms/${p.roomA.id}`)
        .set('If-Match', 'yesterday')
        .send({ name: 'x' });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual([expect.stringMatching(/^If-Match /)]);
    });
  });

  describe('health', () => {
    it('reports the app alive and the database reachable', async () => {
      const res = await t.http().get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', database: { reachable: true } });
    });
  });

  describe('OpenAPI document', () => {
    it('lists the events paths', async () => {
      const res = await t.http().get('/api/docs/openapi.json');
      expect(res.status).toBe(200);
      expect(res.body.openapi).toMatch(/^3\./);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/events',
          '/api/events/{eventId}',
          '/api/events/{eventId}/publish',
          '/api/events/{eventId}/sessions',
          '/api/events/{eventId}/sessions/{sessionId}/presentations',
        ]),
      );
      expect(Object.keys(res.body.paths['/api/events'])).toEqual(expect.arrayContaining(['get', 'post']));
    });
  });
});
