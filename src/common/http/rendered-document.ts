import { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { setImmediate } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

/** A response body built once and served many times: feeds, schedule exports. */
export interface RenderedDocument {
  /** Kept only up to PLAIN_BYTES_KEPT; bigger documents live compressed only (10 MB of text is 1 MB of gzip). */
  body?: Buffer;
  gzip: Buffer;
  etag: string;
  lastModified: Date;
  filename: string;
  contentType: string;
  cacheControl: string;
  bytes: number;
}

export const PLAIN_BYTES_KEPT = 1024 * 1024;

/**
 * Encodes, hashes and gzips a document as its chunks come, yielding to the event loop between
 * chunks: zlib compresses on a libuv thread while the next chunk is produced, and other
 * requests are answered meanwhile. Big documents never exist as one string.
 */
export async function renderDocument(
  content: string | Iterable<string>, meta: Pick<RenderedDocument, 'lastModified' | 'filename' | 'contentType' | 'cacheControl'>,
): Promise<RenderedDocument> {
  const hash = createHash('sha256');
  const gzip = createGzip();
  const compressed: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => compressed.push(chunk));
  const finished = once(gzip, 'end');
  let parts: Buffer[] | undefined = [];
  let length = 0;
  for (const chunk of typeof content === 'string' ? [content] : content) {
    const part = Buffer.from(chunk, 'utf8');
    length += part.length;
    if (parts && length <= PLAIN_BYTES_KEPT) parts.push(part);
    else parts = undefined;
    hash.update(part);
    gzip.write(part);
    await setImmediate();
  }
  gzip.end();
  await finished;
  const body = parts && (parts.length === 1 ? parts[0] : Buffer.concat(parts));
  const gzipped = Buffer.concat(compressed);
  const etag = `"${hash.digest('base64url').slice(0, 32)}"`;
  return { ...meta, body, gzip: gzipped, etag, bytes: (body?.length ?? 0) + gzipped.length };
}

/** RFC 9110: If-None-Match wins over If-Modified-Since; either may turn the answer into 304. */
export function isNotModified(headers: FastifyRequest['headers'], document: Pick<RenderedDocument, 'etag' | 'lastModified'>): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => {
      const trimmed = tag.trim();
      return trimmed === '*' || trimmed.replace(/^W\//, '') === document.etag;
    });
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(+document.lastModified / 1000) * 1000 <= since;
}

export function acceptsGzip(headers: FastifyRequest['headers']): boolean {
  return /\bgzip\b/.test(String(headers['accept-encoding'] ?? ''));
}

export function sendDocument(request: FastifyRequest, reply: FastifyReply, document: RenderedDocument): void {
  reply
    .header('ETag', document.etag)
    .header('Last-Modified', document.lastModified.toUTCString())
    .header('Cache-Control', document.cacheControl)
    .header('Vary', 'Accept-Encoding');
  if (isNotModified(request.headers, document)) {
    void reply.status(304).send();
    return;
  }
  reply.header('Content-Type', document.contentType).header('Content-Disposition', `inline; filename="${document.filename}"`);
  if (acceptsGzip(request.headers)) void reply.header('Content-Encoding', 'gzip').send(document.gzip);
  // the rare client without gzip gets a big document decompressed as it is sent
  else void reply.send(document.body ?? Readable.from([document.gzip]).pipe(createGunzip()));
}
