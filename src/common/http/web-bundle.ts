import type { build as Build } from 'esbuild';
import { lazyModule } from '../lazy-module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RenderedDocument, renderDocument } from './rendered-document';

/** The bundler loads with the first page request (API-only traffic never needs it). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const esbuild = lazyModule(() => require('esbuild') as { build: typeof Build });

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

export interface AssetUrls {
  script: string;
  stylesheet: string;
  /** modules the script imports up front (esbuild's shared helpers), to fetch beside it rather than after it */
  preload?: string[];
  /** modules the script imports only when needed, to prefetch at low priority and keep offline */
  lazy?: string[];
}

/** A lazy module's file name: `<name>-<esbuild content hash>.js`, so the name alone is its version. */
export const HASHED_CHUNK = /^[a-z][\w-]*-[A-Z0-9]{8}\.js$/;

/**
 * One browser surface: its entry script and stylesheet under web/, served as `<name>.js` and
 * `<name>.css` below `urlBase`. Without `stylesheet`, `<name>.css` is every stylesheet the
 * script's modules import (so a component brings its own CSS).
 */
export interface WebBundleSpec {
  name: string;
  script: string;
  stylesheet?: string;
  urlBase: string;
  /** split what the script loads with `import()` into modules of their own, fetched when first needed */
  splitting?: boolean;
}

/** `web/` at the project root, found from here both under src/ (tests) and dist/src/. */
export function findWebRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'web', 'tsconfig.json'))) return join(dir, 'web');
    if (dirname(dir) === dir) throw new Error(`web/tsconfig.json not found above ${from}`);
  }
}

/**
 * A surface's script and stylesheet, bundled by esbuild on first use (tens of milliseconds) and
 * then served from memory with an ETag and gzip like the feeds. No build step to forget and no
 * stale bundle: the sources in web/ are the only copy. Every page surface (agenda, insights,
 * organizer console) is one instance of this.
 */
export class WebBundle {
  private bundle?: Promise<BuiltBundle>;

  constructor(private readonly spec: WebBundleSpec) {}

  /** `<name>.js` or `<name>.css`, or undefined for any other file name. */
  async get(file: string): Promise<RenderedDocument | undefined> {
    return (await this.load()).files.get(file);
  }

  /** Versioned URLs, so browsers may cache the files for good. */
  async urls(): Promise<AssetUrls> {
    const { files, preload, lazy } = await this.load();
    const { name, urlBase } = this.spec;
    const version = (file: string) => files.get(file)!.etag.slice(1, 13);
    const at = (list: string[]) => list.map((file) => `${urlBase}/${file}`);
    return {
      script: `${urlBase}/${name}.js?v=${version(`${name}.js`)}`,
      stylesheet: `${urlBase}/${name}.css?v=${version(`${name}.css`)}`,
      ...(preload.length && { preload: at(preload) }),
      ...(lazy.length && { lazy: at(lazy) }),
    };
  }

  /** Whether `version` (the `?v=` of a URL) names the current build, so the answer may be cached for good. */
  async isCurrent(file: string, version: string | undefined): Promise<boolean> {
    const document = await this.get(file);
    if (document && HASHED_CHUNK.test(file)) return true; // its name is its version
    return !!document && version !== undefined && document.etag.slice(1, 13) === version;
  }

  private load(): Promise<BuiltBundle> {
    this.bundle ??= bundleWebAssets(findWebRoot(), this.spec).catch((error: unknown) => {
      this.bundle = undefined; // a failed build is retried by the next request
      throw error;
    });
    return this.bundle;
  }
}

export interface BuiltBundle {
  /** by the name they are served under */
  files: Map<string, RenderedDocument>;
  /** split-off modules the entry script imports statically, and those it imports with `import()` */
  preload: string[];
  lazy: string[];
}

export async function bundleWebAssets(root: string, spec: WebBundleSpec): Promise<BuiltBundle> {
  const result = await esbuild().build({
    entryPoints: [
      { in: join(root, spec.script), out: spec.name },
      ...(spec.stylesheet ? [{ in: join(root, spec.stylesheet), out: spec.name }] : []),
    ],
    outdir: 'out',
    bundle: true,
    ...(spec.splitting && { splitting: true, chunkNames: '[name]-[hash]', entryNames: '[name]-[hash]' }),
    write: false,
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
    metafile: true,
  });
  const builtAt = new Date();
  const files = new Map<string, RenderedDocument>();
  for (const file of result.outputFiles) {
    const extension = file.path.split('.').pop()!;
    const base = file.path.split('/').pop()!;
    // the entry's own script and stylesheet keep their plain names (versioned by `?v=`); split-off modules keep their hashed ones
    const name = HASHED_CHUNK.test(base) && !base.startsWith(`${spec.name}-`) ? base : `${spec.name}.${extension}`;
    files.set(
      name,
      await renderDocument(file.text, {
        contentType: CONTENT_TYPES[extension],
        filename: name,
        lastModified: builtAt,
        cacheControl: 'no-cache',
      }),
    );
  }
  const entry = Object.values(result.metafile.outputs).find((output) => output.entryPoint?.endsWith(spec.script));
  const imported = (kind: string) =>
    (entry?.imports ?? [])
      .filter((item) => item.kind === kind)
      .map((item) => item.path.split('/').pop()!)
      .filter((file) => files.has(file));
  return { files, preload: imported('import-statement'), lazy: imported('dynamic-import') };
}
