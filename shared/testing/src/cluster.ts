import { NatsHarnessError } from './errors.js';
import { LocalNatsServer } from './local.js';
import type { NatsClusterHandle, StartClusterOptions } from './types.js';
import { httpJson, reserveFreePorts, uniqueName, waitUntil } from './util.js';

const ATTEMPTS = 3;

interface JszMeta {
  meta_cluster?: { leader?: string; cluster_size?: number };
}

class LocalCluster implements NatsClusterHandle {
  constructor(
    readonly name: string,
    readonly nodes: readonly LocalNatsServer[],
    private readonly defaultTimeoutMs: number,
  ) {}

  get servers(): string[] {
    return this.nodes.map((n) => n.url);
  }

  /** Every running node reports the same JetStream meta leader (read from /jsz). */
  waitForMetaLeader(timeoutMs = this.defaultTimeoutMs): Promise<string> {
    return waitUntil(
      `JetStream meta leader in cluster ${this.name}`,
      async () => {
        const running = this.nodes.filter((n) => n.running);
        if (running.length === 0) throw new NatsHarnessError(`no node of cluster ${this.name} is running`);
        const leaders = await Promise.all(
          running.map(async (n) => ((await httpJson(`${n.monitorUrl}/jsz`)).body as JszMeta).meta_cluster?.leader),
        );
        const first = leaders[0];
        return first && leaders.every((l) => l === first) ? first : undefined;
      },
      { timeoutMs },
    );
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.stop()));
  }
}

/**
 * A JetStream cluster of local nats-server processes (default 3 nodes): shared cluster
 * name, unique server names, each node with its own store dir, full-mesh routes.
 * Route ports must be known before any node starts (JetStream clustering refuses to
 * start without configured routes), so they are reserved up front; if one was taken in
 * the meantime the whole cluster is retried on fresh ports. Client and monitor ports are
 * picked by each server and kept across restarts. Resolves once a meta leader is elected
 * and every node is healthy.
 *
 * Always local processes (also when Docker is available): cluster chaos tests need to
 * kill and restart single nodes cheaply.
 */
export async function startCluster(size = 3, opts: StartClusterOptions = {}): Promise<NatsClusterHandle> {
  if (!Number.isInteger(size) || size < 1) throw new NatsHarnessError(`cluster size must be a positive integer, got ${size}`);
  const name = opts.name ?? uniqueName('ilr-cluster');
  const timeoutMs = opts.readyTimeoutMs ?? 60_000;
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const routePorts = await reserveFreePorts(size);
    const nodes = routePorts.map(
      (port, i) =>
        new LocalNatsServer({
          serverName: `${name}-n${i + 1}`,
          ...(opts.config !== undefined ? { config: opts.config } : {}),
          jetstream: opts.jetstream ?? true,
          ...(opts.debug !== undefined ? { debug: opts.debug } : {}),
          readyTimeoutMs: timeoutMs,
          cluster: () => ({
            name,
            port,
            routes: routePorts.filter((_, j) => j !== i).map((p) => `nats://127.0.0.1:${p}`),
          }),
        }),
    );
    // Nodes must start together: none is healthy until a quorum has formed.
    const results = await Promise.allSettled(nodes.map((n) => n.start()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (!failed) {
      const cluster = new LocalCluster(name, nodes, timeoutMs);
      try {
        await cluster.waitForMetaLeader();
        return cluster;
      } catch (e) {
        await cluster.stop();
        throw e;
      }
    }
    lastError = failed.reason;
    const clash = nodes.some((n) => n.portClash());
    await Promise.all(nodes.map((n) => n.stop()));
    if (!clash) break;
  }
  throw lastError instanceof Error ? lastError : new NatsHarnessError(`cannot start cluster ${name}`, { cause: lastError });
}
