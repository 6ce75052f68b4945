import { startCluster, type NatsClusterHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KV_BUCKETS,
  STREAMS,
  connectNats,
  deliverySubject,
  ingressSubject,
  kvStreamName,
  libraryConsumerName,
  provision,
  type IlrNats,
} from '../src/index.js';

/** Retry while the cluster elects a new leader (requests time out or fail for a moment). */
async function eventually<T>(op: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await op();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('provision on a 3-node cluster', { timeout: 120_000 }, () => {
  let cluster: NatsClusterHandle;
  let conn: IlrNats;
  beforeAll(async () => {
    cluster = await startCluster(3);
    conn = await connectNats({ servers: cluster.servers, reconnectTimeWaitMs: 100, reconnectJitterMs: 100 });
  }, 120_000);
  afterAll(async () => {
    await conn?.close();
    await cluster?.stop();
  });

  it('creates R3 streams, consumers and buckets, idempotently', async () => {
    const first = await provision(conn, { replicas: 3, libraries: ['mt-bozeman'] });
    expect(Object.values(first.streams).every((a) => a === 'created')).toBe(true);
    const second = await provision(conn, { replicas: 3, libraries: ['mt-bozeman'] });
    expect([...Object.values(second.streams), ...Object.values(second.consumers), ...Object.values(second.kv)]).toEqual(
      Array(Object.keys(second.streams).length + Object.keys(second.consumers).length + Object.keys(second.kv).length).fill(
        'unchanged',
      ),
    );
    const jsm = await conn.jetstreamManager();
    for (const name of [...Object.values(STREAMS).map((s) => s.name), ...Object.values(KV_BUCKETS).map((b) => kvStreamName(b.bucket))]) {
      const si = await jsm.streams.info(name);
      expect(si.config.num_replicas, name).toBe(3);
      expect(si.cluster?.replicas?.length, name).toBe(2);
    }
  });

  it('keeps ingress and deliveries flowing when a node dies', async () => {
    const js = conn.jetstream();
    const jsm = await conn.jetstreamManager();
    await js.publish(ingressSubject('mt-bozeman', 'ITEM_FOUND'), 'before', { msgID: 'm-before' });
    await js.publish(deliverySubject('mt-bozeman', 'ITEM_FOUND'), 'to-bozeman-1');

    const leader = (await jsm.streams.info('ILR_INGRESS')).cluster?.leader;
    const victim = cluster.nodes.find((n) => n.name === leader) ?? cluster.nodes[0]!;
    await victim.kill('SIGKILL');

    const ack = await eventually(() => js.publish(ingressSubject('mt-bozeman', 'ITEM_FOUND'), 'after', { msgID: 'm-after', timeout: 2000 }));
    expect(ack.duplicate).toBe(false);
    await eventually(() => js.publish(deliverySubject('mt-bozeman', 'ITEM_FOUND'), 'to-bozeman-2', { timeout: 2000 }));

    const got = await eventually(async () => {
      const c = await js.consumers.get('ILR_DELIVERY', libraryConsumerName('mt-bozeman'));
      const out: string[] = [];
      for await (const m of await c.fetch({ max_messages: 2, expires: 2000 })) {
        out.push(m.string());
        m.ack();
      }
      if (out.length < 2) throw new Error(`only ${out.length} delivered`);
      return out;
    });
    expect(got).toEqual(['to-bozeman-1', 'to-bozeman-2']);

    await victim.restart();
    const state = await eventually(async () => {
      const si = await jsm.streams.info('ILR_INGRESS');
      if (!si.cluster?.replicas?.every((r) => r.current) || si.cluster.replicas.length !== 2) throw new Error('catching up');
      return si.state;
    });
    expect(state.messages).toBe(2);
  });
});
