import { FastifyReply, FastifyRequest } from 'fastify';
import { RenderedFeed } from './calendar.service';

/** RFC 9110: If-None-Match wins over If-Modified-Since; either may turn the answer into 304. */
export function isNotModified(headers: FastifyRequest['headers'], feed: Pick<RenderedFeed, 'etag' | 'lastModified'>): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => {
      const trimmed = tag.trim();
      return trimmed === '*' || trimmed.replace(/^W\//, '') === feed.etag;
    });
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(+feed.lastModified / 1000) * 1000 <= since;
}

export function acceptsGzip(headers: FastifyRequest['headers']): boolean {
  return /\bgzip\b/.test(String(headers['accept-encoding'] ?? ''));
}

export function sendFeed(request: FastifyRequest, reply: FastifyReply, feed: RenderedFeed): void {
  reply
    .header('ETag', feed.etag)
    .header('Last-Modified', feed.lastModified.toUTCString())
    .header('Cache-Control', `${feed.personal ? 'private' : 'public'}, max-age=300`)
    .header('Vary', 'Accept-Encoding');
  if (isNotModified(request.headers, feed)) {
    void reply.status(304).send();
    return;
  }
  reply
    .header('Content-Type', 'text/calendar; charset=utf-8')
    .header('Content-Disposition', `inline; filename="${feed.filename}"`);
  if (acceptsGzip(request.headers)) {
    void reply.header('Content-Encoding', 'gzip').send(feed.gzip);
  } else {
    void reply.send(feed.body);
  }
}
