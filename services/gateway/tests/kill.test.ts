// Chaos: kill -9 the supplier's gateway while loans are in flight both ways, start it again
// on the same state: every loan completes, and neither ILL system sees any message twice
// (a resend of the very same message, answered with its first confirmation, is not a second message).
// The histories are read only once ILR is idle: a delivery the killed gateway had pulled but not
// acked comes back only after the consumer's ack wait (30 s), and the requester's loans can all
// complete before it does (the supplier answers ShippedReturn whether or not Received came first).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeerSimulator, checkMessage, SAMPLES_DIR, type IsoMessage, type Request } from '@ilr/iso18626';
import { ROUTER_CONSUMER, libraryConsumerName, STREAMS } from '@ilr/nats';
import { startService, waitUntil, type ServiceProcess } from '@ilr/testing';
import { readFileSync } from 'node:fs';
import { AGENCIES, agency, startWorld, type World } from './harness.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const LOANS = 24;

let world: World;
let dux: ServiceProcess;
let duxSim: PeerSimulator;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });

beforeAll(async () => {
  world = await startWorld(['ma-plymouth']);
  duxSim = await PeerSimulator.start({ agency: agency(AGENCIES['ma-duxbury']![0]!), name: 'ma-duxbury' });
  const port = await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), 'gw-kill-'));
  const config = join(stateDir, 'gateway.json');
  writeFileSync(config, JSON.stringify({ library: 'ma-duxbury', nats: { servers: world.server.url }, stateDir, illEndpoint: duxSim.url, listen: { port }, deadlineMs: 2000, backoffMs: [200, 500] }));
  dux = await startService({ name: 'gateway-ma-duxbury', main: MAIN, env: { ILR_LOG_LEVEL: 'warn', ILR_GATEWAY_CONFIG: config }, ready: /^gateway ma-duxbury: http/, readyTimeoutMs: 150_000 });
  duxSim.peer = `http://127.0.0.1:${port}/iso18626`;
}, 200_000);

afterAll(async () => {
  await dux?.stop();
  await duxSim?.close();
  await world?.stop();
});

function loan(i: number): Request {
  const r = checkMessage(readFileSync(`${SAMPLES_DIR}request-loaned.xml`));
  if (!r.ok || r.document.kind !== 'request') throw new Error('sample');
  return { ...r.document.request, header: { ...r.document.request.header, requestingAgencyRequestId: `kill-${i}` }, patronInfo: { patronId: `P-${i}` } };
}
const completed = (id: string) => (m: IsoMessage) => m.kind === 'supplyingAgencyMessage' && m.supplyingAgencyMessage.header.requestingAgencyRequestId === id && m.supplyingAgencyMessage.statusInfo.status === 'LoanCompleted';

/** Every message ILR took is delivered and acked: the router's and both libraries' consumers have nothing pending or unacked. */
async function idle(): Promise<void> {
  const jsm = await world.client.jetstreamManager();
  const consumers: [string, string][] = [
    [ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable],
    [STREAMS.delivery.name, libraryConsumerName('ma-plymouth')],
    [STREAMS.delivery.name, libraryConsumerName('ma-duxbury')],
  ];
  await waitUntil(
    'ILR idle (no message pending or unacked at the router or either gateway)',
    async () => {
      for (const [stream, name] of consumers) {
        const c = await jsm.consumers.info(stream, name);
        if (c.num_pending > 0 || c.num_ack_pending > 0) return undefined;
      }
      return true;
    },
    { timeoutMs: 120_000, abort: () => (dux.crashes.length ? new Error('the gateway crashed') : undefined) },
  );
}

describe('kill -9 of a gateway with messages in flight', () => {
  it('loses none and duplicates none at either ILL system', async () => {
    const ply = world.sites['ma-plymouth']!.sim;
    const sends = Array.from({ length: LOANS }, (_, i) => ply.sendRequest(loan(i)));
    // Kill once the supplier's ILL system is in the middle of it: some requests taken, answers flowing.
    await duxSim.waitFor((m) => m.kind === 'requestingAgencyMessage');
    await dux.kill('SIGKILL');
    await dux.start();
    await Promise.all(sends);
    await Promise.all(Array.from({ length: LOANS }, (_, i) => ply.waitFor(completed(`kill-${i}`))));
    await idle();
    for (let i = 0; i < LOANS; i++) {
      expect(ply.history(`kill-${i}`), `kill-${i} at the requester`).toEqual(['Loaned', 'LoanCompleted']);
      // Each once; after a restart the SDK may hand two messages of one loan over out of order.
      expect(duxSim.history(`kill-${i}`).sort(), `kill-${i} at the supplier`).toEqual(['Received', 'ShippedReturn', 'request:New']);
    }
    expect(ply.invalid).toEqual([]);
    expect(duxSim.invalid).toEqual([]);
    expect(dux.crashes).toHaveLength(0);
  }, 900_000); // ~35 s on an idle machine; the limit only catches a hang
});
