import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { plainBody, PLAIN_BYTES_KEPT, renderDocument, sendDocument } from '../../../src/common/http/rendered-document';

const meta = {
  lastModified: new Date('2027-03-11T09:00:00Z'),
  filename: 'x.ics',
  contentType: 'text/calendar',
  cacheControl: 'public',
};

describe('renderDocument', () => {
  it('builds the same body, gzip and ETag from chunks as from the whole text', async () => {
    const chunks = Array.from({ length: 40 }, (_, i) => `line ${i} ü 日本 🎉\r\n`.repeat(200));
    const text = chunks.join('');
    const whole = await renderDocument(text, meta);
    const streamed = await renderDocument(
      (function* () {
        yield* chunks;
      })(),
      meta,
    );
    expect(gunzipSync(streamed.gzip).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(streamed.plainBytes).toBe(Buffer.byteLength(text));
    expect(streamed.etag).toBe(whole.etag);
    expect(streamed.etag).toBe(`"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`);
    expect(streamed.gzip.length).toBeLessThan(streamed.plainBytes / 10);
    expect(streamed.bytes).toBe(streamed.plainBytes + streamed.gzip.length);
    expect(streamed.plain).toBeUndefined(); // until a client without gzip asks
    const plain = plainBody(streamed) as Buffer;
    expect(plain.toString('utf8')).toBe(text);
    expect(streamed.plain).toBe(plain);
  });

  it('answers other work between chunks instead of blocking the event loop', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const chunks = function* () {
      for (let i = 0; i < 20; i++) {
        const until = Date.now() + 3;
        while (Date.now() < until); // a chunk that takes a while to produce
        yield 'x'.repeat(1000);
      }
    };
    await renderDocument(chunks(), meta);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
  });

  it('keeps a document over 1 MiB compressed only and decompresses it for a client without gzip', async () => {
    const text = 'BEGIN:VEVENT\r\nSUMMARY:ü 日本\r\nEND:VEVENT\r\n'.repeat(40_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(PLAIN_BYTES_KEPT);
    const document = await renderDocument(
      (function* () {
        for (let i = 0; i < text.length; i += 65_536) yield text.slice(i, i + 65_536);
      })(),
      meta,
    );
    expect(document.bytes).toBe(document.gzip.length);
    expect(gunzipSync(document.gzip).toString('utf8')).toBe(text);

    const app = Fastify();
    app.get('/feed.ics', (request, reply) => sendDocument(request, reply, document));
    try {
      const plain = await app.inject({ url: '/feed.ics', headers: { 'accept-encoding': 'identity' } });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.payload).toBe(text);
      expect(document.plain).toBeUndefined(); // streamed, not kept
      const gzipped = await app.inject({ url: '/feed.ics', headers: { 'accept-encoding': 'gzip' } });
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzipped.rawPayload).toString('utf8')).toBe(text);
      const again = await app.inject({ url: '/feed.ics', headers: { 'if-none-match': document.etag } });
      expect(again.statusCode).toBe(304);
    } finally {
      await app.close();
    }
  });
});
