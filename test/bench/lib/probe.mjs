// Preloaded (node --import) into every server the bench starts, platform and baseline alike.
// It answers memory probes over the IPC channel after a full GC, so heap figures are comparable.
// Plain JavaScript on purpose: the platform runs as built JS and must not load a TS loader.
if (process.send) {
  // The bench is gone (crashed or interrupted): do not linger as an orphan server.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (msg) => {
    if (!msg || msg.type !== 'memory') return;
    if (typeof globalThis.gc === 'function') {
      globalThis.gc();
      globalThis.gc();
    }
    const m = process.memoryUsage();
    process.send({ type: 'memory', id: msg.id, heapUsed: m.heapUsed, external: m.external });
  });
}
