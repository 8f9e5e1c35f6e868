import { Injectable } from '@nestjs/common';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RenderedDocument, renderDocument } from '../../common/http/rendered-document';
import { AssetUrls } from '../../public-site/site-pages';

const ENTRY = join('insights', 'main.ts');
const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** `web/` at the project root, found from here both under src/ (tests) and dist/src/. */
function findWebRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'web', ENTRY))) return join(dir, 'web');
    if (dirname(dir) === dir) throw new Error(`web/${ENTRY} not found above ${from}`);
  }
}

/**
 * The page's script and stylesheet (web/insights/), bundled by esbuild on first request and then
 * served from memory with an ETag and gzip, the same way the public pages serve theirs.
 */
@Injectable()
export class InsightsPageAssets {
  private bundle?: Promise<Map<string, RenderedDocument>>;

  async get(name: string): Promise<RenderedDocument | undefined> {
    return (await this.load()).get(name);
  }

  async urls(): Promise<AssetUrls> {
    const files = await this.load();
    const version = (name: string) => files.get(name)!.etag.slice(1, 13);
    return {
      script: `/organizer/assets/insights.js?v=${version('insights.js')}`,
      stylesheet: `/organizer/assets/insights.css?v=${version('insights.css')}`,
    };
  }

  private load(): Promise<Map<string, RenderedDocument>> {
    this.bundle ??= bundle(findWebRoot()).catch((error: unknown) => {
      this.bundle = undefined; // the next request tries again
      throw error;
    });
    return this.bundle;
  }
}

async function bundle(root: string): Promise<Map<string, RenderedDocument>> {
  const result = await build({
    entryPoints: [
      { in: join(root, ENTRY), out: 'insights' },
      { in: join(root, 'insights', 'insights.css'), out: 'insights' },
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
  return new Map(
    await Promise.all(
      result.outputFiles.map(async (file) => {
        const extension = file.path.split('.').pop()!;
        const name = `insights.${extension}`;
        const document = await renderDocument(file.text, {
          contentType: CONTENT_TYPES[extension],
          filename: name,
          lastModified: builtAt,
          cacheControl: 'no-cache',
        });
        return [name, document] as const;
      }),
    ),
  );
}
