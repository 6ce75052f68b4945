// The consortium a benchmark drives: a nats-server, the policy service and the router as
// separate processes (so their memory and CPU can be read from /proc), and a reference
// connector for every sample library, sending an ordinary day's mix of messages.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connector, startReferenceConnector, type ReferenceConnector } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { POLICY_SERVICE, ROUTER_CONSUMER, connectNats, provision, type IlrNats } from '@ilr/nats';
import { startCluster, startNats } from '@ilr/testing';
import { enumFromWire, enumToWire, type Kind } from '@ilr/wire';

export const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'deploy', 'sample');

/** Resident memory of a process in MB (0 when it is gone). */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Starts measuring the CPU of `pids` (user + system): the returned function gives, so far,
 * each process's CPU seconds (`used`), their sum (`total`), the wall-clock seconds and the
 * cores all of them kept busy together.
 */
export function cpuMeter(pids: Record<string, number | undefined>): () => { used: Record<string, number>; total: number; elapsed: number; cores: number } {
  const before = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid)]));
  const start = performance.now();
  return () => {
    const elapsed = (performance.now() - start) / 1000;
    const used = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, cpuSeconds(pid) - before[k]!]));
    const total = Object.values(used).reduce((a, b) => a + b, 0);
    return { used, total, elapsed, cores: total / elapsed };
  };
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

// Child services die with the benchmark, however it ends.
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

/**
 * nats-server's live heap (MB): Go's HeapAlloc right after a GC, which its profiling port
 * (`--profile`, startBenchConsortium's natsProfilePort) runs when asked for /debug/pprof/heap?gc=1.
 * Go keeps freed heap from the OS for minutes, so its resident memory can rise without a leak.
 */
