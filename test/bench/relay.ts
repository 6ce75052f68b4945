// npm run bench: mixed traffic from several connectors through the whole relay, with the
// policy service and the router as separate processes (their resident memory is sampled),
// against a raw JetStream baseline of the same payload size. Writes bench/results.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connector, startReferenceConnector, type ReferenceConnector } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { connectNats, provision } from '@ilr/nats';
import { decide, loadPolicyData } from '@ilr/policy';
import { corpusFiles, loadCorpus } from '@ilr/scenarios';
import { startNats } from '@ilr/testing';
import { encodeMessage, enumToWire, type Kind } from '@ilr/wire';
import { jetstream, jetstreamManager, AckPolicy } from '@nats-io/jetstream';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'deploy', 'sample');
const FIXED_RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WINDOW = Number(process.env.BENCH_WINDOW ?? 400);

const quiet = createLogger('bench', { level: 'silent' });
const rssMb = (pid: number | undefined): number => {
  if (!pid) return 0;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : 0;
};
/** CPU seconds (user + system) a process has used so far. */
const cpuSeconds = (pid: number | undefined): number => {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function startService(name: string, main: string, url: string): Promise<ChildProcess> {
  const prof = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...prof, join(ROOT, main)], { env: { ...process.env, NATS_URL: url, ILR_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => code && reject(new Error(`${name} exited with ${code}`)));
  });
}

