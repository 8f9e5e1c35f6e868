import type { MessagePort } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';

/**
 * A large result crossing the thread boundary as it is produced, a chunk at a time: the worker
 * serialises every `perChunk` items into a buffer of its own and posts it, moved, not copied, on
 * a port of the task's own; the event loop deserialises each chunk as it arrives (a few
 * milliseconds), then receives the head last. Neither thread ever holds every item twice (as
 * objects and serialised), and no one message takes long to read (structured clone of a whole
 * 25 MB program stopped the event loop for 150 ms).
 */
export class ChunkSender {
  private pending: unknown[] = [];

  constructor(
    private readonly port: MessagePort,
    private readonly perChunk = 100,
  ) {}

  add(item: unknown): void {
    this.pending.push(item);
    if (this.pending.length >= this.perChunk) this.flush();
  }

  /** The last items, then the head: the receiver's answer. */
  end(head: unknown): void {
    if (this.pending.length) this.flush();
    this.port.postMessage({ head });
  }

  private flush(): void {
    const part = ownArrayBuffer(serialize(this.pending));
    this.pending = [];
    this.port.postMessage({ part }, [part]);
  }
}

/** The items as they arrive, then the head (see ChunkSender); the port is closed at the head. */
export function receiveChunks<H, I>(port: MessagePort): Promise<{ head: H; items: I[] }> {
  return new Promise((resolve) => {
    const items: I[] = [];
    port.on('message', (message: { part?: ArrayBuffer; head?: H }) => {
      if (message.part) {
        for (const item of deserialize(new Uint8Array(message.part)) as I[]) items.push(item);
        return;
      }
      port.close();
      resolve({ head: message.head as H, items });
    });
  });
}

/** The bytes as an ArrayBuffer of their own, to transfer: the same memory when they fill it, else a copy. */
export function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const buffer = bytes.buffer as ArrayBuffer;
  if (bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return new Uint8Array(bytes).buffer; // a copy (Buffer#slice would share the memory)
}
