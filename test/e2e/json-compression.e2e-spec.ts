import { IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, TestApp } from '../create-test-app';
import { buildSession, create, createProgram, Program } from '../factories/program.factory';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes as they crossed the wire: node:http does not decompress (supertest and fetch would). */
function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    httpRequest(`${base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('JSON compression (real HTTP, decompressed and compared)', () => {
  let t: TestApp;
  let p: Program;
  let base: string;
  const auth = () => ({ authorization: `Bearer ${t.adminToken}` });

  beforeAll(async () => {
    t = await createTestApp();
    p = await createProgram(t.http);
    for (let i = 0; i < 8; i++) {
      await create(
        t.http,
        `${p.base}/sessions`,
        buildSession({
          title: `Session ${i} on compressing answers`,
          abstract: 'A long abstract that repeats itself. '.repeat(10),
          startsAt: `2026-03-10T${String(9 + i).padStart(2, '0')}:00:00+01:00`,
          endsAt: `2026-03-10T${String(9 + i).padStart(2, '0')}:45:00+01:00`,
        }),
      );
    }
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(() => t.close());

  it('gzips a JSON answer for a client that accepts gzip, and it decompresses to the plain answer', async () => {
    const plain = await rawGet(base, `${p.base}/sessions`, auth());
    const zipped = await rawGet(base, `${p.base}/sessions`, { ...auth(), 'accept-encoding': 'gzip' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8')).total).toBe(8);
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    // A strong ETag names one byte sequence: the gzipped answer has its own.
    expect(zipped.headers.etag).toBe(plain.headers.etag!.replace(/"$/, '-gzip"'));
  });

  it('prefers br when the client accepts it, and honours q=0 refusals', async () => {
    const plain = await rawGet(base, `${p.base}/sessions`, auth());
    const br = await rawGet(base, `${p.base}/sessions`, { ...auth(), 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const noBr = await rawGet(base, `${p.base}/sessions`, { ...auth(), 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(noBr.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(noBr.body).equals(plain.body)).toBe(true);
    const identity = await rawGet(base, `${p.base}/sessions`, { ...auth(), 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain.body)).toBe(true);
  });

  it('leaves answers under the threshold alone', async () => {
    const small = await rawGet(base, '/api/health', { 'accept-encoding': 'gzip, br' });
    expect(small.status).toBe(200);
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toHaveProperty('status');
  });

  it('answers a matching If-None-Match with an empty 304, compressed or not', async () => {
    const zipped = await rawGet(base, `${p.base}/sessions`, { ...auth(), 'accept-encoding': 'gzip' });
    const again = await rawGet(base, `${p.base}/sessions`, {
      ...auth(),
      'accept-encoding': 'gzip',
      'if-none-match': zipped.headers.etag!,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(zipped.headers.etag);
  });

  it('revalidates across codings: a gzip tag is still current for a br request, and the 304 names br', async () => {
    const zipped = await rawGet(base, `${p.base}/sessions`, { ...auth(), 'accept-encoding': 'gzip' });
    const br = await rawGet(base, `${p.base}/sessions`, {
      ...auth(),
      'accept-encoding': 'br',
      'if-none-match': zipped.headers.etag!,
    });
    expect(br.status).toBe(304);
    expect(br.headers.etag).toBe(zipped.headers.etag!.replace(/-gzip"$/, '-br"'));
  });

  it('compresses a feed once: its gzip body decompresses to the calendar itself', async () => {
    await t.http().post(`${p.base}/publish`).expect(200);
    const feed = await rawGet(base, `${p.base}/calendar.ics`, { 'accept-encoding': 'gzip, br' });
    expect(feed.status).toBe(200);
    expect(feed.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(feed.body).toString('utf8')).toMatch(/^BEGIN:VCALENDAR/);
    const exported = await rawGet(base, `${p.base}/schedule.json`, { 'accept-encoding': 'gzip, br' });
    expect(exported.status).toBe(200);
    expect(JSON.parse(decode(exported).toString('utf8'))).toHaveProperty('schedule');
  });
});

function decode(answer: RawAnswer): Buffer {
  if (answer.headers['content-encoding'] === 'gzip') return gunzipSync(answer.body);
  if (answer.headers['content-encoding'] === 'br') return brotliDecompressSync(answer.body);
  return answer.body;
}