// The traffic mix: what libraries send each other on an ordinary day.
type Job = { from: string; kind: Kind; to: string; body: object };
const want = (...w: string[]) => w.map((x) => enumToWire('Want', x as never));
const MIX: Job[] = [
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

async function main() {
  console.log('ILR relay benchmark: starting nats-server, the services and the connectors...');
  const server = await startNats({ backend: 'local' });
  const nats = await connectNats({ servers: server.url, name: 'bench' });
  const entries = await loadDirectoryFile(join(SAMPLE, 'directory.yaml'));
  await provision(nats, { replicas: 1, libraries: entries.map((e) => e.id) });
  const directory = await Directory.open(nats);
  for (const e of entries) await directory.put(e);
  const policy = await startService('policy', 'services/policy/dist/main.js', server.url);
  const router = await startService('router', 'services/router/dist/main.js', server.url);
  const homes: ReferenceConnector[] = [];
  for (const e of entries) homes.push(await startReferenceConnector({ library: e.id, servers: server.url, ilsFile: join(SAMPLE, 'ils', `${e.id}.json`), logger: quiet }));
  // The reference connectors keep what they receive; the benchmark only needs the acks.
  for (const h of homes) h.received.push = () => 0;
  const senders = new Map(homes.map((h) => [h.connector.library, h.connector] as const));

  const oneRequest = async (i: number): Promise<number> => {
    const job = MIX[i % MIX.length]!;
    const t = performance.now();
    await senders.get(job.from)!.request(job.kind, job.to, job.body as never, { timeoutMs: 60_000 });
    return performance.now() - t;
  };
  // Warm up every path once.
  for (let i = 0; i < MIX.length * 4; i++) await oneRequest(i);

  // Fixed offered load: FIXED_RATE messages per second, paced in 10 ms ticks.
  console.log(`fixed load: ${FIXED_RATE} msgs/s for ${SECONDS} s...`);
  const fixed: number[] = [];
  {
    const total = FIXED_RATE * SECONDS;
    const perTick = FIXED_RATE / 100;
    const pending: Promise<void>[] = [];
    const start = performance.now();
    for (let sent = 0, tick = 0; sent < total; tick++) {
      const due = Math.min(total, Math.round((tick + 1) * perTick));
      for (; sent < due; sent++) pending.push(oneRequest(sent).then((ms) => void fixed.push(ms)));
      const wait = start + (tick + 1) * 10 - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    await Promise.all(pending);
  }
  fixed.sort((a, b) => a - b);

  // Saturation: a window of requests in flight, refilled as each completes.
  console.log(`saturation: ${WINDOW} in flight for ${SECONDS} s...`);
  let done = 0;
  const satLatency: number[] = [];
  const pids = () => ({ router: router.pid, policy: policy.pid, nats_server: server.pid, connectors_and_bench: process.pid });
  const cpuBefore = Object.fromEntries(Object.entries(pids()).map(([k, pid]) => [k, cpuSeconds(pid)]));
  let satSeconds = 0;
  {
    const until = performance.now() + SECONDS * 1000;
    let i = 0;
    const lane = async () => {
      while (performance.now() < until) {
        satLatency.push(await oneRequest(i++));
        done++;
      }
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: WINDOW }, lane));
    satSeconds = (performance.now() - start) / 1000;
  }
  const e2e = done / satSeconds;
  // Share of one core each process used while saturated: where the two cores went.
  const cpuShare = Object.fromEntries(Object.entries(pids()).map(([k, pid]) => [k, Number(((cpuSeconds(pid) - cpuBefore[k]!) / satSeconds).toFixed(2))]));
  satLatency.sort((a, b) => a - b);
  const rss = { router: rssMb(router.pid), policy: rssMb(policy.pid), nats_server: rssMb(server.pid), connectors_and_bench: rssMb(process.pid) };

  // Baseline: one JetStream hop (publish, then a pull consumer acks) of the same payload size.
  console.log('baseline: raw JetStream publish and consume...');
  const payload = encodeMessage(
    { messageId: randomUUID(), sender: 'wi-madison', recipient: 'mt-bozeman', createdAt: Date.now(), kind: 'PATRON_INQUIRY' },
    MIX[1]!.body as never,
  );
  const js = jetstream(nats.nc);
  const jsm = await jetstreamManager(nats.nc);
  await jsm.streams.add({ name: 'BENCH_BASELINE', subjects: ['bench.baseline'] });
  await jsm.consumers.add('BENCH_BASELINE', { durable_name: 'b', ack_policy: AckPolicy.Explicit });
  const consumer = await js.consumers.get('BENCH_BASELINE', 'b');
  let consumed = 0;
  const baseStart = performance.now();
  const baseUntil = baseStart + SECONDS * 1000;
  const messages = await consumer.consume({ max_messages: 1000 });
  const reader = (async () => {
    for await (const m of messages) {
      m.ack();
      consumed++;
    }
  })();
  const publisher = async () => {
    while (performance.now() < baseUntil) await js.publish('bench.baseline', payload);
  };
  await Promise.all(Array.from({ length: WINDOW }, publisher));
  const baselineSeconds = (performance.now() - baseStart) / 1000;
  await messages.close();
  await reader;
  const baseline = consumed / baselineSeconds;

  // The policy engine alone, over the acceptance corpus.
  const data = loadPolicyData();
  const work = corpusFiles([join(ROOT, '..', 'shared', 'scenarios')]).flatMap((f) => {
    const c = loadCorpus(f, data);
    return c.scenarios.map((s) => () => decide(c.book, s.request, s.patron));
  });
  let decisions = 0;
  const dStart = performance.now();
  while (performance.now() - dStart < 1000) for (const w of work) (w(), decisions++);
  const policyPerS = Math.round(decisions / ((performance.now() - dStart) / 1000));

  const results = {
    e2e_msgs_per_s: Math.round(e2e),
    baseline_msgs_per_s: Math.round(baseline),
    ratio: Number((e2e / baseline).toFixed(3)),
    p50_ms: Number(pct(fixed, 50).toFixed(2)),
    p99_ms: Number(pct(fixed, 99).toFixed(2)),
    fixed_rate_msgs_per_s: FIXED_RATE,
    saturation_p50_ms: Number(pct(satLatency, 50).toFixed(2)),
    saturation_p99_ms: Number(pct(satLatency, 99).toFixed(2)),
    policy_decisions_per_s: policyPerS,
    rss_mb: rss,
    cpu_cores_at_saturation: cpuShare,
    payload_bytes: payload.length,
    seconds: SECONDS,
    window: WINDOW,
    mix: MIX.map((m) => m.kind),
    goals: { ratio: 0.5, p99_ms_at_1000: 25 },
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const row = (k: string, v: string) => console.log(`  ${k.padEnd(34)} ${v}`);
  console.log('\nILR relay benchmark (2 cores; nats-server, router, policy service and connectors share them)');
  row('end to end, saturated', `${results.e2e_msgs_per_s} msgs/s (p50 ${results.saturation_p50_ms} ms, p99 ${results.saturation_p99_ms} ms)`);
  row('raw JetStream, one hop', `${results.baseline_msgs_per_s} msgs/s`);
  row('ratio (goal >= 0.5)', `${results.ratio}`);
  row(`latency at ${FIXED_RATE} msgs/s (goal p99 <= 25)`, `p50 ${results.p50_ms} ms, p99 ${results.p99_ms} ms`);
  row('policy decisions (engine alone)', `${policyPerS}/s`);
  row('CPU at saturation (cores)', Object.entries(cpuShare).map(([k, v]) => `${k} ${v}`).join(', '));
  row('resident memory', Object.entries(rss).map(([k, v]) => `${k} ${v} MB`).join(', '));
  console.log('  written: bench/results.json');

  for (const h of homes) await h.close();
  router.kill('SIGTERM');
  policy.kill('SIGTERM');
  await nats.close();
  await server.stop();
}

await main();
process.exit(0);
