import type { Readable } from 'node:stream';
import type { MessagePort } from 'node:worker_threads';

/** The size of the pieces a streamed body crosses to the worker in, and of the text pieces it is decoded into. */
export const PIECE_BYTES = 1 << 20;

/** Pieces sent and not yet read by the worker: the socket is not read further meanwhile. */
const MAX_IN_FLIGHT = 2;

type ToWorker = { piece: ArrayBuffer } | { end: true } | { abort: true };
type ToSender = { read: true };

/**
 * The event loop's side of a streamed request body: its chunks, as the socket delivers them,
 * gathered into pieces of a megabyte, each posted to the worker moved (transferred), not copied.
 * At most MAX_IN_FLIGHT pieces wait unread in the worker; until it has read one, the socket is not
 * read further (TCP holds the sender back), so a 25 MB body never exists whole, on either thread,
 * however fast it arrives or however long the worker is busy with another task.
 *
 * Ends early, leaving the rest unread, once the worker has stopped reading (a parse error in the
 * first megabytes is answered before the upload ends). A failure of the body itself (cut off at
 * the size limit, the client gone) is told to the worker and thrown here.
 */
export async function sendBody(body: Readable, port: MessagePort): Promise<void> {
  let inFlight = 0;
  let isStopped = false;
  let readMore: () => void = () => undefined;
  let stop: () => void = () => undefined;
  const stopped = new Promise<'stopped'>((resolve) => (stop = () => resolve('stopped')));
  port.on('message', (_message: ToSender) => {
    inFlight--;
    readMore();
  });
  port.once('close', () => {
    isStopped = true;
    stop();
  });
  const post = (message: ToWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const room = async () => {
    while (inFlight >= MAX_IN_FLIGHT && !isStopped)
      await Promise.race([new Promise<void>((resolve) => (readMore = resolve)), stopped]);
    return !isStopped;
  };
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let piece = Buffer.allocUnsafeSlow(PIECE_BYTES);
  let filled = 0;
  try {
    for (;;) {
      // the worker may stop while the client sends nothing: waiting for the next chunk ends then too
      const next = await Promise.race([chunks.next(), stopped]);
      if (next === 'stopped') return void body.destroy();
      if (next.done) break;
      const chunk = next.value;
      for (let at = 0; at < chunk.length;) {
        const copied = chunk.copy(piece, filled, at);
        filled += copied;
        at += copied;
        if (filled < piece.length) continue;
        if (!(await room())) return void body.destroy();
        inFlight++;
        post({ piece: piece.buffer }, [piece.buffer]);
        piece = Buffer.allocUnsafeSlow(PIECE_BYTES);
        filled = 0;
      }
    }
    if (!(await room())) return;
    if (filled > 0) {
      const last = new Uint8Array(piece.subarray(0, filled)).buffer; // a copy of its own, to move
      post({ piece: last }, [last]);
    }
    post({ end: true });
  } catch (error) {
    if (!isStopped) post({ abort: true });
    throw bodyFailure(error);
  }
}

/** A body cut off at its limit keeps its 413; a client gone mid-upload is no server error. */
function bodyFailure(error: unknown): Error {
  if (error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number') return error;
  return Object.assign(new Error('the request body did not arrive whole'), { statusCode: 400 });
}

/** Thrown in the worker when the event loop gave up on the body (the task's result goes nowhere). */
export class BodyAborted extends Error {
  constructor() {
    super('the request body did not arrive whole');
  }
}

/**
 * The worker's side: the body's pieces as they arrive. Each piece is acknowledged once the
 * reader asks for the next one (it has been read, so its memory can go), which lets the event
 * loop read more of the socket. The port is closed when the reader stops, however it stops.
 */
export async function* bodyPieces(port: MessagePort): AsyncGenerator<Uint8Array> {
  const queue: ToWorker[] = [];
  let wake: () => void = () => undefined;
  port.on('message', (message: ToWorker) => {
    queue.push(message);
    wake();
  });
  try {
    for (;;) {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = queue.shift()!;
      if ('end' in message) return;
      if ('abort' in message) throw new BodyAborted();
      yield new Uint8Array(message.piece);
      port.postMessage({ read: true } satisfies ToSender);
    }
  } finally {
    port.close();
  }
}

/**
 * Bytes, in pieces cut anywhere, as text, strictly decoded: a character split between two
 * pieces is completed from the next. Each piece is decoded whole (TextDecoder's streaming mode
 * answers two-byte strings, which would double the memory every session's text takes).
 */
export async function* decodedPieces(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  decode: (bytes: Uint8Array) => string,
): AsyncGenerator<string> {
  let carry: Uint8Array | undefined;
  for await (const received of pieces) {
    const bytes = carry ? joined(carry, received) : received;
    const end = completeLength(bytes);
    carry = end < bytes.length ? bytes.slice(end) : undefined;
    yield decode(bytes.subarray(0, end));
  }
  if (carry) yield decode(carry); // a character cut off at the end: the decoder refuses it
}

/** How many of the bytes end on a whole character (an incomplete UTF-8 sequence at the end waits). */
export function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length; // no lead byte: invalid, and the decoder will say so
}

function joined(first: Uint8Array, second: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(first.length + second.length);
  bytes.set(first);
  bytes.set(second, first.length);
  return bytes;
}
