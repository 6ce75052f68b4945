import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectNats,
  deliverySubject,
  factsSubject,
  ingressSubject,
  libraryConsumerName,
  libraryInboxPrefix,
  libraryPermissions,
  provision,
  type IlrNats,
} from '../src/index.js';

/** Invariant 4 at the NATS level: with libraryPermissions a library acts only as itself. */
describe('libraryPermissions on a real server', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let broker: IlrNats;
  let libA: IlrNats;
  beforeAll(async () => {
    const user = (id: string): string =>
      `{ user: ${JSON.stringify(id)}, password: "pw-${id}", permissions: ${JSON.stringify(libraryPermissions(id))} }`;
    server = await startNats({
      config: ['authorization {', '  users: [', '    { user: broker, password: "pw-broker" }', `    ${user('lib-a')}`, `    ${user('lib-b')}`, '  ]', '}'].join(
        '\n',
      ),
    });
    broker = await connectNats({ servers: server.url, credentials: { user: 'broker', pass: 'pw-broker' } });
    await provision(broker, { libraries: ['lib-a', 'lib-b'] });
    libA = await connectNats({
      servers: server.url,
      credentials: { user: 'lib-a', pass: 'pw-lib-a' },
      inboxPrefix: libraryInboxPrefix('lib-a'),
    });
  });
  afterAll(async () => {
    await libA?.close();
    await broker?.close();
    await server?.stop();
  });

  it('lets a library publish as itself only', async () => {
    const js = libA.jetstream();
    const ack = await js.publish(ingressSubject('lib-a', 'ITEM_FOUND'), 'mine');
    expect(ack.stream).toBe('ILR_INGRESS');
    await expect(js.publish(ingressSubject('lib-b', 'ITEM_FOUND'), 'forged', { timeout: 1000 })).rejects.toThrow();
    await expect(js.publish(deliverySubject('lib-b', 'ITEM_FOUND'), 'forged', { timeout: 1000 })).rejects.toThrow();
    const jsm = await broker.jetstreamManager();
    const stored = await jsm.streams.getMessage('ILR_INGRESS', { last_by_subj: ingressSubject('lib-a', 'ITEM_FOUND') });
    expect(stored?.string()).toBe('mine');
    expect(await jsm.streams.getMessage('ILR_INGRESS', { last_by_subj: ingressSubject('lib-b', 'ITEM_FOUND') })).toBeNull();
  });

  it('lets a library pull and ack its own deliveries, and nobody else’s', async () => {
    const bjs = broker.jetstream();
    await bjs.publish(deliverySubject('lib-a', 'ITEM_FOUND'), 'for-a');
    await bjs.publish(deliverySubject('lib-b', 'ITEM_FOUND'), 'for-b');

    const js = libA.jetstream();
    const mine = await js.consumers.get('ILR_DELIVERY', libraryConsumerName('lib-a'));
    const got: string[] = [];
    for await (const m of await mine.fetch({ max_messages: 5, expires: 1000 })) {
      got.push(m.string());
      await m.ackAck();
    }
    expect(got).toEqual(['for-a']);
    const jsm = await broker.jetstreamManager();
    expect((await jsm.consumers.info('ILR_DELIVERY', libraryConsumerName('lib-a'))).num_ack_pending).toBe(0);

    await expect(js.consumers.get('ILR_DELIVERY', libraryConsumerName('lib-b'))).rejects.toThrow();
    // Nor around the consumer: no stream reads, no consumer management.
    await expect(libA.nc.request('$JS.API.STREAM.MSG.GET.ILR_DELIVERY', JSON.stringify({ seq: 1 }), { timeout: 1000 })).rejects.toThrow();
    await expect(
      libA.nc.request(`$JS.API.CONSUMER.MSG.NEXT.ILR_DELIVERY.${libraryConsumerName('lib-b')}`, '', { timeout: 1000 }),
    ).rejects.toThrow();
    expect((await jsm.consumers.info('ILR_DELIVERY', libraryConsumerName('lib-b'))).num_pending).toBe(1);
  });

  it('lets a library answer fact lookups addressed to it, and only those', async () => {
    const sub = libA.nc.subscribe(factsSubject('lib-a'), { callback: (_e, m) => void m.respond('facts-from-a') });
    await libA.nc.flush();
    expect((await broker.nc.request(factsSubject('lib-a'), 'q', { timeout: 2000 })).string()).toBe('facts-from-a');
    sub.unsubscribe();
    await expect(libA.nc.request(factsSubject('lib-b'), 'q', { timeout: 1000 })).rejects.toThrow();
  });
});
