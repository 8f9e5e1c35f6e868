import { setImmediate as nextTurn } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';

/**
 * A large result crossing the thread boundary without one long stop of the event loop:
 * structured clone deserialises a whole message at once (about 150 ms for the 3,000 sessions
 * of a 25 MB program). Here the worker serialises a small head and the items in chunks into one
 * buffer that is transferred, not copied; the event loop deserialises it a chunk at a time.
 *
 * Layout: uint32 count, count × uint32 lengths, then the serialised head and chunks.
 */
export function packInChunks(head: unknown, items: readonly unknown[], perChunk = 100): Uint8Array {
  const parts = [serialize(head)];
  for (let i = 0; i < items.length; i += perChunk) parts.push(serialize(items.slice(i, i + perChunk)));
  const index = new DataView(new ArrayBuffer(4 * (parts.length + 1)));
  index.setUint32(0, parts.length);
  parts.forEach((part, i) => index.setUint32(4 * (i + 1), part.length));
  const packed = new Uint8Array(index.byteLength + parts.reduce((sum, part) => sum + part.length, 0));
  packed.set(new Uint8Array(index.buffer), 0);
  let offset = index.byteLength;
  for (let i = 0; i < parts.length; i++) {
    packed.set(parts[i], offset);
    offset += parts[i].length;
    parts[i] = Buffer.alloc(0); // let each chunk go as soon as it is copied
  }
  return packed;
}

/** The head and the items, yielding to other callbacks between chunks. */
export async function unpackInChunks<H, I>(packed: Uint8Array): Promise<{ head: H; items: I[] }> {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const count = view.getUint32(0);
  let offset = 4 * (count + 1);
  const slice = (i: number) => {
    const length = view.getUint32(4 * (i + 1));
    const part = Buffer.from(packed.buffer, packed.byteOffset + offset, length);
    offset += length;
    return part;
  };
  const head = deserialize(slice(0)) as H;
  const items: I[] = [];
  for (let i = 1; i < count; i++) {
    await nextTurn();
    for (const item of deserialize(slice(i)) as I[]) items.push(item);
  }
  return { head, items };
}

/** The bytes as an ArrayBuffer of their own, to transfer: the same memory when they fill it, else a copy. */
export function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const buffer = bytes.buffer as ArrayBuffer;
  if (bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return new Uint8Array(bytes).buffer as ArrayBuffer; // a copy (Buffer#slice would share the memory)
}
