import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { ownArrayBuffer } from './chunked-transfer';
import type * as Tasks from './parse-tasks';

type TaskName = 'scheduleFromBody' | 'csvTable' | 'backupDocument';
type TaskResult<N extends TaskName> = Awaited<ReturnType<(typeof Tasks)[N]>>;
type TaskInput<N extends TaskName> = Parameters<(typeof Tasks)[N]>[0];

const fromSources = __filename.endsWith('.ts');
const TASKS = join(__dirname, `parse-tasks${fromSources ? '.ts' : '.js'}`);

/**
 * Uploaded programs (schedule.xml/json, CSV, backups) are decoded and parsed on a worker thread,
 * so a 25 MB import does not stop the event loop from answering other requests. One thread:
 * imports queue behind each other, which bounds the memory parsing takes (a second one would
 * double it).
 */
@Injectable()
export class ParseWorkers implements OnApplicationShutdown {
  private pool?: Piscina;

  /** Runs a task on a body: a Buffer is moved to the worker (this thread can no longer read it). */
  run<N extends TaskName>(
    name: N,
    body: Buffer | string,
    options: Omit<TaskInput<N>, 'bytes' | 'text'> = {} as never,
  ): Promise<TaskResult<N>> {
    this.pool ??= new Piscina({
      filename: fromSources ? join(__dirname, 'ts-worker.js') : TASKS,
      workerData: { tasks: TASKS },
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 10 * 60_000, // a new thread costs a start-up (and in tests a TypeScript compile)
      resourceLimits: {
        // A parse that needs more than this is refused rather than taking the process down.
        maxOldGenerationSizeMb: 384,
        // As the main thread's --max-semi-space-size: parse garbage is collected early, not held as RSS.
        maxYoungGenerationSizeMb: 8,
      },
    });
    if (typeof body === 'string') return this.pool.run({ ...options, text: body }, { name }) as Promise<TaskResult<N>>;
    const bytes = ownArrayBuffer(body);
    return this.pool.run({ ...options, bytes }, { name, transferList: [bytes] }) as Promise<TaskResult<N>>;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.destroy();
  }
}
