import type { Readable } from 'node:stream';

/**
 * A large request body (an import, restore or CSV upload of a signed-in caller) that is still
 * arriving: its chunks as the socket delivers them, read once. The body parsers hand it to the
 * route instead of a buffer; the service gives it to the parse worker, which reads it piece by
 * piece while it comes in (src/common/workers/body-stream.ts), so the whole body never exists at
 * once on either thread. The body limit was decided and a too large Content-Length refused
 * before this was made (body-limits.ts); a chunked body is cut off at the limit as it streams.
 */
export class StreamedBody {
  private taken = false;

  constructor(private readonly chunks: Readable) {}

  /** The stream of chunks, to the one reader there can be. */
  take(): Readable {
    if (this.taken) throw new Error('a streamed request body can be read only once');
    this.taken = true;
    return this.chunks;
  }
}

/** A body as the HTTP layer hands over large uploads (or an in-process caller's bytes or text). */
export type UploadedBody = Buffer | string | StreamedBody;

export const isUploadedBody = (body: unknown): body is UploadedBody =>
  body instanceof StreamedBody || Buffer.isBuffer(body) || typeof body === 'string';
