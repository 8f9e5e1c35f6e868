import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Piscina } from 'piscina';
import { MessageChannel, TransferListItem } from 'node:worker_threads';
import type { ImportedEvent } from '../../interop/schedule-model';
import type { UploadedBody } from '../http/streamed-body';
import { sendBody } from './body-stream';
import { ownArrayBuffer, receiveChunks } from './chunked-transfer';
import { oneThreadPool } from './worker-pool';
import type * as Tasks from './parse-tasks';
import type { PackedScheduleHead } from './parse-tasks';

type TaskName = 'scheduleFromBody' | 'csvTable' | 'backupDocument';
type TaskResult<N extends TaskName> = Awaited<ReturnType<(typeof Tasks)[N]>>;
type TaskInput<N extends TaskName> = Parameters<(typeof Tasks)[N]>[0];
type TaskOptions<N extends TaskName> = Omit<TaskInput<N>, 'bytes' | 'text' | 'stream'>;

/**
 * Uploaded programs (schedule.xml/json, CSV, backups) are decoded and parsed on a worker thread,
 * so a 25 MB import does not stop the event loop from answering other requests. One thread:
 * imports queue behind each other, which bounds the memory parsing takes (a second one would
 * double it).
 */
@Injectable()
export class ParseWorkers implements OnApplicationShutdown {
  private workers?: Piscina;

  /**
   * Runs a task on a body: a streamed body is sent to the worker as it arrives (body-stream.ts),
   * a Buffer is moved there (this thread can no longer read it), text is copied.
   */
  run<N extends TaskName>(
    name: N,
    body: UploadedBody,
    options: TaskOptions<N> = {} as never,
    transferList: TransferListItem[] = [],
  ): Promise<TaskResult<N>> {
    const run = (input: object, transfer: TransferListItem[]) =>
      this.pool().run(input, { name, transferList: [...transfer, ...transferList] as never }) as Promise<TaskResult<N>>;
    if (typeof body === 'string') return run({ ...options, text: body }, []);
    if (Buffer.isBuffer(body)) {
      const bytes = ownArrayBuffer(body);
      return run({ ...options, bytes }, [bytes]);
    }
    const { port1, port2 } = new MessageChannel();
    const task = run({ ...options, stream: port2 }, [port2]);
    const close = () => port1.close(); // the worker is done with the body, however it ended
    task.then(close, close);
    return sendBody(body.take(), port1).then(
      () => task,
      (error: Error) => {
        task.catch(() => undefined); // the worker stops at the abort; its answer is not needed
        throw error;
      },
    );
  }

  private pool(): Piscina {
    this.workers ??= oneThreadPool('parse-tasks', 384);
    return this.workers;
  }

  /** A program file read on the worker: its sessions arrive as they are read, a chunk at a time. */
  async readSchedule(
    body: UploadedBody,
    timezone?: string,
  ): Promise<{ head: PackedScheduleHead; items: ImportedEvent[] }> {
    const { port1, port2 } = new MessageChannel();
    const received = receiveChunks<PackedScheduleHead, ImportedEvent>(port1);
    try {
      await Promise.all([received, this.run('scheduleFromBody', body, { timezone, port: port2 }, [port2])]);
    } finally {
      port1.close();
    }
    return received;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.workers?.destroy();
  }
}
