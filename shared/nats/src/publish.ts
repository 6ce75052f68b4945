// JetStream publishes with acknowledgement, pipelined over one reply subscription.
//
// nats.js's JetStreamClient.publish makes each publish a full request: a timer, a mux
// entry, a deferred, and, on every *successful* reply, a RequestError("cancelled") with a
// captured stack (nats-core RequestOne.cancel). At the router's rate that error alone was
// about a tenth of its CPU. Here a publish is a map entry and a shared timeout sweep; the
// server's answer (PubAck JSON, an API error, or a 503 "no stream") settles it.
//
// Same contract as JetStreamClient.publish for what ILR uses: `msgID` (Nats-Msg-Id,
// deduplication), extra `headers`, and the `expect` conditions (the audit chain appends only
// after its last entry). Server rejections are @nats-io/jetstream's JetStreamApiError, so
// callers branch on `code` as before.
import { JetStreamApiError, type ApiError, type PubAck } from '@nats-io/jetstream';
import { createInbox, headers as natsHeaders, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { NatsSetupError } from './errors.js';

export interface StreamPublishOptions {
  /** Nats-Msg-Id: a second publish with the same id inside the stream's duplicate window is not stored again. */
  msgID?: string;
  headers?: MsgHdrs;
  /** Store only if the stream's (or this subject's) last message is the one named; else a JetStreamApiError. */
  expect?: { lastSequence?: number; lastMsgID?: string; lastSubjectSequence?: number };
}

const EXPECT_HEADERS = {
  lastSequence: 'Nats-Expected-Last-Sequence',
  lastMsgID: 'Nats-Expected-Last-Msg-Id',
  lastSubjectSequence: 'Nats-Expected-Last-Subject-Sequence',
} as const;

/** What publishes to a stream and waits for it to be stored (the subset of JetStreamClient ILR uses). */
export interface StreamPublisher {
  publish(subject: string, data: Uint8Array | string, opts?: StreamPublishOptions): Promise<PubAck>;
}

interface Waiting {
  resolve(ack: PubAck): void;
  reject(e: unknown): void;
  subject: string;
  deadline: number;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class PipelinedPublisher implements StreamPublisher {
  private readonly waiting = new Map<number, Waiting>();
  private readonly prefix: string;
  private readonly timeoutMs: number;
  private sub: Subscription | undefined;
  private sweeper: NodeJS.Timeout | undefined;
  private next = 0;

  /**
   * `inboxPrefix`: where answers may come back (a library's connection may only subscribe
   * under its own prefix). `timeoutMs`: how long an answer may take (default 5000, as nats.js).
   */
  constructor(
    private readonly nc: NatsConnection,
    opts: { inboxPrefix?: string; timeoutMs?: number } = {},
  ) {
    this.prefix = createInbox(opts.inboxPrefix);
    this.timeoutMs = opts.timeoutMs ?? 5000;
  }

  publish(subject: string, data: Uint8Array | string, opts: StreamPublishOptions = {}): Promise<PubAck> {
    this.start();
    const id = ++this.next;
    let h = opts.headers;
    if (opts.msgID !== undefined) (h ??= natsHeaders()).set('Nats-Msg-Id', opts.msgID);
    // Most publishes carry no condition: no per-publish walk of the table for them.
    if (opts.expect) {
      for (const [k, name] of Object.entries(EXPECT_HEADERS)) {
        const v = opts.expect[k as keyof typeof EXPECT_HEADERS];
        if (v !== undefined) (h ??= natsHeaders()).set(name, String(v));
      }
    }
    return new Promise<PubAck>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, subject, deadline: Date.now() + this.timeoutMs });
      try {
        this.nc.publish(subject, typeof data === 'string' ? encoder.encode(data) : data, { reply: `${this.prefix}.${id}`, ...(h ? { headers: h } : {}) });
      } catch (e) {
        this.waiting.delete(id);
        reject(e);
      }
    });
  }

  /** Fail what is still waiting and stop listening. */
  close(): void {
    this.sub?.unsubscribe();
    this.sub = undefined;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.reject(new NatsSetupError('PUBLISH', `publish to ${w.subject}: the publisher was closed before the server answered`));
    }
  }

  private start(): void {
    if (this.sub) return;
    this.sub = this.nc.subscribe(`${this.prefix}.*`, { callback: (err, m) => (err ? this.failAll(err) : this.answer(m)) });
    // One timer for every publish; unref'd so it never keeps a process alive.
    this.sweeper = setInterval(() => this.sweep(), Math.min(1000, this.timeoutMs)).unref();
  }

  private answer(m: Msg): void {
    const id = Number(m.subject.slice(this.prefix.length + 1));
    const w = this.waiting.get(id);
    if (!w) return; // already timed out
    this.waiting.delete(id);
    const h = m.headers;
    if (h && h.code >= 300) {
      const why = h.code === 503 ? 'no stream takes this subject (or JetStream is not enabled)' : `${h.code} ${h.description}`;
      w.reject(new NatsSetupError('PUBLISH', `publish to ${w.subject}: ${why}`));
      return;
    }
    let r: Partial<PubAck> & { error?: ApiError };
    try {
      r = JSON.parse(decoder.decode(m.data)) as typeof r;
    } catch {
      w.reject(new NatsSetupError('PUBLISH', `publish to ${w.subject}: the server's answer is not a PubAck`));
      return;
    }
    if (r.error) w.reject(new JetStreamApiError(r.error));
    else if (!r.stream) w.reject(new NatsSetupError('PUBLISH', `publish to ${w.subject}: the server's answer names no stream`));
    else w.resolve({ stream: r.stream, seq: r.seq ?? 0, duplicate: r.duplicate === true });
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, w] of this.waiting) {
      if (w.deadline > now) continue;
      this.waiting.delete(id);
      w.reject(new NatsSetupError('PUBLISH', `publish to ${w.subject}: no answer from the server within ${this.timeoutMs} ms`));
    }
  }

  private failAll(err: Error): void {
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.reject(new NatsSetupError('PUBLISH', `publish to ${w.subject}: ${err.message}`, { cause: err }));
    }
  }
}
