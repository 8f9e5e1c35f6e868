import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RenderedDocument, renderDocument } from './rendered-document';

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

export interface AssetUrls {
  script: string;
  stylesheet: string;
}

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
  private bundle?: Promise<Map<string, RenderedDocument>>;

  constructor(private readonly spec: WebBundleSpec) {}

  /** `<name>.js` or `<name>.css`, or undefined for any other file name. */
  async get(file: string): Promise<RenderedDocument | undefined> {
    return (await this.load()).get(file);
  }

  /** Versioned URLs, so browsers may cache the files for good. */
  async urls(): Promise<AssetUrls> {
    const files = await this.load();
    const { name, urlBase } = this.spec;
    const version = (file: string) => files.get(file)!.etag.slice(1, 13);
    return {
      script: `${urlBase}/${name}.js?v=${version(`${name}.js`)}`,
      stylesheet: `${urlBase}/${name}.css?v=${version(`${name}.css`)}`,
    };
  }

  /** Whether `version` (the `?v=` of a URL) names the current build, so the answer may be cached for good. */
  async isCurrent(file: string, version: string | undefined): Promise<boolean> {
    const document = await this.get(file);
    return !!document && version !== undefined && document.etag.slice(1, 13) === version;
  }

  private load(): Promise<Map<string, RenderedDocument>> {
    this.bundle ??= bundleWebAssets(findWebRoot(), this.spec).catch((error: unknown) => {
      this.bundle = undefined; // a failed build is retried by the next request
      throw error;
    });
    return this.bundle;
  }
}

export async function bundleWebAssets(root: string, spec: WebBundleSpec): Promise<Map<string, RenderedDocument>> {
  const result = await build({
    entryPoints: [
      { in: join(root, spec.script), out: spec.name },
      ...(spec.stylesheet ? [{ in: join(root, spec.stylesheet), out: spec.name }] : []),
    ],
    outdir: 'out',
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const builtAt = new Date();
  const files = new Map<string, RenderedDocument>();
  for (const file of result.outputFiles) {
    const extension = file.path.split('.').pop()!;
    const name = `${spec.name}.${extension}`;
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
  return files;
}
