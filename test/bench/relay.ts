// npm run bench: mixed traffic from several connectors through the whole relay, with the
// policy service and the router as separate processes (their resident memory is sampled),
// against a raw JetStream baseline of the same payload size. Writes bench/results.json.
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide, loadPolicyData } from '@ilr/policy';
import { corpusFiles, loadCorpus } from '@ilr/scenarios';
import { encodeMessage } from '@ilr/wire';
import { jetstream, jetstreamManager, AckPolicy } from '@nats-io/jetstream';
import { MIX, ROOT, cpuSeconds, offeredLoad, percentile as pct, rssMb, startBenchConsortium } from './consortium.js';

const FIXED_RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WINDOW = Number(process.env.BENCH_WINDOW ?? 400);
// Not measured: every process starts cold (V8 optimises a function after it has run many
// times), and a queue built while cold would be counted against the steady state. Half the
// fixed rate, so the warm-up itself never builds a queue.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);

async function main() {
  console.log('ILR relay benchmark: starting nats-server, the services and the connectors...');
  const c = await startBenchConsortium();
  const { nats } = c;

  console.log(`warm-up: ${FIXED_RATE / 2} msgs/s for ${WARMUP_SECONDS} s (not measured)...`);
  await offeredLoad(c, FIXED_RATE / 2, WARMUP_SECONDS);
  // The latency as the load rises to the fixed rate: where the p99 goal stops holding.
  const curve: { msgs_per_s: number; p50_ms: number; p99_ms: number }[] = [];
  let fixed: number[] = [];
  for (const share of [0.25, 0.5, 0.75, 1]) {
    const rate = Math.round(FIXED_RATE * share);
    console.log(`fixed load: ${rate} msgs/s for ${SECONDS} s...`);
    const latencies = await offeredLoad(c, rate, SECONDS);
    curve.push({ msgs_per_s: rate, p50_ms: Number(pct(latencies, 50).toFixed(2)), p99_ms: Number(pct(latencies, 99).toFixed(2)) });
    if (share === 1) fixed = latencies;
  }

  // Saturation: a window of requests in flight, refilled as each completes.
  console.log(`saturation: ${WINDOW} in flight for ${SECONDS} s...`);
  let done = 0;
  const satLatency: number[] = [];
  const pids = c.pids;
  const cpuBefore = Object.fromEntries(Object.entries(pids()).map(([k, pid]) => [k, cpuSeconds(pid)]));
  let satSeconds = 0;
  {
    const until = performance.now() + SECONDS * 1000;
    let i = 0;
    const lane = async () => {
      while (performance.now() < until) {
        satLatency.push(await c.oneRequest(i++));
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
  const rss = Object.fromEntries(Object.entries(pids()).map(([k, pid]) => [k, rssMb(pid)]));

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
  const work = corpusFiles([join(ROOT, 'test', 'corpora', 'seeds')]).flatMap((f) => {
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
    latency_by_rate: curve,
    saturation_p50_ms: Number(pct(satLatency, 50).toFixed(2)),
    saturation_p99_ms: Number(pct(satLatency, 99).toFixed(2)),
    policy_decisions_per_s: policyPerS,
    rss_mb: rss,
    cpu_cores_at_saturation: cpuShare,
    payload_bytes: payload.length,
    seconds: SECONDS,
    warmup_seconds: WARMUP_SECONDS,
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
  for (const point of curve) {
    const goal = point.msgs_per_s === FIXED_RATE ? ' (goal p99 <= 25)' : '';
    row(`latency at ${point.msgs_per_s} msgs/s${goal}`, `p50 ${point.p50_ms} ms, p99 ${point.p99_ms} ms`);
  }
  row('policy decisions (engine alone)', `${policyPerS}/s`);
  row('CPU at saturation (cores)', Object.entries(cpuShare).map(([k, v]) => `${k} ${v}`).join(', '));
  row('resident memory', Object.entries(rss).map(([k, v]) => `${k} ${v} MB`).join(', '));
  console.log('  written: bench/results.json');

  await c.stop();
}

await main();
process.exit(0);
