import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { renderDocument } from '../../../src/common/http/rendered-document';

const meta = { lastModified: new Date('2027-03-11T09:00:00Z'), filename: 'x.ics', contentType: 'text/calendar', cacheControl: 'public' };

describe('renderDocument', () => {
  it('builds the same body, gzip and ETag from chunks as from the whole text', async () => {
    const chunks = Array.from({ length: 40 }, (_, i) => `line ${i} ü 日本 🎉\r\n`.repeat(200));
    const text = chunks.join('');
    const whole = await renderDocument(text, meta);
    const streamed = await renderDocument((function* () { yield* chunks; })(), meta);
    expect(streamed.body.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(gunzipSync(streamed.gzip).equals(streamed.body)).toBe(true);
    expect(streamed.etag).toBe(whole.etag);
    expect(streamed.etag).toBe(`"${createHash('sha256').update(text).digest('base64url').slice(0, 32)}"`);
    expect(streamed.gzip.length).toBeLessThan(streamed.body.length / 10);
    expect(streamed.bytes).toBe(streamed.body.length + streamed.gzip.length);
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
});
