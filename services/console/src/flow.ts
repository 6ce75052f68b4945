// The flow view's data: @ilr/ops flowSample() taken in-process every `intervalMs` and
// turned into rates (per second, over each interval) and latency percentiles, kept in a
// bounded ring (the last `hours`). Long-term charts are Prometheus's job; this is the
// live picture since the console started. Gagged decisions are never in a sample.
import type { FlowSample } from '@ilr/ops';

export interface FlowPoint {
  /** End of the interval, ms since the epoch. */
  t: number;
  seconds: number;
  ingressPerS: number;
  deliveryPerS: number;
  /** Decisions per second by outcome (RELAY, REFER, REFUSE, REVIEW...), reviewers' outcomes included. */
  outcomes: Record<string, number>;
  /** Dead letters per second by code. */
  deadLetters: Record<string, number>;
  /** Ingress-to-delivery latency of the interval's deliveries, null when none. */
  p50Ms: number | null;
  p99Ms: number | null;
  deliveries: number;
  /** The sample's bound was reached: the rates of this interval are low. */
  truncated: boolean;
}

export interface FlowSeries {
  intervalMs: number;
  points: FlowPoint[];
  outcomes: string[];
  codes: string[];
}

export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function rates(now: Record<string, number>, before: Record<string, number>, seconds: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(now)) {
    const d = v - (before[k] ?? 0);
    if (d > 0) out[k] = d / seconds;
  }
  return out;
}

export class FlowRing {
  private readonly points: FlowPoint[] = [];
  private last: FlowSample | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  readonly capacity: number;
  /** The last sampling error, for the page (null once a sample succeeds). */
  error: string | null = null;

  constructor(
    private readonly sample: () => Promise<FlowSample>,
    readonly intervalMs = 10_000,
    hours = 6,
  ) {
    this.capacity = Math.max(2, Math.ceil((hours * 3_600_000) / intervalMs));
  }

  start(): void {
    if (this.timer) return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Takes one sample now (the timer does this; tests call it). */
  tick(): Promise<void> {
    this.running ??= this.take().finally(() => (this.running = undefined));
    return this.running;
  }

  series(): FlowSeries {
    const outcomes = new Set<string>();
    const codes = new Set<string>();
    for (const p of this.points) {
      for (const k of Object.keys(p.outcomes)) outcomes.add(k);
      for (const k of Object.keys(p.deadLetters)) codes.add(k);
    }
    return { intervalMs: this.intervalMs, points: [...this.points], outcomes: [...outcomes].sort(), codes: [...codes].sort() };
  }

  private async take(): Promise<void> {
    let s: FlowSample;
    try {
      s = await this.sample();
    } catch (e) {
      this.error = (e as Error).message;
      return;
    }
    this.error = null;
    const prev = this.last;
    this.last = s;
    if (!prev) return; // the first sample is the baseline
    const t = Date.parse(s.at);
    const seconds = Math.max(0.001, (t - Date.parse(prev.at)) / 1000);
    const decided = { ...s.decisions };
    for (const [k, v] of Object.entries(s.reviewed)) decided[k] = (decided[k] ?? 0) + v;
    const decidedBefore = { ...prev.decisions };
    for (const [k, v] of Object.entries(prev.reviewed)) decidedBefore[k] = (decidedBefore[k] ?? 0) + v;
    const lat = [...s.latencyMs].sort((a, b) => a - b);
    this.points.push({
      t,
      seconds,
      ingressPerS: Math.max(0, s.ingressTotal - prev.ingressTotal) / seconds,
      deliveryPerS: Math.max(0, s.deliveryTotal - prev.deliveryTotal) / seconds,
      outcomes: rates(decided, decidedBefore, seconds),
      deadLetters: rates(s.deadLetters, prev.deadLetters, seconds),
      p50Ms: percentile(lat, 50),
      p99Ms: percentile(lat, 99),
      deliveries: lat.length,
      truncated: s.truncated,
    });
    while (this.points.length > this.capacity) this.points.shift();
  }
}
