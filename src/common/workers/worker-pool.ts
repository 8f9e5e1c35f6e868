import { join } from 'node:path';
import type { Piscina } from 'piscina';
import { lazyModule } from '../lazy-module';

// the pool's library loads with the first task, not at start-up
// eslint-disable-next-line @typescript-eslint/no-require-imports
const piscina = lazyModule(() => require('piscina') as typeof import('piscina'));

const fromSources = __filename.endsWith('.ts');

/**
 * A pool of one worker thread running the tasks exported by `tasks` (a module name in this
 * folder, without extension). Built, the thread ends as soon as its work is done, and with it
 * everything the work loaded (a parse's garbage, password dictionaries); a new one starts in about
 * 0.2 s. From sources (tests, ts-node benchmarks) a start costs a TypeScript compile, so it stays.
 */
export function oneThreadPool(tasks: string, maxOldGenerationSizeMb: number): Piscina {
  const file = join(__dirname, `${tasks}${fromSources ? '.ts' : '.js'}`);
  return new (piscina().Piscina)({
    filename: fromSources ? join(__dirname, 'ts-worker.js') : file,
    workerData: { tasks: file },
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: fromSources ? 10 * 60_000 : 0,
    resourceLimits: {
      // A task that needs more than this is refused rather than taking the process down.
      maxOldGenerationSizeMb,
      // As the main thread's --max-semi-space-size: garbage is collected early, not held as RSS.
      maxYoungGenerationSizeMb: 8,
    },
  });
}
