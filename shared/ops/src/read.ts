// Bounded reads of a stream: one short-lived consumer (memory, R1, no acks, cleaned up by
// the server after a few seconds if the client goes away), filtered by subject and started
// at a sequence or a time, whose creation answers how many messages match from there
// (num_pending); then at most `max` of them are fetched. Never a whole stream.
// `headersOnly` reads carry no payload at all (the server sends headers and
// Nats-Msg-Size): how ingress, deliveries and review items are read.
import {
  AckPolicy,
  DeliverPolicy,
  ReplayPolicy,
  type ConsumerConfig,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos, nuid, type MsgHdrs } from '@nats-io/transport-node';

export interface StoredMsg {
  seq: number;
  /** Stored at (unix ms). */
  time: number;
  subject: string;
  headers: MsgHdrs | undefined;
  /** Empty for headers-only reads. */
  data: Uint8Array;
  /** Payload size (Nats-Msg-Size on headers-only reads). */
  size: number;
}

export interface RangeOptions {
  stream: string;
  filter?: string;
  startSeq?: number;
  startTime?: number;
  headersOnly?: boolean;
  /** At most this many messages are read. */
  max: number;
  /** Stop at this sequence (inclusive). */
  untilSeq?: number;
  /** The last message of each subject only (a KV bucket's current values). */
  lastPerSubject?: boolean;
  /** Stop after a message this says is the last one wanted (kept). */
  stop?: (m: StoredMsg) => boolean;
}

export interface RangeResult {
  messages: StoredMsg[];
  /** Messages matching from the start to the end of the stream (whether read or not). */
  matching: number;
}

export interface Streams {
  js: JetStreamClient;
  jsm: JetStreamManager;
}

const FETCH_EXPIRES_MS = 2_000;

function stored(m: JsMsg, headersOnly: boolean): StoredMsg {
  const size = headersOnly ? Number(m.headers?.get('Nats-Msg-Size') || 0) : m.data.length;
  return {
    seq: m.seq,
    time: Number(BigInt(m.info.timestampNanos) / 1_000_000n),
    subject: m.subject,
    headers: m.headers,
    data: headersOnly ? new Uint8Array() : m.data,
    size,
  };
}

export async function readRange(s: Streams, o: RangeOptions): Promise<RangeResult> {
  const name = `ilr_ops_${nuid.next()}`;
  const start: Partial<ConsumerConfig> = o.lastPerSubject
    ? { deliver_policy: DeliverPolicy.LastPerSubject }
    : o.startSeq !== undefined
      ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: Math.max(1, o.startSeq) }
      : o.startTime !== undefined
        ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(o.startTime).toISOString() }
        : { deliver_policy: DeliverPolicy.All };
  const config: Partial<ConsumerConfig> = {
    name,
    ack_policy: AckPolicy.None,
    replay_policy: ReplayPolicy.Instant,
    mem_storage: true,
    num_replicas: 1,
    inactive_threshold: nanos(10_000),
    ...(o.headersOnly ? { headers_only: true } : {}),
    ...(o.filter ? { filter_subject: o.filter } : {}),
    ...start,
  };
  const info = await s.jsm.consumers.add(o.stream, config);
  try {
    const matching = info.num_pending;
    const want = Math.min(matching, o.max);
    const messages: StoredMsg[] = [];
    if (want === 0) return { messages, matching };
    const consumer = await s.js.consumers.get(o.stream, name);
    let done = false;
    while (!done && messages.length < want) {
      const batch = await consumer.fetch({ max_messages: Math.min(want - messages.length, 1000), expires: FETCH_EXPIRES_MS });
      let got = 0;
      for await (const m of batch) {
        got++;
        if (o.untilSeq !== undefined && m.seq > o.untilSeq) {
          done = true;
          break;
        }
        const sm = stored(m, o.headersOnly === true);
        messages.push(sm);
        if (messages.length >= want || m.info.pending === 0 || o.stop?.(sm)) {
          done = true;
          break;
        }
      }
      if (got === 0) break;
    }
    return { messages, matching };
  } finally {
    s.jsm.consumers.delete(o.stream, name).catch(() => undefined);
  }
}

/** How many messages match `filter` from `startTime` on, and the first of them (headers only). */
export async function countSince(s: Streams, stream: string, startTime: number, filter?: string): Promise<{ count: number; first: StoredMsg | undefined }> {
  const r = await readRange(s, { stream, startTime, headersOnly: true, max: 1, ...(filter ? { filter } : {}) });
  return { count: r.matching, first: r.messages[0] };
}

/** The message at or after `seq` (headers only): its time and size. */
export async function headersAt(s: Streams, stream: string, seq: number, filter?: string): Promise<StoredMsg | undefined> {
  return (await readRange(s, { stream, startSeq: seq, headersOnly: true, max: 1, ...(filter ? { filter } : {}) })).messages[0];
}

/**
 * The newest matching messages, newest first: windows of `window` sequences read backwards
 * from `lastSeq` until `want` were kept by `keep`, the stream's first sequence or
 * `scanLimit` sequences were passed, or `stop` says a message is older than the range.
 */
export async function readBackwards(
  s: Streams,
  o: {
    stream: string;
    filter?: string;
    headersOnly?: boolean;
    firstSeq: number;
    lastSeq: number;
    want: number;
    keep: (m: StoredMsg) => boolean;
    stop?: (m: StoredMsg) => boolean;
    window?: number;
    scanLimit: number;
  },
): Promise<{ kept: StoredMsg[]; scanned: number; complete: boolean }> {
  const window = o.window ?? 500;
  const kept: StoredMsg[] = [];
  let scanned = 0;
  let end = o.lastSeq;
  while (end >= o.firstSeq && end > 0) {
    if (o.lastSeq - end >= o.scanLimit) return { kept, scanned, complete: false };
    const start = Math.max(o.firstSeq, end - window + 1);
    const r = await readRange(s, {
      stream: o.stream,
      startSeq: start,
      untilSeq: end,
      max: end - start + 1,
      ...(o.filter ? { filter: o.filter } : {}),
      ...(o.headersOnly ? { headersOnly: true } : {}),
    });
    scanned += r.messages.length;
    let stopped = false;
    for (const m of r.messages.reverse()) {
      if (o.stop?.(m)) {
        stopped = true;
        continue;
      }
      if (o.keep(m)) kept.push(m);
      if (kept.length >= o.want) return { kept, scanned, complete: true };
    }
    if (stopped) return { kept, scanned, complete: true };
    end = start - 1;
  }
  return { kept, scanned, complete: true };
}
