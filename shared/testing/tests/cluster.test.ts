import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type NatsClusterHandle } from '../src/index.js';
import { connectTo, eventually, getMessage, jsApi, jsPublish } from './helpers.js';

describe('startCluster', { timeout: 90_000 }, () => {
  let cluster: NatsClusterHandle;
  beforeAll(async () => {
    cluster = await startCluster(3);
  }, 90_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('forms a 3-node JetStream cluster with a meta leader', async () => {
    expect(cluster.nodes).toHaveLength(3);
    expect(new Set(cluster.nodes.map((n) => n.name)).size).toBe(3);
    expect(new Set(cluster.nodes.map((n) => n.storeDir)).size).toBe(3);
    expect(cluster.servers).toEqual(cluster.nodes.map((n) => n.url));
    const leader = await cluster.waitForMetaLeader();
    expect(cluster.nodes.map((n) => n.name)).toContain(leader);
    const jsz = (await (await fetch(`${cluster.nodes[0]!.monitorUrl}/jsz`)).json()) as {
      meta_cluster: { cluster_size: number; name: string };
    };
    expect(jsz.meta_cluster.cluster_size).toBe(3);
    expect(jsz.meta_cluster.name).toBe(cluster.name);
  });

  it('keeps an R3 stream writable and complete when a node is killed, and the node rejoins', async () => {
    const nc = await connectTo(cluster.servers);
    const info = await jsApi<{ cluster: { leader: string } }>(nc, 'STREAM.CREATE.R3', {
      name: 'R3',
      subjects: ['r3.>'],
      storage: 'file',
      num_replicas: 3,
    });
    await eventually(() => jsPublish(nc, 'r3.before', 'before'));

    // Kill the stream's leader: the hardest case (a new leader must be elected).
    const leaderName = info.cluster.leader || (await jsApi<{ cluster: { leader: string } }>(nc, 'STREAM.INFO.R3')).cluster.leader;
    const victim = cluster.nodes.find((n) => n.name === leaderName) ?? cluster.nodes[0]!;
    await victim.kill('SIGKILL');

    const ack = await eventually(() => jsPublish(nc, 'r3.after', 'after'));
    expect(ack.seq).toBe(2);
    expect(await eventually(() => getMessage(nc, 'R3', 1))).toBe('before');
    expect(await eventually(() => getMessage(nc, 'R3', 2))).toBe('after');

    await victim.restart(); // same ports and store; waits until healthy (caught up)
    expect(victim.running).toBe(true);
    await cluster.waitForMetaLeader();
    const state = await eventually(async () => {
      const si = await jsApi<{ state: { messages: number }; cluster: { replicas?: { name: string; current: boolean }[] } }>(
        nc,
        'STREAM.INFO.R3',
      );
      const replicas = si.cluster.replicas ?? [];
      if (replicas.length !== 2 || !replicas.every((r) => r.current)) throw new Error('replicas not current yet');
      return si.state;
    });
    expect(state.messages).toBe(2);
    await nc.close();
  });
});
