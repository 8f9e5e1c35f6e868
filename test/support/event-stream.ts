import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AddressInfo } from 'node:net';
import http from 'node:http';

export interface StreamMessage {
  id?: string;
  event: string;
  data: any;
}

/** A Server-Sent Events client reading one stream, with what it received so far. */
export interface EventStreamClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  messages: StreamMessage[];
  comments: string[];
  /** Resolves with the first message (from the start) matching `test`; rejects after `timeoutMs`. */
  waitFor(test: (message: StreamMessage) => boolean, timeoutMs?: number): Promise<StreamMessage>;
  waitForComment(test: (comment: string) => boolean, timeoutMs?: number): Promise<string>;
  close(): void;
}

/** The app's base URL, listening on an ephemeral loopback port (started once). */
export async function baseUrlOf(app: NestFastifyApplication): Promise<string> {
  const server = app.getHttpServer();
  if (!server.listening) await app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Opens `path` as an event stream with the given headers (Authorization, Last-Event-ID...). */
export async function openEventStream(
  app: NestFastifyApplication,
  path: string,
  headers: Record<string, string> = {},
): Promise<EventStreamClient> {
  const base = await baseUrlOf(app);
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
      const messages: StreamMessage[] = [];
      const comments: string[] = [];
      const waiters = new Set<() => void>();
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else {
              const colon = line.indexOf(':');
              fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
            }
          }
          if (fields.data !== undefined)
            messages.push({ id: fields.id, event: fields.event ?? 'message', data: JSON.parse(fields.data) });
        }
        for (const wake of waiters) wake();
      });
      const waitUntil = <T>(find: () => T | undefined, timeoutMs: number, what: string) =>
        new Promise<T>((done, fail) => {
          const check = () => {
            const found = find();
            if (found === undefined) return;
            clearTimeout(timer);
            waiters.delete(check);
            done(found);
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            fail(new Error(`no ${what} within ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
          }, timeoutMs);
          waiters.add(check);
          check();
        });
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        messages,
        comments,
        waitFor: (test, timeoutMs = 5000) => waitUntil(() => messages.find(test), timeoutMs, 'matching message'),
        waitForComment: (test, timeoutMs = 5000) => waitUntil(() => comments.find(test), timeoutMs, 'comment'),
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}
