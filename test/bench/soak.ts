// npm run bench:soak: steady load for minutes (BENCH_SOAK_MINUTES, default 25) at
// BENCH_SOAK_RATE msgs/s (default 300), sampling the resident memory of each process every
// BENCH_SOAK_SAMPLE_S seconds (default 5). The report is each process's memory slope after
// the warm-up and whether the growth it implies stays within the noise of the samples.
// Writes bench/soak.json.
//
// The warm-up lasts until every time-bounded state is full: the streams' duplicate windows
// keep each Nats-Msg-Id 2 minutes (10 on ingress: the router's claim), so nats-server's
// memory rises for that long at any steady rate, then stays level.
//
// What is judged: the live heap after a full GC, every sample. The router and the policy
// service report theirs (test/bench/heap-probe.cjs); nats-server's is read from its profiling
// port (started with --profile; /debug/pprof/heap?gc=1 collects, then reports HeapAlloc). A
// process's resident memory also holds heap the runtime reserved and keeps (V8 grows in steps
// of 8 MB; Go returns freed heap to the OS over minutes, so nats-server's resident memory
// rose about twice as fast as its live heap in session 8's soaks); the live heap is what a
// leak makes grow. Both are reported.
import { STREAMS } from '@ilr/nats';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reserveFreePorts } from '@ilr/testing';
import { ROOT, liveHeapMb, natsLiveHeapMb, offeredLoad, percentile, rssMb, startBenchConsortium } from './consortium.js';

const MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 25);
const SETTLED_MIN = Math.max(...Object.values(STREAMS).map((s) => s.duplicateWindowMs)) / 60_000 + 1;
const WARMUP_MIN = Math.max(MINUTES / 5, SETTLED_MIN);
const RATE = Number(process.env.BENCH_SOAK_RATE ?? 300);
const SAMPLE_S = Number(process.env.BENCH_SOAK_SAMPLE_S ?? 5);

/** Least-squares line through (t minutes, mb) and the spread of the samples around it. */
function fit(points: Array<{ t: number; mb: number }>): { slopeMbPerMin: number; noiseMb: number } {
  const n = points.length;
  if (n < 3) return { slopeMbPerMin: 0, noiseMb: 0 };
  const mt = points.reduce((a, p) => a + p.t, 0) / n;
  const mm = points.reduce((a, p) => a + p.mb, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.t - mt) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((a, p) => a + (p.t - mt) * (p.mb - mm), 0) / sxx;
  const residuals = points.map((p) => p.mb - (mm + slope * (p.t - mt)));
  const noise = Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / (n - 2));
  return { slopeMbPerMin: slope, noiseMb: noise };
}

