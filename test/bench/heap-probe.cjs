// Preloaded into a service by the soak benchmark only (node --expose-gc --require ...):
// every ILR_HEAP_PROBE_MS (default 5000) it runs a full GC and writes the live heap in
// bytes to <ILR_HEAP_PROBE_DIR>/<pid>. Resident memory also counts heap V8 has reserved and
// not returned, which grows in steps of megabytes without a single object leaking; the live
// heap after a full GC is what a leak makes grow.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.ILR_HEAP_PROBE_DIR;
if (dir && typeof global.gc === 'function') {
  const file = join(dir, String(process.pid));
  setInterval(() => {
    global.gc();
    writeFileSync(file, String(process.memoryUsage().heapUsed));
  }, Number(process.env.ILR_HEAP_PROBE_MS ?? 5000)).unref();
}
