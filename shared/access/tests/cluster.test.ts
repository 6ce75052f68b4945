// The generated 3-node JetStream cluster configuration (cluster/node-N.conf + routes.conf
// + auth.conf) forms a cluster on nats-server 2.9, holds R3 streams, and enforces the
// same permissions on every node.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STREAMS, ingressSubject, provision } from '@ilr/nats';
import { reserveFreePorts, startNats, waitUntil, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessStore, OPERATOR_PRINCIPAL, clusterNodeFile, renderClusterNodeConfig } from '../src/index.js';
import { connectAs, tempDir, type Client } from './helpers.js';

describe('the generated cluster configuration', { timeout: 90_000 }, () => {
  const tmp = tempDir('ilr-cluster-');
  let store: AccessStore;
  let nodes: NatsServerHandle[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    const routes = (await reserveFreePorts(3)).map((p) => `127.0.0.1:${p}`);
    store = await AccessStore.open(tmp.dir, { deployment: { clusterRoutes: routes, clusterListenHost: '127.0.0.1' } });
    await store.ensureBroker();
    await store.addLibrary('lib-a');
    await store.writeConfigs();
    // Three nodes on one machine need three store directories; everything else is as generated.
    for (let n = 1; n <= 3; n++) {
      const d = { ...store.deployment(), storeDir: join(tmp.dir, `store-${n}`) };
      writeFileSync(join(store.natsDir, clusterNodeFile(n)), renderClusterNodeConfig(n, d));
    }
    // Nodes must start together: none is healthy before a quorum has formed.
    nodes = await Promise.all([1, 2, 3].map((n) => startNats({ configFile: join(store.natsDir, clusterNodeFile(n)) })));
  });

  afterAll(async () => {
    for (const c of clients) await c.nats.nc.close().catch(() => undefined);
    await Promise.all(nodes.map((n) => n.stop()));
    tmp.remove();
  });

  it('forms a cluster whose routes authenticate, holds R3 streams, and enforces the permissions on every node', async () => {
    const routez = await waitUntil('every node routed to both others', async () => {
      const counts = await Promise.all(nodes.map(async (n) => ((await (await fetch(`${n.monitorUrl}/routez`)).json()) as { num_routes: number }).num_routes));
      return counts.every((c) => c >= 2) ? counts : undefined;
    }, { timeoutMs: 30_000 });
    expect(routez).toHaveLength(3);

    const operator = await connectAs(store, nodes[0]!.url, OPERATOR_PRINCIPAL);
    clients.push(operator);
    await provision(operator.nats, { replicas: 3, libraries: ['lib-a'] });
    const jsm = await operator.nats.jetstreamManager();
    const info = await jsm.streams.info(STREAMS.ingress.name);
    expect(info.config.num_replicas).toBe(3);
    expect(info.cluster?.replicas).toHaveLength(2);

    // A library on another node publishes as itself only.
    const lib = await connectAs(store, nodes[2]!.url, 'lib-a');
    clients.push(lib);
    expect((await lib.nats.jetstream().publish(ingressSubject('lib-a', 'ITEM_FOUND'), 'r3')).stream).toBe(STREAMS.ingress.name);
    lib.nats.nc.publish(ingressSubject('lib-b', 'ITEM_FOUND'), 'forged');
    await lib.denied('Publish', ingressSubject('lib-b', 'ITEM_FOUND'));
  });

  it('refuses a route that does not know the route password', async () => {
    const [port] = await reserveFreePorts(1);
    const intruder = await startNats({
      backend: 'local',
      config: `cluster { name: "ilr", listen: "127.0.0.1:${port}", routes: ["nats://ilr-route:wrong@${store.deployment().clusterRoutes[0]}"] }`,
      jetstream: false,
    });
    try {
      const refused = async () =>
        /Router connection closed: Authentication Failure/.test(nodes[0]!.logs()) && /Route Error 'Authorization Violation'/.test(intruder.logs()) ? true : undefined;
      expect(await waitUntil('the node to refuse the intruder, and the intruder to be told', refused, { timeoutMs: 15_000 })).toBe(true);
      const routez = (await (await fetch(`${nodes[0]!.monitorUrl}/routez`)).json()) as { num_routes: number };
      expect(routez.num_routes).toBe(2);
    } finally {
      await intruder.stop();
    }
  });
});