async function main() {
  if (!(MINUTES >= WARMUP_MIN + 5)) {
    console.error(`ILR soak: BENCH_SOAK_MINUTES=${MINUTES} is too short: memory settles after ${WARMUP_MIN} min (the duplicate windows fill up), and the slope needs 5 more`);
    process.exit(2);
  }
  console.log(`ILR soak: ${RATE} msgs/s for ${MINUTES} min (the first ${WARMUP_MIN} min are warm-up), memory sampled every ${SAMPLE_S} s`);
  const heapProbeDir = mkdtempSync(join(tmpdir(), 'ilr-soak-heap-'));
  const [natsProfilePort] = await reserveFreePorts(1);
  const c = await startBenchConsortium({ heapProbeDir, natsProfilePort });
  const pids = c.pids();
  // Asked in the background (an HTTP round trip and a GC); each sample takes the latest answer.
  let natsLive: number | undefined;
  const askNats = async () => void (natsLive = (await natsLiveHeapMb(natsProfilePort!)) ?? natsLive);
  await askNats();
  const natsPoller = setInterval(() => void askNats(), SAMPLE_S * 1000);
  const samples: Array<{ t: number; rss: Record<string, number>; live_heap: Record<string, number | undefined> }> = [];
  const start = performance.now();
  const sample = () =>
    samples.push({
      t: (performance.now() - start) / 60_000,
      rss: Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, rssMb(pid)])),
      live_heap: { router: liveHeapMb(heapProbeDir, pids.router), policy: liveHeapMb(heapProbeDir, pids.policy), nats_server: natsLive },
    });
  sample();
  const sampler = setInterval(() => {
    sample();
    const last = samples.at(-1)!;
    console.log(`  ${last.t.toFixed(1).padStart(5)} min  ${Object.entries(last.rss).map(([k, v]) => `${k} ${v} MB`).join(', ')}; live heap ${Object.entries(last.live_heap).map(([k, v]) => `${k} ${v ?? '-'} MB`).join(', ')}`);
  }, SAMPLE_S * 1000);
  const latencies = await offeredLoad(c, RATE, MINUTES * 60);
  clearInterval(sampler);
  clearInterval(natsPoller);
  sample();
  await c.stop();
  rmSync(heapProbeDir, { recursive: true, force: true });

  const warm = samples.filter((s) => s.t >= WARMUP_MIN);
  const trend = (points: Array<{ t: number; mb: number | undefined }>) => {
    const known = points.filter((p): p is { t: number; mb: number } => p.mb !== undefined);
    const { slopeMbPerMin, noiseMb } = fit(known);
    const span = (known.at(-1)?.t ?? 0) - (known[0]?.t ?? 0);
    const growthMb = slopeMbPerMin * span;
    // Growth within three standard deviations of the samples (or under 2 MB) is noise.
    const flat = known.length >= 3 && growthMb <= Math.max(2, 3 * noiseMb);
    return { slope_mb_per_min: Number(slopeMbPerMin.toFixed(3)), growth_mb: Number(growthMb.toFixed(1)), noise_mb: Number(noiseMb.toFixed(2)), first_mb: known[0]?.mb, last_mb: known.at(-1)?.mb, flat };
  };
  const processes = Object.fromEntries(
    Object.keys(pids).map((k) => {
      const rss = trend(warm.map((s) => ({ t: s.t, mb: s.rss[k] })));
      const live = warm.some((s) => s.live_heap[k] !== undefined) ? trend(warm.map((s) => ({ t: s.t, mb: s.live_heap[k] }))) : undefined;
      return [k, { ...rss, ...(live ? { live_heap: live } : {}), judged_by: live ? 'live heap' : 'rss', flat: live ? live.flat : rss.flat }];
    }),
  );
  const report = {
    minutes: MINUTES,
    rate_msgs_per_s: RATE,
    messages: latencies.length,
    p50_ms: Number(percentile(latencies, 50).toFixed(2)),
    p99_ms: Number(percentile(latencies, 99).toFixed(2)),
    warmup_minutes: WARMUP_MIN,
    processes,
    // The services; the benchmark process itself keeps every latency it measured.
    no_growth_beyond_noise: ['router', 'policy', 'nats_server'].every((k) => processes[k]?.flat),
    samples,
  };
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'soak.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nILR soak: ${report.messages} messages at ${RATE} msgs/s, p50 ${report.p50_ms} ms, p99 ${report.p99_ms} ms`);
  for (const [k, p] of Object.entries(processes)) {
    const live = 'live_heap' in p && p.live_heap ? `; live heap ${p.live_heap.first_mb} -> ${p.live_heap.last_mb} MB, slope ${p.live_heap.slope_mb_per_min} MB/min, noise ${p.live_heap.noise_mb} MB` : '';
    console.log(`  ${k.padEnd(22)} rss ${String(p.first_mb).padStart(7)} -> ${String(p.last_mb).padStart(7)} MB, slope ${p.slope_mb_per_min} MB/min, noise ${p.noise_mb} MB${live}   judged by ${p.judged_by}: ${p.flat ? 'flat' : 'GROWING'}`);
  }
  console.log(`  ${report.no_growth_beyond_noise ? 'no memory growth beyond noise' : 'memory grows beyond noise'}; written: bench/soak.json`);
  process.exitCode = report.no_growth_beyond_noise ? 0 : 1;
}

await main();
process.exit(process.exitCode ?? 0);
