// `npm start` (after setup): the local consortium and its walk-through.
//   --once   exit after the walk-through (otherwise keep running until Ctrl-C)
// NATS_URL: use that NATS instead of starting a nats-server with a temporary store.
import { parseArgs } from 'node:util';
import { startConsortium } from './consortium.js';
import { walkThrough } from './walkthrough.js';

const { values } = parseArgs({ options: { once: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  console.log(`Usage: ilr-consortium [--once]

Starts a local consortium (nats-server with a temporary JetStream store unless NATS_URL is
set, the policy service, the router, and a reference connector with a sample ILS for every
library of deploy/sample/directory.yaml), then walks through six real flows.

  --once   exit after the walk-through; otherwise keep running until Ctrl-C
Environment: NATS_URL, ILR_LOG_LEVEL (services and connectors log to stderr; default warn)`);
  process.exit(0);
}

const print = (line: string) => console.log(line);
print('Starting a local consortium...');
const consortium = await startConsortium({ natsUrl: process.env.NATS_URL });
print(`  NATS at ${consortium.url}; libraries: ${consortium.libraries.join(', ')}`);
let failed = 0;
try {
  const results = await walkThrough(consortium, print);
  failed = results.filter((r) => !r.ok).length;
  print(`\nWalk-through: ${results.length - failed} of ${results.length} flows as expected.`);
} catch (e) {
  failed = 1;
  console.error(`walk-through failed: ${(e as Error).message}`);
}
if (values.once || failed) {
  await consortium.stop();
  process.exit(failed ? 1 : 0);
}
print(`
The consortium keeps running. NATS: ${consortium.url}
Send a message as a library with the CLI, e.g.:
  NATS_URL=${consortium.url} npx ilr send ITEM_FOUND --as mt-bozeman --to wi-madison --body '{"itemId":"39078091234567","owningLibrary":"wi-madison"}'
Ctrl-C stops it.`);
const shutdown = async () => {
  await consortium.stop();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
