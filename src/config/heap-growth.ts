import { setFlagsFromString } from 'node:v8';

/**
 * Caps how far V8 lets the heap grow between full collections. Its default factor (up to 4×
 * the live heap when collections are fast) let a server holding 80 MB of live data reach
 * 470 MB of RSS under load; at 30 % the same load peaks near 200 MB at about the same
 * throughput (bench/memory.bench.ts). V8 reads the flag at each collection, so it can be
 * set once the process runs.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
