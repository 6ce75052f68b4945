// Chaos (b): a 3-node nats-server cluster, every stream and KV bucket R3. The node leading
// ILR_DELIVERY is killed (kill -9) mid-load, and rejoins later, still mid-load.
// Invariant 5 (DOMAIN.md): every accepted message is delivered exactly once or
// dead-lettered with a reason; none missing, none duplicated.
import { STREAMS } from '@ilr/nats';
import { startCluster, type NatsClusterHandle, type NatsServerHandle } from '@ilr/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { ChaosRelay, expectEachMessageEndedOnce } from './relay.js';

const TOTAL = 3000;

describe('chaos (b): one node of a 3-node R3 cluster dies mid-load', { timeout: 300_000 }, () => {
  let cluster: NatsClusterHandle | undefined;
  let relay: ChaosRelay | undefined;
  afterAll(async () => {
    await relay?.close();
    await cluster?.stop();
  });

  it('kill -9 the ILR_DELIVERY leader, restart it later: every accepted message ends exactly once', async () => {
    const nodes = (cluster = await startCluster(3));
    const r = (relay = await ChaosRelay.start(nodes.servers, 3));
    const jsm = await r.admin.jetstreamManager();
    const deliveryLeader = async () => (await jsm.streams.info(STREAMS.delivery.name)).cluster?.leader;
    let victim: NatsServerHandle | undefined;
    const c = await r.run('(b) kill -9 one node of an R3 cluster', { total: TOTAL, perSecond: 200, settleTimeoutMs: 150_000 }, async () => {
      await r.whenAnswered(TOTAL * 0.3);
      const leader = await deliveryLeader();
      victim = nodes.nodes.find((n) => n.name === leader);
      if (!victim) throw new Error(`ILR_DELIVERY leader ${leader} is not a node of the cluster`);
      await victim.kill('SIGKILL');
      r.note(`kill -9 ${victim.name} (ILR_DELIVERY leader)`);
      await r.whenAnswered(TOTAL * 0.65);
      await victim.restart();
      r.note(`${victim.name} back`);
    });
    expect(victim?.running).toBe(true);
    expect(await deliveryLeader()).toBeDefined();
    expectEachMessageEndedOnce(c, TOTAL, r);
  });
});
