import autocannon from 'autocannon';
import { ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';

/** One kind of request in the soak's mix, as autocannon sends it. */
export interface SoakClass {
  name: string;
  method: 'GET' | 'PATCH';
  headers?: Record<string, string>;
  /** The next path (and body) to send: drawn afresh for every request. */
  next: () => { path: string; body?: string };
  /** Recognises this class's requests (`METHOD path`) on the baseline server. */
  pattern: RegExp;
}

export interface ClassFigures {
  name: string;
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

export interface SoakResult {
  seconds: number;
  requests: number;
  perSecond: number;
  /** Socket errors, timeouts and answers other than 2xx/3xx. */
  errors: number;
  statuses: Record<string, number>;
  classes: ClassFigures[];
  all: ClassFigures;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;

function figures(name: string, latencies: number[]): ClassFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name,
    requests: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/**
 * Runs the mix against one or more origins at once (the connections split evenly, so two
 * instances get alternate halves of the load) and keeps every answer's latency by class.
 * Each connection cycles through the classes in order, as autocannon does with `requests`.
 */
export async function runMix(
  origins: string[],
  classes: SoakClass[],
  options: { connections: number; seconds: number },
): Promise<SoakResult> {
  const latencies = classes.map(() => [] as number[]);
  const statuses: Record<string, number> = {};
  let errors = 0;
  const share = (index: number) =>
    Math.floor(options.connections / origins.length) + (index < options.connections % origins.length ? 1 : 0);
  const runs = origins.map(
    (origin, index) =>
      new Promise<autocannon.Result>((ok, fail) => {
        const options_: autocannon.Options = {
          url: origin,
          connections: share(index),
          duration: options.seconds,
          requests: classes.map((kind) => ({
            method: kind.method,
            headers: kind.headers ?? {},
            setupRequest: (request: any) => ({ ...request, ...kind.next() }),
          })),
        };
        const instance = autocannon(options_, (error: unknown, result) =>
          error ? fail(error instanceof Error ? error : new Error('autocannon failed', { cause: error })) : ok(result),
        );
        // emitted before the client sends its next request: its iterator still points at the answered one
        instance.on('response', (client: any, status: number, _bytes: number, milliseconds: number) => {
          latencies[client.requestIterator.currentRequestIndex].push(milliseconds);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status >= 400) errors++;
        });
      }),
  );
  const results = await Promise.all(runs);
  for (const result of results) errors += result.errors + result.timeouts;
  const requests = latencies.reduce((sum, list) => sum + list.length, 0);
  return {
    seconds: options.seconds,
    requests,
    perSecond: requests / options.seconds,
    errors,
    statuses,
    classes: classes.map((kind, index) => figures(kind.name, latencies[index])),
    all: figures('all', latencies.flat()),
  };
}

export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ReplayServer {
  origin: string;
  child: ChildProcess;
}

/**
 * The baseline: a bare node:http server in a process of its own (as the app is) that answers
 * each class with the bytes, status and headers the app gave for one request of that class.
 * The same load against it shows what the machine and the load generator alone cost.
 */
export async function startReplay(classes: SoakClass[], answers: RecordedAnswer[]): Promise<ReplayServer> {
  const child = fork(resolve(__dirname, 'soak-replay.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = new Promise<string>((ok, fail) => {
    child.once('message', (message: { origin: string }) => ok(message.origin));
    child.once('exit', (code) => fail(new Error(`the replay server exited (${code})`)));
  });
  child.send({
    classes: classes.map((kind, index) => ({
      pattern: kind.pattern.source,
      status: answers[index].status,
      headers: answers[index].headers,
      body: answers[index].body.toString('base64'),
    })),
  });
  return { origin: await ready, child };
}

export function stopReplay(replay: ReplayServer): Promise<void> {
  return new Promise((ok) => {
    if (replay.child.exitCode !== null) return ok();
    replay.child.once('exit', () => ok());
    replay.child.kill('SIGTERM');
  });
}

/** One request of each class through fetch, kept as the baseline server's answers. */
export async function recordAnswers(origin: string, classes: SoakClass[]): Promise<RecordedAnswer[]> {
  const answers: RecordedAnswer[] = [];
  for (const kind of classes) {
    const { path, body } = kind.next();
    const response = await fetch(`${origin}${path}`, {
      method: kind.method,
      // autocannon sends no Accept-Encoding: neither does this sample
      headers: { ...kind.headers, 'accept-encoding': 'identity' },
      body,
    });
    if (response.status >= 400)
      throw new Error(`${kind.method} ${path} -> ${response.status} ${await response.text()}`);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      if (!['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date'].includes(key))
        headers[key] = value;
    });
    answers.push({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
  }
  return answers;
}
