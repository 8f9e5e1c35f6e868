import { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { setImmediate } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import { codedEtag, noneMatch } from './coded-etag';

/** A response body built once and served many times: feeds, schedule exports. */
export interface RenderedDocument {
  /** What is stored: nearly every client accepts gzip, and 10 MB of iCalendar is 1 MB of gzip. */
  gzip: Buffer;
  /** The uncompressed body, kept once a client without gzip asked for it (documents up to PLAIN_BYTES_KEPT). */
  plain?: Buffer;
  plainBytes: number;
  etag: string;
  lastModified: Date;
  filename: string;
  contentType: string;
  cacheControl: string;
  /** What the document may hold in memory, for cache budgets: gzip, and the plain body when it would be kept. */
  bytes: number;
}

export const PLAIN_BYTES_KEPT = 1024 * 1024;

/**
 * Encodes, hashes and gzips a document as its chunks come, yielding to the event loop between
 * chunks: zlib compresses on a libuv thread while the next chunk is produced, and other
 * requests are answered meanwhile. The uncompressed document is never held as a whole.
 */
export async function renderDocument(
  content: string | Iterable<string>,
  meta: Pick<RenderedDocument, 'lastModified' | 'filename' | 'contentType' | 'cacheControl'>,
): Promise<RenderedDocument> {
  const hash = createHash('sha256');
  const gzip = createGzip();
  const compressed: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => compressed.push(chunk));
  const finished = once(gzip, 'end');
  let plainBytes = 0;
  try {
    for (const chunk of typeof content === 'string' ? [content] : content) {
      const part = Buffer.from(chunk, 'utf8');
      plainBytes += part.length;
      hash.update(part);
      gzip.write(part);
      await setImmediate();
    }
  } catch (error) {
    gzip.destroy();
    throw error;
  }
  gzip.end();
  await finished;
  const gzipped = Buffer.concat(compressed);
  const etag = `"${hash.digest('base64url').slice(0, 32)}"`;
  return {
    ...meta,
    gzip: gzipped,
    plainBytes,
    etag,
    bytes: gzipped.length + (plainBytes <= PLAIN_BYTES_KEPT ? plainBytes : 0),
  };
}

/** The uncompressed body: decompressed once and kept for small documents, streamed for big ones. */
export function plainBody(document: RenderedDocument): Buffer | Readable {
  if (document.plain) return document.plain;
  if (document.plainBytes > PLAIN_BYTES_KEPT) return Readable.from([document.gzip]).pipe(createGunzip());
  document.plain = gunzipSync(document.gzip);
  return document.plain;
}

/** RFC 9110: If-None-Match wins over If-Modified-Since; either may turn the answer into 304. */
export function isNotModified(
  headers: FastifyRequest['headers'],
  document: Pick<RenderedDocument, 'etag' | 'lastModified'>,
): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) return noneMatch(ifNoneMatch, document.etag);
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(+document.lastModified / 1000) * 1000 <= since;
}

export function acceptsGzip(headers: FastifyRequest['headers']): boolean {
  return /\bgzip\b/.test(String(headers['accept-encoding'] ?? ''));
}

export function sendDocument(
  request: FastifyRequest,
  reply: FastifyReply,
  document: RenderedDocument,
  cacheControl = document.cacheControl,
): void {
  const gzip = acceptsGzip(request.headers);
  reply
    .header('ETag', codedEtag(document.etag, gzip ? 'gzip' : undefined))
    .header('Last-Modified', document.lastModified.toUTCString())
    .header('Cache-Control', cacheControl)
    .header('Vary', 'Accept-Encoding');
  if (isNotModified(request.headers, document)) {
    void reply.status(304).send();
    return;
  }
  reply
    .header('Content-Type', document.contentType)
    .header('Content-Disposition', `inline; filename="${document.filename}"`);
  if (gzip) void reply.header('Content-Encoding', 'gzip').send(document.gzip);
  else void reply.send(plainBody(document));
}
