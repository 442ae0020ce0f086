// Preloaded into the server under load (node --expose-gc --import this): on SIGUSR2 it runs a full
// garbage collection and writes the process's memory to stderr, so the load test compares memory
// at the same point of the GC cycle instead of wherever V8 happened to be. Test-only: the server
// itself knows nothing of it.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  process.stderr.write(`MEMPROBE ${JSON.stringify(process.memoryUsage())}\n`);
});
