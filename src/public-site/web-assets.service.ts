import { Injectable } from '@nestjs/common';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RenderedDocument, renderDocument } from '../common/http/rendered-document';
import { AssetUrls } from './site-pages';

const ENTRY = 'main.ts';
const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The page's sources live in `web/` at the project root, found from here both under src/ (tests) and dist/src/. */
export function findWebRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'web', ENTRY))) return join(dir, 'web');
    if (dirname(dir) === dir) throw new Error(`web/${ENTRY} not found above ${from}`);
  }
}

/**
 * The page's script and stylesheet, bundled by esbuild on first use (about 50 ms) and then
 * served from memory with an ETag and gzip like the feeds. No build step to forget and no
 * stale bundle: the sources in web/ are the only copy.
 */
@Injectable()
export class WebAssets {
  private bundle?: Promise<Map<string, RenderedDocument>>;

  /** `agenda.js` or `agenda.css`, or undefined for any other name. */
  async get(name: string): Promise<RenderedDocument | undefined> {
    return (await this.load()).get(name);
  }

  /** Versioned URLs, so browsers may cache the files for good. */
  async urls(): Promise<AssetUrls> {
    const files = await this.load();
    const version = (name: string) => files.get(name)!.etag.slice(1, 13);
    return {
      script: `/assets/agenda.js?v=${version('agenda.js')}`,
      stylesheet: `/assets/agenda.css?v=${version('agenda.css')}`,
    };
  }

  private load(): Promise<Map<string, RenderedDocument>> {
    this.bundle ??= bundleWebAssets(findWebRoot()).catch((error: unknown) => {
      this.bundle = undefined; // a failed build is retried by the next request
      throw error;
    });
    return this.bundle;
  }
}

export async function bundleWebAssets(root: string): Promise<Map<string, RenderedDocument>> {
  const result = await build({
    entryPoints: [
      { in: join(root, ENTRY), out: 'agenda' },
      { in: join(root, 'agenda.css'), out: 'agenda' },
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
  });
  const builtAt = new Date();
  const files = new Map<string, RenderedDocument>();
  for (const file of result.outputFiles) {
    const name = `agenda.${file.path.split('.').pop()}`;
    files.set(
      name,
      await renderDocument(file.text, {
        contentType: CONTENT_TYPES[name.split('.').pop()!],
        filename: name,
        lastModified: builtAt,
        cacheControl: 'no-cache',
      }),
    );
  }
  return files;
}
