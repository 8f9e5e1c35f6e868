import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The environment variables and node flags `npm run start:prod` starts the server with, read
 * from package.json, so the memory benchmark measures the server as it is deployed.
 */
export function productionLaunch(): { env: Record<string, string>; nodeArgs: string[] } {
  const scripts = JSON.parse(readFileSync(resolve(__dirname, '../package.json'), 'utf8')).scripts as Record<
    string,
    string
  >;
  const words = scripts['start:prod'].trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (/^[A-Z_]+=/.test(words[0])) {
    const [name, value] = words.shift()!.split('=');
    env[name] = value;
  }
  if (words.shift() !== 'node') throw new Error(`start:prod should run node: "${scripts['start:prod']}"`);
  const nodeArgs: string[] = [];
  while (words[0]?.startsWith('--')) nodeArgs.push(words.shift()!);
  return { env, nodeArgs };
}
