import { createServer, IncomingHttpHeaders, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw bytes as received (what the signature covers). */
  body: Buffer;
  json: any;
}

/** Decides the answer to one request: a status, or a promise of one (to hold the receiver). */
export type Responder = (request: ReceivedRequest) => number | Promise<number>;

/** A real HTTP receiver on 127.0.0.1 recording every webhook request. */
export async function startReceiver() {
  const received: ReceivedRequest[] = [];
  const responders = new Map<string, Responder[]>();
  const fallbacks = new Map<string, Responder>();
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    const respond = async () => {
      const body = Buffer.concat(chunks);
      const request = { method: req.method!, path: req.url!, headers: req.headers, body, json: safeJson(body) };
      received.push(request);
      open.add(res);
      const status = await (responders.get(request.path)?.shift() ?? fallbacks.get(request.path) ?? (() => 204))(
        request,
      );
      open.delete(res);
      if (!res.destroyed) res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'nope');
    };
    req.on('end', () => void respond());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    received,
    /** Answers for the next requests to `path`, in order; after them, the fallback (204). */
    next: (path: string, ...answers: Responder[]) =>
      responders.set(path, [...(responders.get(path) ?? []), ...answers]),
    /** The answer to every request to `path` once its `next` answers are used up. */
    always: (path: string, responder: Responder) => fallbacks.set(path, responder),
    to: (path: string) => received.filter((request) => request.path === path),
    close: async () => {
      for (const res of open) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A promise and its resolver: hold a receiver's answer until the test lets it go. */
export function gate<T = number>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** Polls `check` until it returns something truthy, an empty array counting as nothing yet (throws after `timeoutMs`). */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value && !(Array.isArray(value) && value.length === 0)) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function safeJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
