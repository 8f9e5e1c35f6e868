import { ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '../..');

/**
 * The real server (src/main.ts) as a child process, for tests that kill it. `ts-node` needs about
 * 10 s per start on this machine, so src/ is transpiled once (same settings as ts-node
 * --transpile-only) into node_modules/.cache, keyed by the sources' sizes and times; a start then
 * takes about a second.
 */
export function buildServer(): string {
  const files = listTs(join(ROOT, 'src'));
  const key = createHash('sha256');
  for (const file of files) {
    const stat = statSync(file);
    key.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  const outDir = join(ROOT, 'node_modules/.cache/agenda-server', key.digest('hex').slice(0, 16));
  const main = join(outDir, 'src/main.js');
  if (existsSync(outDir)) return main;
  // Built beside and renamed into place, so a concurrent jest worker never sees half a build.
  const staging = `${outDir}.${process.pid}.tmp`;
  const compilerOptions: ts.CompilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    esModuleInterop: true,
    allowSyntheticDefaultImports: true,
    resolveJsonModule: true,
  };
  for (const file of files) {
    const output = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions, fileName: file }).outputText;
    const target = join(staging, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir)) throw error;
  }
  // Builds of older sources, unused for an hour: nothing will start them again.
  for (const old of readdirSync(dirname(outDir))) {
    const path = join(dirname(outDir), old);
    if (path !== outDir && Date.now() - statSync(path).mtimeMs > 3_600_000)
      rmSync(path, { recursive: true, force: true });
  }
  return main;
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  origin: string;
  child: ChildProcess;
  /** Everything the process printed so far (for failure messages). */
  output: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Extra node flags, e.g. ['--expose-gc', '-r', 'bench/memory-probe.js']. */
  nodeArgs?: string[];
  /** Open an IPC channel to the child (process.send / 'message'). */
  ipc?: boolean;
}

/** Starts src/main.ts on a SQLite file (never DATABASE_URL) and waits until /api/health answers. */
export async function startServer(databasePath: string, options: StartOptions = {}): Promise<ServerProcess> {
  const { env = {}, nodeArgs = [], ipc = false } = options;
  const main = buildServer();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: ROOT,
    env: {
      ...inherited,
      DATABASE_PATH: databasePath,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      PUBLIC_BASE_URL: origin,
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => ok({ code, signal })),
  );
  const server: ServerProcess = { url: `${origin}/api`, origin, child, output: () => printed, exited };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited during start-up:\n${printed}`);
    try {
      if ((await fetch(`${server.url}/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not answer /api/health within 60 s:\n${printed}`);
}

export async function killServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGKILL') {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  return server.exited;
}

export const OWNER = {
  email: 'owner@crash.example',
  password: 'a long crash-test password 7',
  name: 'Crash Test Owner',
};

/** First account (becomes admin), a login session, and an API token made with it (cookie + Origin). */
export async function signUpOwner(server: ServerProcess): Promise<string> {
  const json = { 'content-type': 'application/json' };
  const signup = await fetch(`${server.url}/auth/signup`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(OWNER),
  });
  if (signup.status !== 201) throw new Error(`signup -> ${signup.status} ${await signup.text()}`);
  const login = await fetch(`${server.url}/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  if (login.status !== 200 || !cookie) throw new Error(`login -> ${login.status} ${await login.text()}`);
  const token = await fetch(`${server.url}/tokens`, {
    method: 'POST',
    headers: { ...json, cookie, origin: server.origin },
    body: JSON.stringify({ name: 'writer', scopes: ['read', 'write'] }),
  });
  if (token.status !== 201) throw new Error(`token -> ${token.status} ${await token.text()}`);
  return ((await token.json()) as { token: string }).token;
}

export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
