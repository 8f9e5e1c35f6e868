/**
 * Writes src/metadata.ts: what the @nestjs/swagger compiler plugin reads from the
 * DTO and controller types (property types, optionality, doc comments, class-validator limits).
 * The app loads this file at start-up, so `nest build`, ts-node, jest and the dump script all
 * serve the same document. `npm run api:types` regenerates it; a spec checks it is current.
 */
import { PluginMetadataGenerator } from '@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator';
import { resolve } from 'node:path';

// The package exports './plugin' at run time; its types live under dist/ (not visible to `moduleResolution: node`).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ReadonlyVisitor } = require('@nestjs/swagger/plugin') as typeof import('@nestjs/swagger/dist/plugin');

export function generateOpenApiMetadata(outputDir = resolve('src'), filename = 'metadata.ts'): void {
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        introspectComments: true,
        classValidatorShim: true,
        pathToSource: resolve('src'),
        dtoFileNameSuffix: ['.dto.ts'], // entities are never response bodies
      }),
    ],
    outputDir,
    filename,
    tsconfigPath: 'tsconfig.build.json',
    printDiagnostics: false,
  });
}

if (require.main === module) generateOpenApiMetadata(process.argv[2], process.argv[3]);
