import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(__dirname, '../../..');

/**
 * Issue 17: the first sign-up left zxcvbn's dictionaries (about 30 MB of RSS) in the server for
 * good, which took a 25 MB import to the edge of its memory budget. The estimate now runs on a
 * worker thread. Checked in a plain Node process, whose module cache is the real one (jest's is not).
 */
describe('password strength on a worker thread', () => {
  it('gives the same verdicts and leaves no dictionary in the main thread', async () => {
    const script = `
      const { PasswordWorkers } = require('./src/common/workers/password-workers.service');
      (async () => {
        const workers = new PasswordWorkers();
        const weak = await workers.weakness('Summer2024!!', ['ada']);
        const strong = await workers.weakness('correct horse battery staple 77', ['ada']);
        await workers.onApplicationShutdown();
        const loaded = Object.keys(require.cache).filter((file) => file.includes('zxcvbn'));
        console.log(JSON.stringify({ weak, strong: strong ?? null, loaded }));
      })();`;
    const { stdout } = await run(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: root,
      timeout: 60_000,
    });
    const result = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(result.weak).toMatch(/^password is too easy to guess/);
    expect(result.strong).toBeNull();
    expect(result.loaded).toEqual([]);
  }, 90_000);
});