export async function natsLiveHeapMb(port: number): Promise<number | undefined> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/debug/pprof/heap?debug=1&gc=1`)).text();
    const bytes = /^# HeapAlloc = (\d+)$/m.exec(text)?.[1];
    return bytes ? Math.round(Number(bytes) / 104857.6) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Live heap (MB, after a full GC) of a service started with the heap probe; undefined until it reports. */
export function liveHeapMb(dir: string, pid: number | undefined): number | undefined {
  try {
    return Math.round(Number(readFileSync(join(dir, String(pid)), 'utf8')) / 104857.6) / 10;
  } catch {
    return undefined;
  }
}

/**
 * The node flags a service runs with in production: those of its ExecStart line in
 * deploy/systemd/ilr-<name>@.service (compose's are checked against them), so the bench
 * measures the memory and CPU an installation sees.
 */
export function productionNodeFlags(name: string): string[] {
  const unit = readFileSync(join(ROOT, 'deploy', 'systemd', `ilr-${name}@.service`), 'utf8');
  const flags = /^ExecStart=\/usr\/bin\/node ((?:--\S+ )*)\/opt\/ilr\//m.exec(unit)?.[1];
  if (flags === undefined) throw new Error(`deploy/systemd/ilr-${name}@.service: no ExecStart=/usr/bin/node ... /opt/ilr/... line`);
  return flags.split(' ').filter(Boolean);
}

function startService(name: string, main: string, url: string, heapProbeDir?: string): Promise<ChildProcess> {
  const flags = [...productionNodeFlags(name), ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [])];
  const probe = heapProbeDir ? ['--expose-gc', '--require', join(import.meta.dirname, 'heap-probe.cjs')] : [];
  const env = { ...process.env, NATS_URL: url, ILR_LOG_LEVEL: 'warn', ...(heapProbeDir ? { ILR_HEAP_PROBE_DIR: heapProbeDir } : {}) };
  const child = spawn(process.execPath, [...flags, ...probe, join(ROOT, main)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`${name} exited with ${code}`)));
  });
}

// The traffic mix: what libraries send each other on an ordinary day.
type Job = { from: string; kind: Kind; to: string; body: object };
const want = (...w: string[]) => w.map((x) => enumToWire('Want', x as never));
export const MIX: readonly Job[] = [
  { from: 'mt-bozeman', kind: 'ITEM_FOUND', to: 'wi-madison', body: { itemId: '39078091234567', owningLibrary: 'wi-madison' } },
  {
    from: 'wi-madison', kind: 'PATRON_INQUIRY', to: 'mt-bozeman',
    body: { lookup: { name: 'Olsen' }, requester: { library: 'wi-madison' }, purpose: enumToWire('Purpose', 'MATERIAL_RECOVERY'), basis: enumToWire('LegalBasis', 'MATERIAL_RECOVERY'), wants: want('CONTACT') },
  },
  { from: 'ma-plymouth', kind: 'LOAN_REQUEST', to: 'ma-duxbury', body: { header: { requestingAgencyRequestId: 'ply-1' }, bibliographicInfo: { title: 'Moby-Dick' }, patron: { token: 'tok-ply-9a2c1e77', homeLibrary: 'ma-plymouth' } } },
  { from: 'or-multnomah', kind: 'HOLD_PICKUP', to: 'or-hillsboro', body: { patron: { token: 'tok-mul-3e7d0b58', homeLibrary: 'or-multnomah' }, itemId: '31234000111222', pickupLibrary: 'or-hillsboro' } },
  {
    from: 'ma-plymouth', kind: 'PATRON_INQUIRY', to: 'ma-duxbury',
    body: { lookup: { name: 'Nguyen' }, requester: { library: 'ma-plymouth' }, purpose: enumToWire('Purpose', 'RESOURCE_SHARING'), basis: enumToWire('LegalBasis', 'INTERLIBRARY_COOPERATION'), wants: want('IDENTITY') },
  },
];

export interface BenchConsortium {
  /** Client URLs of the server (or of every cluster node), comma-separated. */
  servers: string;
  /** The (first) nats-server's process. */
  serverPid: number | undefined;
  nats: IlrNats;
  /**
   * The processes whose CPU and memory a benchmark reports: `router`, `policy` (with
   * `--instances N`, also `router_2`... and `policy_2`...), `nats_server` (on a cluster
   * `nats_server_2`, `nats_server_3`), `connectors_and_bench`.
   */
  pids(): Record<string, number | undefined>;
  /** Messages whose reply never came or whose RELAY/REFER reached no recipient, and deliveries seen more than once (see `settle`). */
  lost(): number;
  duplicated(): number;
  /** Sends the ingress stream did not confirm in time (an overloaded machine): the sender knows, nothing was accepted. */
  notAccepted(): number;
  /** Waits (up to `ms`) until every relayed message sent so far has reached its recipient. */
  settle(ms?: number): Promise<void>;
  /** Sends the i-th message of the mix and resolves with its latency in ms (reply received). */
  oneRequest(i: number): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Resolves when the policy service answers discovery and the router has a pull waiting on
 * its consumer. Without it the first message meets a service still starting, is retried
 * after the consumer's 30 s backoff, and the benchmark waits for it.
 */
async function untilServing(nats: IlrNats, timeoutMs = 30_000): Promise<void> {
  const jsm = await nats.jetstreamManager();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const policy = await nats.requester().request(`$SRV.PING.${POLICY_SERVICE.name}`, '', { timeoutMs: 250 }).then(() => true, () => false);
    const router = (await jsm.consumers.info(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable)).num_waiting > 0;
    if (policy && router) return;
    if (Date.now() > deadline) throw new Error(`the ${policy ? 'router' : 'policy service'} did not start serving within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * `heapProbeDir`: the router and the policy service report their live heap there (see
 * heap-probe.cjs). `cluster`: a 3-node JetStream cluster (streams R3) instead of one server;
 * `instances`: how many routers and policy services (sharing the consumer `router` and the
 * queue group `ilr-policy`).
 */
