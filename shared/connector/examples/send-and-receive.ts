// Madison tells Bozeman "we hold your item" and waits for the broker's reply; Bozeman's
// reference connector (Connector + SampleIls) receives it and answers fact lookups.
//
//   npx tsx --conditions=source shared/connector/examples/send-and-receive.ts
//
// With NATS_URL set it uses that (provisioned) consortium and its router. Without, it
// starts a throw-away nats-server and a tiny stand-in for the router that relays every
// message and replies RELAY (no policy: only to show the connector's side).
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ilr/log';
import { ROUTER_CONSUMER, STREAMS, connectNats, deliverySubject, provision, replySubject, type IlrNats } from '@ilr/nats';
import { startNats } from '@ilr/testing';
import { decodeEnvelope, encodeRequesterReply, enumFromWire, enumToWire } from '@ilr/wire';
import { headers } from '@nats-io/transport-node';
import { Connector, startReferenceConnector } from '../src/index.js';

const log = createLogger('example');
const ilsFile = fileURLToPath(new URL('../../../deploy/sample/ils/mt-bozeman.json', import.meta.url));

/** Relays each ingress message to its recipient and replies RELAY: a stand-in, not the router. */
async function standInRouter(nats: IlrNats): Promise<() => Promise<void>> {
  const js = nats.jetstream();
  const messages = await (await js.consumers.get(STREAMS.ingress.name, ROUTER_CONSUMER.durable)).consume();
  void (async () => {
    for await (const m of messages) {
      const env = decodeEnvelope(m.data);
      await js.publish(deliverySubject(env.recipient, env.kind), m.data, { msgID: `${env.messageId}:deliver` });
      const h = headers();
      h.set('Ilr-Correlation-Id', env.messageId);
      h.set('Ilr-Reply', 'FINAL');
      const reply = encodeRequesterReply({ outcome: enumToWire('Outcome', 'RELAY'), reasonCode: enumToWire('ReasonCode', 'RELAYED') });
      await js.publish(replySubject(env.sender), reply, { headers: h, msgID: `${env.messageId}:reply` });
      m.ack();
    }
  })();
  return async () => void (await messages.close());
}

const server = process.env['NATS_URL'] ? undefined : await startNats();
const servers = process.env['NATS_URL'] ?? server!.url;
let stopRouter = async () => {};
if (server) {
  const admin = await connectNats({ servers, name: 'example-admin' });
  await provision(admin, { libraries: ['wi-madison', 'mt-bozeman'] });
  const stop = await standInRouter(admin);
  stopRouter = async () => {
    await stop();
    await admin.close();
  };
}

// Bozeman: serves facts from its sample ILS and takes every delivery (see reference.ts).
const bozeman = await startReferenceConnector({ library: 'mt-bozeman', ilsFile, servers });

// Madison: a connector of its own.
const madison = await Connector.connect({ library: 'wi-madison', servers });
await madison.deliveries((d) => {
  log.info({ kind: d.kind, from: d.envelope.sender }, 'madison received a delivery');
  d.ack();
});

const reply = await madison.request(
  'ITEM_FOUND',
  'mt-bozeman',
  { itemId: '31500000901234', owningLibrary: 'mt-bozeman', note: 'returned to our book drop' },
  { timeoutMs: 10_000, onPending: (p) => log.info({ reason: p.reason }, 'waiting for the home library') },
);
log.info({ outcome: enumFromWire('Outcome', reply.outcome) }, 'madison got the broker reply');

await madison.close();
await bozeman.close();
await stopRouter();
await server?.stop();
