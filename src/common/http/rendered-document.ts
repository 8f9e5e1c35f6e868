import { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A response body built once and served many times: feeds, schedule exports. */
export interface RenderedDocument {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  lastModified: Date;
  filename: string;
  contentType: string;
  cacheControl: string;
  bytes: number;
}

export function renderDocument(
  text: string, meta: Pick<RenderedDocument, 'lastModified' | 'filename' | 'contentType' | 'cacheControl'>,
): RenderedDocument {
  const body = Buffer.from(text, 'utf8');
  const gzip = gzipSync(body);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { ...meta, body, gzip, etag, bytes: body.length + gzip.length };
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
  else void reply.send(document.body);
}