export async function startBenchConsortium(opts: { heapProbeDir?: string; cluster?: boolean; instances?: number; natsProfilePort?: number } = {}): Promise<BenchConsortium> {
  const quiet = createLogger('bench', { level: 'silent' });
  const cluster = opts.cluster ? await startCluster(3) : undefined;
  const single = cluster ? undefined : await startNats({ backend: 'local', ...(opts.natsProfilePort ? { args: ['--profile', String(opts.natsProfilePort)] } : {}) });
  const nodes = cluster ? cluster.nodes : [single!];
  const servers = nodes.map((n) => n.url).join(',');
  const nats = await connectNats({ servers: servers.split(','), name: 'bench' });
  const entries = await loadDirectoryFile(join(SAMPLE, 'directory.yaml'));
  await provision(nats, { replicas: cluster ? 3 : 1, libraries: entries.map((e) => e.id) });
  const directory = await Directory.open(nats);
  for (const e of entries) await directory.put(e);
  const services: [string, ChildProcess][] = [];
  for (let n = 1; n <= (opts.instances ?? 1); n++) {
    const suffix = n === 1 ? '' : `_${n}`;
    services.push([`policy${suffix}`, await startService('policy', 'services/policy/dist/main.js', servers, opts.heapProbeDir)]);
    services.push([`router${suffix}`, await startService('router', 'services/router/dist/main.js', servers, opts.heapProbeDir)]);
  }
  await untilServing(nats);
  const homes: ReferenceConnector[] = [];
  for (const e of entries) homes.push(await startReferenceConnector({ library: e.id, servers, ilsFile: join(SAMPLE, 'ils', `${e.id}.json`), logger: quiet }));
  // The reference connectors keep what they receive; a benchmark only needs the acks, and
  // counts each delivery by sender and message id (nothing lost, nothing twice).
  const delivered = new Map<string, number>();
  let duplicated = 0;
  for (const h of homes) {
    h.received.push = (d) => {
      const key = `${d.envelope.sender}.${d.envelope.messageId}`;
      const seen = (delivered.get(key) ?? 0) + 1;
      delivered.set(key, seen);
      if (seen > 1) duplicated++;
      else expected.delete(key);
      return 0;
    };
  }
  const senders = new Map<string, Connector>(homes.map((h) => [h.connector.library, h.connector] as const));

  // Relayed or referred messages not yet seen by a recipient; replies that never came.
  const expected = new Set<string>();
  let unanswered = 0;
  let notAccepted = 0;
  const oneRequest = async (i: number): Promise<number> => {
    const job = MIX[i % MIX.length]!;
    const t = performance.now();
    const connector = senders.get(job.from)!;
    const messageId = randomUUID();
    const reply = await connector.request(job.kind, job.to, job.body as never, { timeoutMs: 60_000, messageId }).catch((e: unknown) => {
      // Not stored in the ingress stream (the publish timed out): never accepted, so not lost.
      if ((e as { code?: string }).code === 'PUBLISH_FAILED') notAccepted++;
      else unanswered++;
      throw e;
    });
    const outcome = enumFromWire('Outcome', reply.outcome);
    if (outcome === 'RELAY' || outcome === 'REFER') {
      const key = `${job.from}.${messageId}`;
      if (!delivered.has(key)) expected.add(key);
    }
    return performance.now() - t;
  };
  // Warm up every path once.
  for (let i = 0; i < MIX.length * 4; i++) await oneRequest(i);

  return {
    servers,
    serverPid: nodes[0]!.pid,
    nats,
    pids: () => ({
      ...Object.fromEntries(services.map(([k, p]) => [k, p.pid])),
      ...Object.fromEntries(nodes.map((node, i) => [i === 0 ? 'nats_server' : `nats_server_${i + 1}`, node.pid])),
      connectors_and_bench: process.pid,
    }),
    oneRequest,
    lost: () => unanswered + expected.size,
    duplicated: () => duplicated,
    notAccepted: () => notAccepted,
    settle: async (ms = 10_000) => {
      const deadline = Date.now() + ms;
      while (expected.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    },
    stop: async () => {
      for (const h of homes) await h.close();
      for (const [, p] of services) p.kill('SIGTERM');
      await nats.close();
      if (cluster) await cluster.stop();
      else await single!.stop();
    },
  };
}

/**
 * Sends `rate` messages per second for `seconds`, evenly spaced (message n is due at
 * n / rate s), and resolves with every latency, sorted. A latency counts from when the
 * message was due, not from when it went out, so a sender that falls behind (a busy event
 * loop, a stall) shows in the figures instead of hiding them (coordinated omission).
 */
export async function offeredLoad(c: { oneRequest(i: number): Promise<unknown> }, rate: number, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const total = Math.round(rate * seconds);
  // A count, not a list of promises: a soak sends hundreds of thousands.
  let inFlight = 0;
  let drained: (() => void) | undefined;
  let failure: unknown;
  const start = performance.now();
  const dueAt = (n: number) => start + (n * 1000) / rate;
  for (let sent = 0; sent < total; ) {
    // Everything due by now goes out at once; then sleep until the next one is due.
    for (const now = performance.now(); sent < total && dueAt(sent) <= now; sent++) {
      const due = dueAt(sent);
      inFlight++;
      void c
        .oneRequest(sent)
        .then(() => void latencies.push(performance.now() - due), (e: unknown) => void (failure ??= e))
        .finally(() => --inFlight === 0 && drained?.());
    }
    const wait = dueAt(sent) - performance.now();
    if (sent < total && wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  if (inFlight > 0) await new Promise<void>((r) => (drained = r));
  if (failure) throw failure;
  return latencies.sort((a, b) => a - b);
}
