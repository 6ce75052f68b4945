// `npm start` (after setup): the local consortium and its walk-through.
//   --once   exit after the walk-through (otherwise keep running until Ctrl-C)
// NATS_URL: use that NATS (as it is) instead of starting a nats-server with generated credentials.
import { parseArgs } from 'node:util';
import { startConsortium, type Consortium } from './consortium.js';
import { removeLocalConsortium, writeLocalConsortium } from './local.js';
import { portFree } from './nats-server.js';
import { walkThrough } from './walkthrough.js';

const { values } = parseArgs({ options: { once: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  console.log(`Usage: ilr-consortium [--once]

Starts a local consortium in the shape of a real one: generated credentials (one NATS
account and nkey per library, one user per service and for the operators), a nats-server
on that configuration with a temporary JetStream store, the streams, the directory of
deploy/sample/directory.yaml with each library's signing key, the policy, router, review
and audit services, a reference connector (signing every envelope) with a sample ILS for
every library of directory.yaml, and for the libraries of deploy/sample/gateways.yaml, whose
interlibrary-loan systems speak ISO 18626, an ISO 18626 gateway beside a simulated ILL
system. It prints how long set-up took and one line per component
(<component>: <url>), then walks through real flows, one of them a forged publish that
NATS refuses.

  --once   exit after the walk-through; otherwise keep running until Ctrl-C
           (which stops everything within 3 seconds)
Environment: NATS_URL (use that server as it is, without generated credentials),
ILR_NATS_PORT (the client port when free, default 4222; 0: any free port),
ILR_LOG_LEVEL (services and connectors log JSON lines to stderr; default warn)`);
  process.exit(0);
}

const print = (line: string) => console.log(line);
let consortium: Consortium | undefined;
let stopping = false;
// Ctrl-C at any point, set-up included: stop the clients, then nats-server, within 3 s.
const shutdown = async (signal: string) => {
  if (stopping) process.exit(130); // a second Ctrl-C: at once
  stopping = true;
  print(`\n${signal}: stopping the consortium...`);
  const forced = setTimeout(() => process.exit(1), 2900);
  await consortium?.stop(2300);
  await removeLocalConsortium();
  clearTimeout(forced);
  print('stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('Ctrl-C'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const started = performance.now();
print('Setting up a local consortium (credentials, nats-server, streams, directory, services, connectors, gateways)...');
const natsUrl = process.env.NATS_URL;
// The well-known client port when it is free (ILR_NATS_PORT=0: any free port).
const port = Number(process.env.ILR_NATS_PORT ?? 4222);
consortium = await startConsortium({ natsUrl, ...(!natsUrl && port > 0 && (await portFree(port)) ? { port } : {}) });
if (stopping) await new Promise(() => undefined); // Ctrl-C came during set-up: shutdown() exits
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const count = `${consortium.libraries.length} libraries${consortium.gateways.size ? ` (${consortium.gateways.size} through an ISO 18626 gateway)` : ''}`;
const shape = consortium.access
  ? `${count}, each in its own NATS account with its own nkey, signing every message`
  : `${count}, on NATS_URL as it is (no generated credentials)`;
print(`Set up in ${seconds} s: ${shape}.`);
for (const line of consortium.components.lines()) print(line);
if (consortium.access) {
  await writeLocalConsortium({ url: consortium.url, accessDir: consortium.access.dir, pid: process.pid, startedAt: new Date().toISOString() });
}

let failed = 0;
try {
  const results = await walkThrough(consortium, print);
  failed = results.filter((r) => !r.ok).length;
  const shown = results.filter((r) => !r.skipped).length;
  print(`\nWalk-through: ${shown - failed} of ${shown} flows as expected${shown < results.length ? ` (${results.length - shown} not shown)` : ''}.`);
} catch (e) {
  failed = 1;
  console.error(`walk-through failed: ${(e as Error).message}`);
}
if (values.once || failed) {
  stopping = true;
  await consortium.stop();
  await removeLocalConsortium();
  process.exit(failed ? 1 : 0);
}
print(`
The consortium keeps running. Send a message as a library with the CLI (it uses this
consortium's credentials, prints the decision, and exits 0 decided, 1 rejected, 3 pending):
  npx ilr send ITEM_FOUND --as mt-bozeman --to wi-madison --body '{"itemId":"39078091234567","owningLibrary":"wi-madison"}'
Ctrl-C stops it.`);
