import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Piscina } from 'piscina';
import { oneThreadPool } from './worker-pool';

/**
 * Password strength is estimated on a worker thread of its own: zxcvbn's dictionaries (about 11 MB
 * of heap, 30 MB of RSS) leave with the thread instead of staying in the server after the first
 * sign-up, and a sign-up never waits behind an import on the parse thread.
 */
@Injectable()
export class PasswordWorkers implements OnApplicationShutdown {
  private workers?: Piscina;

  /** Why the password is too easy to guess, or undefined. */
  async weakness(password: string, context: string[]): Promise<string | undefined> {
    this.workers ??= oneThreadPool('password-tasks', 64);
    const problem = (await this.workers.run({ password, context }, { name: 'passwordWeakness' })) as string | null;
    return problem ?? undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.workers?.destroy();
  }
}
