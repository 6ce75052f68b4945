// A real nats-server, provisioned as the broker would be, and a stand-in for the router
// that reads ingress and publishes replies, errors and deliveries as the contract says.
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ilr/log';
import { ROUTER_CONSUMER, STREAMS, connectNats, provision, type IlrNats } from '@ilr/nats';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { decodeMessage, type Message } from '@ilr/wire';
import { headers } from '@nats-io/transport-node';

export const LIBRARIES = ['wi-madison', 'mt-bozeman', 'or-multnomah', 'or-hillsboro', 'co-bemis', 'mt-imagineif'];

export const ilsFile = (library: string): string =>
  fileURLToPath(new URL(`../../../deploy/sample/ils/${library}.json`, import.meta.url));

export const directoryFile = fileURLToPath(new URL('../../../deploy/sample/directory.yaml', import.meta.url));

/** Quiet in tests; connector logs would only clutter the output. */
export const silent = createLogger('connector-test', { level: 'silent' });

export interface Broker {
  server: NatsServerHandle;
  nats: IlrNats;
  /** Pull ingress (consumer `router`) until the message with this id; acks what it reads. */
  ingress(messageId: string): Promise<Message>;
  /** Publish to ILR_DELIVERY as the router does. */
  deliver(subject: string, data: Uint8Array, hdrs: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export async function startBroker(): Promise<Broker> {
  const server = await startNats();
  const nats = await connectNats({ servers: server.url, name: 'test-router' });
  await provision(nats, { libraries: LIBRARIES });
  const consumer = await nats.jetstream().consumers.get(STREAMS.ingress.name, ROUTER_CONSUMER.durable);
  return {
    server,
    nats,
    async ingress(messageId) {
      for (;;) {
        const m = await consumer.next({ expires: 5_000 });
        if (!m) throw new Error(`message ${messageId} never reached ingress`);
        m.ack();
        const message = decodeMessage(m.data);
        if (message.envelope.messageId === messageId) return message;
      }
    },
    async deliver(subject, data, hdrs) {
      const h = headers();
      for (const [k, v] of Object.entries(hdrs)) h.set(k, v);
      await nats.jetstream().publish(subject, data, { headers: h });
    },
    async stop() {
      await nats.close();
      await server.stop();
    },
  };
}

/** A promise and its resolve, for awaiting an event instead of sleeping. */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
