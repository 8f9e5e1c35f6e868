import { AddressInfo } from 'node:net';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { largeScheduleXml } from '../../bench/import-stall.bench';
import { createTestApp, TestApp } from '../create-test-app';

const MB = 1024 * 1024;

interface Upload {
  headers: Record<string, string | number>;
  /** the body as sent, chunk by chunk */
  chunks: Buffer[];
  /** false: the upload never ends (the answer must come before it would) */
  end?: boolean;
}

/** A POST written chunk by chunk on a raw connection; resolves with the answer (or fails after 20 s without one). */
function upload(port: number, path: string, { headers, chunks, end = true }: Upload) {
  return new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within 20 s`));
    }, 20_000);
    req.on('response', (res: IncomingMessage) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode!, body: Buffer.concat(parts).toString(), connection: res.headers.connection });
      });
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    for (const chunk of chunks) req.write(chunk);
    if (end) req.end();
  });
}

/** A generated schedule.xml of about `bytes`, under an acronym of its own (a second import of one acronym updates its event). */
const program = (bytes: number, acronym: string) =>
  largeScheduleXml(bytes).replace('<acronym>stall-bench</acronym>', `<acronym>${acronym}</acronym>`);

/** The bytes cut into chunks of `size` (odd sizes cut characters of several bytes apart). */
const chunked = (bytes: Buffer, size: number) =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

/**
 * Issue 17, finding 3: a signed-in caller's large body is not buffered whole before it is parsed.
 * It streams into the parse worker as it arrives; all-or-nothing still holds.
 */
describe('Large import bodies read as they arrive', () => {
  let t: TestApp;
  let port: number;
  let auth: Record<string, string>;
  const eventCount = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM events'))[0].n);

  beforeAll(async () => {
    t = await createTestApp({ IMPORT_LIMIT_BYTES: String(6 * MB) });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    auth = { Authorization: `Bearer ${t.adminToken}` };
  });
  afterAll(() => t.close());

  it('answers a schedule.xml broken at its start with 400 before the rest of it is sent, and writes nothing', async () => {
    const before = await eventCount();
    const broken = Buffer.from(`<schedule><conference></schedule>${' '.repeat(3 * MB)}`);
    const res = await upload(port, '/api/events/import', {
      headers: { ...auth, 'Content-Type': 'application/xml', 'Content-Length': 5 * MB },
      chunks: chunked(broken, 64 * 1024),
      end: false, // 2 MB never come: a server waiting for the whole body would not answer
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).message.join(' ')).toMatch(/not well-formed/);
    expect(await eventCount()).toBe(before);
  });

  it('answers an import refused before its body is read, and closes the connection the unread body is on', async () => {
    const res = await upload(port, '/api/events/import?eventId=not-an-id', {
      headers: { ...auth, 'Content-Type': 'application/xml', 'Content-Length': 5 * MB },
      chunks: chunked(Buffer.from(program(MB, 'refused')), 64 * 1024),
      end: false,
    });
    expect(res.status).toBe(400);
    expect(res.connection).toBe('close');
  });

  it('imports text whose characters of several bytes are cut apart by the chunks they arrive in', async () => {
    const title = 'Zoë präsentiert 日本語 🎉';
    const xml = program(2.5 * MB, 'multibyte').replace(/<title>Talk (\d+)<\/title>/g, `<title>${title} $1</title>`);
    const res = await upload(port, '/api/events/import', {
      headers: { ...auth, 'Content-Type': 'application/xml' }, // chunked transfer: no length known ahead
      chunks: chunked(Buffer.from(xml), 7777),
    });
    expect(res.status).toBe(201);
    const { event, counts } = JSON.parse(res.body);
    expect(counts.sessions).toBeGreaterThan(200);
    const sessions = await t.http().get(`/api/events/${event.id}/sessions?limit=500`);
    const titles = (sessions.body.items as { title: string }[]).map((s) => s.title);
    expect(titles.length).toBe(counts.sessions);
    expect(titles.every((text) => new RegExp(`^${title} \\d+$`, 'u').test(text))).toBe(true);
  });

  it('cuts off a chunked body at the import limit with 413 and writes nothing', async () => {
    const before = await eventCount();
    const res = await upload(port, '/api/events/import', {
      headers: { ...auth, 'Content-Type': 'application/xml' },
      chunks: chunked(Buffer.from(program(8 * MB, 'too-large')), 64 * 1024),
    });
    expect(res.status).toBe(413);
    expect(await eventCount()).toBe(before);
  });

  it('writes nothing for a client gone mid-upload, and imports the next file', async () => {
    const before = await eventCount();
    const xml = Buffer.from(program(3 * MB, 'after-abort'));
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        path: '/api/events/import',
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/xml', 'Content-Length': xml.length },
      });
      req.on('error', () => resolve());
      req.write(xml.subarray(0, 2 * MB), () => {
        req.destroy();
        resolve();
      });
    });
    const next = await upload(port, '/api/events/import', {
      headers: { ...auth, 'Content-Type': 'application/xml', 'Content-Length': xml.length },
      chunks: [xml],
    });
    expect(next.status).toBe(201);
    expect(await eventCount()).toBe(before + 1);
  });

  it('reads two large imports sent at once, one after the other, both whole', async () => {
    const xml = (acronym: string) => Buffer.from(program(3 * MB, acronym));
    const send = (body: Buffer) =>
      upload(port, '/api/events/import', {
        headers: { ...auth, 'Content-Type': 'application/xml', 'Content-Length': body.length },
        chunks: chunked(body, 256 * 1024),
      });
    const [first, second] = await Promise.all([send(xml('twin-a')), send(xml('twin-b'))]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(JSON.parse(first.body).counts.sessions).toBe(JSON.parse(second.body).counts.sessions);
  });
});
