// Preloaded into the server by the soak benchmark (node --expose-gc -r bench/memory-probe.js).
// Messages: 'memory' runs full garbage collections and answers with process.memoryUsage();
// 'loop-start' / 'loop' measure the event loop's delay over a run (perf_hooks histogram);
// 'profile-start' / { profile: file } take a CPU profile of the run (node:inspector) into a file;
// { snapshot: file } writes a heap snapshot (after a full GC) for a closer look at what is retained.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');

let loop = null;
let session = null;

process.on('message', (message) => {
  if (message === 'memory') {
    if (global.gc) {
      global.gc();
      global.gc();
    }
    process.send({ type: 'memory', ...process.memoryUsage() });
  } else if (message === 'loop-start') {
    loop?.disable();
    loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    process.send({ type: 'loop-start' });
  } else if (message === 'loop') {
    loop?.disable();
    // the histogram holds whole timer intervals: the delay is what exceeds the 10 ms resolution
    const ms = (ns) => Math.max(0, ns / 1e6 - 10);
    process.send({
      type: 'loop',
      p50: ms(loop?.percentile(50) ?? 0),
      p99: ms(loop?.percentile(99) ?? 0),
      max: ms(loop?.max ?? 0),
    });
  } else if (message && typeof message.snapshot === 'string') {
    if (global.gc) global.gc();
    require('node:v8').writeHeapSnapshot(message.snapshot);
    process.send({ type: 'snapshot' });
  } else if (message === 'profile-start') {
    session = new Session();
    session.connect();
    session.post('Profiler.enable', () =>
      session.post('Profiler.start', () => process.send({ type: 'profile-start' })),
    );
  } else if (message && typeof message.profile === 'string') {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(message.profile, JSON.stringify(result.profile));
      session.disconnect();
      process.send({ type: 'profile', written: !error });
    });
  }
});
