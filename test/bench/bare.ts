// The bare-relay baseline: the least any relay with a remote decision must do, in plain
// nats.js (bare-relay-worker.mjs: a forwarder and a responder as processes of their own), on
// the same server, with the same payload and libraries as the ILR run. The senders and
// recipients live in the benchmark process, as the ILR connectors do.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { connect, headers, type NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { cpuMeter, offeredLoad, percentile } from './consortium.js';

interface BareRun {
  msgs_per_s: number;
  /** CPU ms per relayed message, all processes together (forwarder, responder, nats-server, senders and recipients). */
  cpu_ms_per_msg: number;
  cpu_cores: Record<string, number>;
}

/** The median measured run, every run's throughput, and the latency at half of the median's. */
export interface BareRelayResult extends BareRun {
  runs: number[];
  /** As the ILR relay's latency_by_rate point at half of its saturation (the floor's own). */
  half_of_saturation: { msgs_per_s: number; p50_ms: number; p99_ms: number; p999_ms: number; cpu_cores: number };
}

function startWorker(role: 'forwarder' | 'responder', servers: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'bare-relay-worker.mjs'), role, servers], { stdio: ['ignore', 'pipe', 'inherit'] });
  process.once('exit', () => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bare relay ${role} exited with ${code}`)));
  });
}

/** Saturates the bare relay with `window` requests in flight for `seconds`; `jobs` are (sender, recipient) pairs, taken in turn. */
export async function runBareRelay(opts: {
  servers: string;
  serverPid: number | undefined;
  libraries: readonly string[];
  jobs: readonly { from: string; to: string }[];
  payload: Uint8Array;
  seconds: number;
  window: number;
  /** Saturated, not measured, before the measured runs (as the ILR relay's warm-up). */
  warmupSeconds: number;
  /** Measured saturations; the result is the median run by throughput (`runs` lists all). */
  repeats: number;
}): Promise<BareRelayResult> {
  const nc: NatsConnection = await connect({ servers: opts.servers.split(','), name: 'bare-bench' });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({ name: 'BARE_INGRESS', subjects: ['bare.in.>'] });
  await jsm.streams.add({ name: 'BARE_DELIVERY', subjects: ['bare.out.>'] });
  await jsm.consumers.add('BARE_INGRESS', { durable_name: 'forwarder', ack_policy: AckPolicy.Explicit, max_ack_pending: 10_000 });
  for (const lib of opts.libraries) {
    await jsm.consumers.add('BARE_DELIVERY', { durable_name: `deliver-${lib}`, filter_subject: `bare.out.${lib}.>`, ack_policy: AckPolicy.Explicit, max_ack_pending: 10_000 });
  }
  const responder = await startWorker('responder', opts.servers);
  const forwarder = await startWorker('forwarder', opts.servers);
  const js = jetstream(nc);

  // Every library pulls and acks its own deliveries and replies; a reply settles its request.
  const waiting = new Map<string, () => void>();
  const pulls = await Promise.all(opts.libraries.map(async (lib) => (await js.consumers.get('BARE_DELIVERY', `deliver-${lib}`)).consume({ max_messages: 1000 })));
  const readers = pulls.map(async (messages) => {
    for await (const m of messages) {
      m.ack();
      if (m.subject.endsWith('.reply')) {
        const id = m.headers?.get('id') ?? '';
        waiting.get(id)?.();
        waiting.delete(id);
      }
    }
  });
  let seq = 0;
  const oneRequest = async (i: number): Promise<void> => {
    const job = opts.jobs[i % opts.jobs.length]!;
    const id = String(seq++);
    const h = headers();
    h.set('id', id);
    const replied = new Promise<void>((resolve) => waiting.set(id, resolve));
    await js.publish(`bare.in.${job.from}.${job.to}`, opts.payload, { headers: h });
    await replied;
  };
  for (let i = 0; i < 200; i++) await oneRequest(i); // warm every process up

  const pids: Record<string, number | undefined> = { forwarder: forwarder.pid, responder: responder.pid, nats_server: opts.serverPid, senders_and_bench: process.pid };
  let i = 0;
  const saturated = async (seconds: number): Promise<BareRun> => {
    const cpu = cpuMeter(pids);
    let done = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: opts.window }, async () => {
        while (performance.now() < until) {
          await oneRequest(i++);
          done++;
        }
      }),
    );
    const { used, total, elapsed } = cpu();
    return {
      msgs_per_s: Math.round(done / elapsed),
      cpu_ms_per_msg: Number(((total * 1000) / done).toFixed(3)),
      cpu_cores: Object.fromEntries(Object.entries(used).map(([k, v]) => [k, Number((v / elapsed).toFixed(2))])),
    };
  };
  if (opts.warmupSeconds > 0) await saturated(opts.warmupSeconds);
  const runs: BareRun[] = [];
  for (let r = 0; r < Math.max(1, opts.repeats); r++) runs.push(await saturated(opts.seconds));
  const median = medianRun(runs);
  const half = Math.max(1, Math.round(median.msgs_per_s / 2));
  const cpu = cpuMeter(pids);
  const latencies = await offeredLoad({ oneRequest }, half, opts.seconds);
  const { cores } = cpu();
  const at = (p: number) => Number(percentile(latencies, p).toFixed(2));

  for (const p of pulls) await p.close();
  await Promise.all(readers);
  forwarder.kill('SIGTERM');
  responder.kill('SIGTERM');
  await jsm.streams.delete('BARE_INGRESS');
  await jsm.streams.delete('BARE_DELIVERY');
  await nc.close();
  return {
    ...median,
    runs: runs.map((r) => r.msgs_per_s),
    half_of_saturation: { msgs_per_s: half, p50_ms: at(50), p99_ms: at(99), p999_ms: at(99.9), cpu_cores: Number(cores.toFixed(2)) },
  };
}

/** The run of median throughput (the lower middle one of an even count). */
export function medianRun<R extends { msgs_per_s: number }>(runs: readonly R[]): R {
  return [...runs].sort((a, b) => a.msgs_per_s - b.msgs_per_s)[Math.floor((runs.length - 1) / 2)]!;
}
