import { AddressInfo } from 'node:net';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { createTestApp, TestApp } from '../create-test-app';

const MB = 1024 * 1024;

/**
 * Sends the head and the first `sentBytes` of a body, never the rest, and waits for an answer:
 * a server that buffers before checking the limit would wait for bytes that never come.
 */
function answerBeforeUploadEnds(
  port: number,
  path: string,
  headers: Record<string, string | number>,
  sentBytes: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within 10 s while the upload was still incomplete (${sentBytes} bytes sent)`));
    }, 10_000);
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() });
      });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < sentBytes; sent += chunk.length) req.write(chunk);
  });
}

/** Issue 17, finding 5: body limits apply before buffering; only authenticated imports get the large one. */
describe('Body limits before buffering', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('refuses a 24 MB anonymous login body with 413 before the upload completes', async () => {
    const res = await answerBeforeUploadEnds(
      port,
      '/api/auth/login',
      { 'Content-Type': 'application/json', 'Content-Length': 24 * MB },
      256 * 1024,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ statusCode: 413 });
  });

  it('refuses a 24 MB anonymous import body (the import route without credentials) the same way', async () => {
    const res = await answerBeforeUploadEnds(
      port,
      '/api/events/import',
      { 'Content-Type': 'application/xml', 'Content-Length': 24 * MB },
      256 * 1024,
    );
    expect(res.status).toBe(413);
  });

  it('cuts off a chunked anonymous body once it passes the normal limit', async () => {
    const res = await answerBeforeUploadEnds(
      port,
      '/api/events/import',
      { 'Content-Type': 'application/xml', 'Transfer-Encoding': 'chunked' },
      2 * MB,
    );
    expect(res.status).toBe(413);
  });

  it('lets an authenticated import send more than the normal limit', async () => {
    const xml = `<schedule><!-- ${'x'.repeat(2 * MB)} --></schedule>`;
    const res = await t.http().post('/api/events/import').set('Content-Type', 'application/xml').send(xml);
    expect(res.status).not.toBe(413);
    expect(res.status).toBe(400);
  });

  it('gives an invalid token only the normal limit', async () => {
    const res = await t
      .anon()
      .post('/api/events/import')
      .set('Authorization', 'Bearer ap_abcdefgh_' + 'x'.repeat(43))
      .set('Content-Type', 'application/xml')
      .send(`<schedule><!-- ${'x'.repeat(2 * MB)} --></schedule>`);
    expect(res.status).toBe(413);
  });
});
