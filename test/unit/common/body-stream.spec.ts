import { Readable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import {
  BodyAborted,
  bodyPieces,
  completeLength,
  decodedPieces,
  PIECE_BYTES,
  sendBody,
} from '../../../src/common/workers/body-stream';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decode = (bytes: Uint8Array) => strict.decode(bytes);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Waits until `condition` holds, polling, for at most two seconds. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached within 2 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A body of `total` bytes in 64 KB chunks that counts how many bytes the reader has pulled. */
function countingBody(total: number): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    highWaterMark: 0,
    read() {
      const size = Math.min(64 * 1024, total - pulled);
      if (size <= 0) return void this.push(null);
      pulled += size;
      this.push(Buffer.alloc(size, 'a'));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('Decoding a body that arrives in pieces cut anywhere', () => {
  const text = 'Zoë, 日本語 and 🎉 — '.repeat(40);
  const bytes = Buffer.from(text);

  it('gives the same text whatever byte every cut falls on', async () => {
    for (let size = 1; size <= 9; size++) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
      expect((await collect(decodedPieces(pieces, decode))).join('')).toBe(text);
    }
  });

  it('refuses invalid UTF-8 and a character cut off at the very end', async () => {
    await expect(collect(decodedPieces([Buffer.from([0x61, 0xff, 0x62])], decode))).rejects.toThrow();
    await expect(collect(decodedPieces([Buffer.from('ok'), Buffer.from([0xe6, 0x97])], decode))).rejects.toThrow();
  });

  it('counts only whole characters as complete', () => {
    expect(completeLength(Buffer.from('abc'))).toBe(3);
    expect(completeLength(Buffer.from([0x61, 0xe6, 0x97]))).toBe(1); // 日 lacks its last byte
    expect(completeLength(Buffer.from([0x61, 0xe6, 0x97, 0xa5]))).toBe(4);
    expect(completeLength(Buffer.from([0xf0, 0x9f, 0x8e]))).toBe(0); // 🎉 lacks one
  });
});

describe('Sending a body to the worker as it arrives', () => {
  it('delivers every byte, in pieces of a megabyte, in order', async () => {
    const { port1, port2 } = new MessageChannel();
    const body = Buffer.alloc(PIECE_BYTES * 2 + 12345);
    for (let i = 0; i < body.length; i++) body[i] = i % 251;
    const chunks = Readable.from([
      body.subarray(0, 1000),
      body.subarray(1000, PIECE_BYTES + 7),
      body.subarray(PIECE_BYTES + 7),
    ]);
    const [, pieces] = await Promise.all([sendBody(chunks, port1), collect(bodyPieces(port2))]);
    port1.close();
    expect(pieces.map((piece) => piece.length)).toEqual([PIECE_BYTES, PIECE_BYTES, 12345]);
    expect(Buffer.concat(pieces).equals(body)).toBe(true);
  });

  it('stops reading the socket while two pieces wait unread, and goes on as they are read', async () => {
    const { port1, port2 } = new MessageChannel();
    const { stream, pulled } = countingBody(10 * PIECE_BYTES);
    const sending = sendBody(stream, port1);
    await until(() => pulled() >= 2 * PIECE_BYTES);
    // event-loop turns in which it would read on, were it not held back
    for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
    // two pieces posted and the third filled; the stream reads a chunk or two ahead of its reader
    expect(pulled()).toBeLessThanOrEqual(3 * PIECE_BYTES + 2 * 64 * 1024);
    const reader = bodyPieces(port2);
    let received = 0;
    for await (const piece of reader) received += piece.length;
    await sending;
    port1.close();
    expect(received).toBe(10 * PIECE_BYTES);
  });

  it('stops at once, leaving the rest unread, when the worker stops reading', async () => {
    const { port1, port2 } = new MessageChannel();
    const { stream, pulled } = countingBody(10 * PIECE_BYTES);
    const sending = sendBody(stream, port1);
    const reader = bodyPieces(port2);
    await reader.next();
    await reader.return(undefined); // a parse error in the first megabyte: the worker closes its port
    await sending;
    expect(pulled()).toBeLessThan(5 * PIECE_BYTES);
  });

  it('passes a failure of the body on to both sides: the 413 of a body cut off at its limit', async () => {
    const { port1, port2 } = new MessageChannel();
    const tooLarge = Object.assign(new Error('request body is too large'), { statusCode: 413 });
    const chunks = new Readable({ read() {} });
    chunks.push(Buffer.alloc(PIECE_BYTES + 10));
    const reading = collect(bodyPieces(port2));
    const sending = sendBody(chunks, port1);
    setImmediate(() => chunks.destroy(tooLarge));
    await expect(sending).rejects.toMatchObject({ statusCode: 413 });
    await expect(reading).rejects.toBeInstanceOf(BodyAborted);
    port1.close();
  });

  it('answers a client gone mid-upload as a 400, not a server error', async () => {
    const { port1, port2 } = new MessageChannel();
    const chunks = new Readable({ read() {} });
    const reading = collect(bodyPieces(port2));
    const sending = sendBody(chunks, port1);
    setImmediate(() => chunks.destroy(new Error('aborted')));
    await expect(sending).rejects.toMatchObject({ statusCode: 400 });
    await expect(reading).rejects.toBeInstanceOf(BodyAborted);
    port1.close();
  });
});
