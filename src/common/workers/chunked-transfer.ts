import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';

/**
 * A large result crossing the thread boundary without one long stop of the event loop:
 * structured clone deserialises a whole message at once (about 150 ms for the 3,000 sessions
 * of a 25 MB program). Here the worker serialises a small head and the items in chunks, each
 * into a buffer of its own that is transferred, not copied; the event loop deserialises them a
 * chunk at a time and lets each buffer go once read.
 */
export interface Packed {
  parts: Uint8Array[];
}

export function packInChunks(head: unknown, items: readonly unknown[], perChunk = 100): Packed {
  const parts: Uint8Array[] = [serialize(head)];
  for (let i = 0; i < items.length; i += perChunk) parts.push(serialize(items.slice(i, i + perChunk)));
  return { parts };
}

/**
 * packInChunks for items that arrive one by one (a schedule read as a stream): each full chunk
 * is serialised at once and its items can go, so the items are never all held as objects.
 */
export class ChunkPacker {
  private readonly parts: Uint8Array[] = [];
  private pending: unknown[] = [];

  constructor(private readonly perChunk = 100) {}

  add(item: unknown): void {
    this.pending.push(item);
    if (this.pending.length >= this.perChunk) this.flush();
  }

  finish(head: unknown): Packed {
    if (this.pending.length) this.flush();
    return { parts: [serialize(head), ...this.parts] };
  }

  private flush(): void {
    this.parts.push(new Uint8Array(ownArrayBuffer(serialize(this.pending))));
    this.pending = [];
  }
}

/** The buffers to transfer with a packed result (a part sharing its memory is copied first). */
export function transferablesOf(packed: Packed): ArrayBuffer[] {
  packed.parts = packed.parts.map((part) => new Uint8Array(ownArrayBuffer(part)));
  return packed.parts.map((part) => part.buffer as ArrayBuffer);
}

/** The head and the items, yielding to other callbacks between chunks. */
export async function unpackInChunks<H, I>(packed: Packed): Promise<{ head: H; items: I[] }> {
  const { parts } = packed;
  const read = (i: number) => {
    const part = parts[i];
    parts[i] = new Uint8Array(0); // the buffer can go as soon as it is read
    return deserialize(part) as unknown;
  };
  const head = read(0) as H;
  const items: I[] = [];
  for (let i = 1; i < parts.length; i++) {
    await nextTurn();
    for (const item of read(i) as I[]) items.push(item);
  }
  return { head, items };
}

/** The bytes as an ArrayBuffer of their own, to transfer: the same memory when they fill it, else a copy. */
export function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const buffer = bytes.buffer as ArrayBuffer;
  if (bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return new Uint8Array(bytes).buffer; // a copy (Buffer#slice would share the memory)
}
