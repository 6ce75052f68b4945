// Flow: cumulative counts of what the broker wrote since the first sample, read
// incrementally (each sample reads only what was written since the previous one, at most
// FLOW_MAX messages per stream), so the console can compute rates over time. Gagged
// decisions are never counted; deliveries carrying a gagged decision give no latency.
import { HEADERS, STREAMS } from '@ilr/nats';
import { decodeDecision } from '@ilr/wire';
import type { StreamInfo } from '@nats-io/jetstream';
import { readRange, type StoredMsg, type Streams } from './read.js';
import { deadLetterOf, decisionOf, iso, msgIdOf } from './records.js';
import type { FlowSample } from './types.js';

const FLOW_MAX = 5_000;
/** Ingress ids remembered for latencies (their receive times), oldest forgotten first. */
const INGRESS_MEMORY = 20_000;

type Cursor = { next: number };

function gagged(m: StoredMsg): boolean {
  const h = m.headers?.get(HEADERS.decision);
  if (!h) return false;
  try {
    return decodeDecision(Buffer.from(h, 'base64')).review?.gag === true;
  } catch {
    return false;
  }
}

export class FlowCounter {
  private readonly decisions: Record<string, number> = {};
  private readonly reviewed: Record<string, number> = {};
  private readonly deadLetters: Record<string, number> = {};
  private cursors: Record<'decisions' | 'deadLetter' | 'ingress' | 'delivery', Cursor> | undefined;
  private readonly ingressAt = new Map<string, number>();

  async sample(s: Streams, now: number): Promise<FlowSample> {
    const info = async (name: string): Promise<StreamInfo | undefined> => s.jsm.streams.info(name).catch(() => undefined);
    const [d, q, i, o] = await Promise.all([info(STREAMS.decisions.name), info(STREAMS.deadLetter.name), info(STREAMS.ingress.name), info(STREAMS.delivery.name)]);
    const last = (x: StreamInfo | undefined) => x?.state.last_seq ?? 0;
    // The first sample starts the count: everything before it is history, not flow.
    this.cursors ??= {
      decisions: { next: last(d) + 1 },
      deadLetter: { next: last(q) + 1 },
      ingress: { next: last(i) + 1 },
      delivery: { next: last(o) + 1 },
    };
    let truncated = false;
    const take = async (stream: string, cursor: Cursor, lastSeq: number, headersOnly: boolean): Promise<StoredMsg[]> => {
      if (lastSeq < cursor.next) return [];
      let start = cursor.next;
      if (lastSeq - start + 1 > FLOW_MAX) {
        start = lastSeq - FLOW_MAX + 1;
        truncated = true;
      }
      const r = await readRange(s, { stream, startSeq: start, untilSeq: lastSeq, max: lastSeq - start + 1, headersOnly });
      cursor.next = lastSeq + 1;
      return r.messages;
    };
    const c = this.cursors;
    const [decisions, dead, ingress, delivery] = await Promise.all([
      take(STREAMS.decisions.name, c.decisions, last(d), false),
      take(STREAMS.deadLetter.name, c.deadLetter, last(q), false),
      take(STREAMS.ingress.name, c.ingress, last(i), true),
      take(STREAMS.delivery.name, c.delivery, last(o), true),
    ]);
    for (const m of decisions) {
      const r = decisionOf(m.data);
      if (!r || r.gag) continue;
      const into = r.reviewed ? this.reviewed : this.decisions;
      into[r.outcome] = (into[r.outcome] ?? 0) + 1;
    }
    for (const m of dead) {
      const dl = deadLetterOf(m);
      if (dl) this.deadLetters[dl.code] = (this.deadLetters[dl.code] ?? 0) + 1;
    }
    for (const m of ingress) {
      const id = msgIdOf(m);
      if (!id) continue;
      this.ingressAt.set(id, m.time);
      if (this.ingressAt.size > INGRESS_MEMORY) this.ingressAt.delete(this.ingressAt.keys().next().value!);
    }
    const latencyMs: number[] = [];
    for (const m of delivery) {
      const id = msgIdOf(m);
      const cut = id.lastIndexOf(':');
      const what = id.slice(cut + 1);
      if (cut < 0 || (what !== 'deliver' && what !== 'refer') || gagged(m)) continue;
      const at = this.ingressAt.get(id.slice(0, cut));
      if (at !== undefined) latencyMs.push(Math.max(0, m.time - at));
    }
    return {
      at: iso(now),
      decisions: { ...this.decisions },
      reviewed: { ...this.reviewed },
      deadLetters: { ...this.deadLetters },
      ingressTotal: last(i),
      deliveryTotal: last(o),
      latencyMs,
      truncated,
    };
  }
}
