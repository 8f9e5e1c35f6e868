import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type * as Tasks from './parse-tasks';

type TaskName = 'scheduleFromText' | 'csvTable';
type TaskResult<N extends TaskName> = ReturnType<(typeof Tasks)[N]>;

const fromSources = __filename.endsWith('.ts');
const TASKS = join(__dirname, `parse-tasks${fromSources ? '.ts' : '.js'}`);

/**
 * Uploaded programs (schedule.xml/json, CSV) are parsed on a worker thread, so a 25 MB import
 * does not stop the event loop from answering other requests. One thread: imports queue behind
 * each other, which bounds the memory parsing takes (a second one would double it).
 */
@Injectable()
export class ParseWorkers implements OnApplicationShutdown {
  private pool?: Piscina;

  run<N extends TaskName>(name: N, input: Parameters<(typeof Tasks)[N]>[0]): Promise<TaskResult<N>> {
    this.pool ??= new Piscina({
      filename: fromSources ? join(__dirname, 'ts-worker.js') : TASKS,
      workerData: { tasks: TASKS },
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 10 * 60_000, // a new thread costs a start-up (and in tests a TypeScript compile)
      // A parse that needs more than this is refused rather than taking the process down.
      resourceLimits: { maxOldGenerationSizeMb: 384 },
    });
    return this.pool.run(input, { name }) as Promise<TaskResult<N>>;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }
}
