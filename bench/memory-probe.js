// Preloaded into the server by the soak benchmark (node --expose-gc -r bench/memory-probe.js):
// on a 'memory' message it runs full garbage collections and answers with process.memoryUsage().
process.on('message', (message) => {
  if (message !== 'memory') return;
  if (global.gc) {
    global.gc();
    global.gc();
  }
  process.send({ type: 'memory', ...process.memoryUsage() });
});
