// The bare relay's two processes, in plain nats.js (no ILR code): the least any relay with a
// remote decision must do, the floor the ILR relay is measured against (test/bench/bare.ts).
//   node bare-relay-worker.mjs responder <servers>  answers every request with a fixed decision
//   node bare-relay-worker.mjs forwarder <servers>  pulls the ingress stream; per message one core
//     request to the responder, the delivery and the sender's reply published to the delivery
//     stream (awaited together), then the ack
// Both print "ready" on stdout once they serve.
import { connect, headers } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';

const [role, servers] = process.argv.slice(2);
const nc = await connect({ servers: servers.split(','), name: `bare-${role}` });
const DECISION = new TextEncoder().encode('{"outcome":"RELAY","disclosed":[],"citations":["bench"]}');

if (role === 'responder') {
  nc.subscribe('bare.decide', { queue: 'bare', callback: (_e, m) => m.respond(DECISION) });
  await nc.flush();
} else if (role === 'forwarder') {
  const js = jetstream(nc);
  const consumer = await js.consumers.get('BARE_INGRESS', 'forwarder');
  const messages = await consumer.consume({ max_messages: 1000 });
  const relay = async (m) => {
    // Subject bare.in.<sender>.<recipient>; header id correlates the sender's reply.
    const [, , sender, recipient] = m.subject.split('.');
    const decision = await nc.request('bare.decide', m.data, { timeout: 60_000 });
    const h = headers();
    h.set('id', m.headers?.get('id') ?? '');
    await Promise.all([
      js.publish(`bare.out.${recipient}.deliver`, m.data),
      js.publish(`bare.out.${sender}.reply`, decision.data, { headers: h }),
    ]);
    m.ack();
  };
  void (async () => {
    for await (const m of messages) relay(m).catch((e) => (console.error(`bare forwarder: ${e}`), m.nak()));
  })();
} else {
  console.error(`bare-relay-worker: unknown role ${role}`);
  process.exit(2);
}
process.stdout.write('ready\n');
const stop = () => nc.drain().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
