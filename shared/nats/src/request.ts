// Core request/reply, pipelined over one reply subscription: what the router's policy
// request, the policy service's facts lookup and every stream publish (publish.ts) use.
//
// nats.js's request() gives each request a timer, a deferred, a mux entry and, on every
// *successful* reply, a RequestError("cancelled") with a captured stack (nats-core
// RequestOne.cancel): about a tenth of the router's CPU when every publish went that way.
// Here a request is a map entry, and one sweep settles the ones that timed out.
import { createInbox, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { NatsSetupError } from './errors.js';

export interface RequestOptions {
  /** How long the answer may take. Default: the requester's (5000 ms unless set). */
  timeoutMs?: number;
  headers?: MsgHdrs;
  /** How errors name this request. Default `request to <subject>`. */
  label?: string;
}

interface Waiting {
  resolve(m: Msg): void;
  reject(e: unknown): void;
  label: string;
  deadline: number;
  timeoutMs: number;
}

const encoder = new TextEncoder();
/** How often timed-out requests are settled: a request's timeout is kept to within this. */
const SWEEP_MS = 100;

export class PipelinedRequester {
  private readonly waiting = new Map<number, Waiting>();
  private readonly prefix: string;
  private readonly timeoutMs: number;
  private sub: Subscription | undefined;
  private sweeper: NodeJS.Timeout | undefined;
  private next = 0;

  /**
   * `inboxPrefix`: where answers may come back (a library's connection may only subscribe
   * under its own prefix). `timeoutMs`: the default time an answer may take (5000 ms).
   */
  constructor(
    private readonly nc: NatsConnection,
    opts: { inboxPrefix?: string; timeoutMs?: number } = {},
  ) {
    this.prefix = createInbox(opts.inboxPrefix);
    this.timeoutMs = opts.timeoutMs ?? 5000;
  }

  /**
   * Resolves with the answer. Rejects with NatsSetupError `NO_RESPONDERS` (nobody listens
   * on the subject), `TIMEOUT` (no answer in time) or `REQUEST` (closed, connection lost).
   */
  request(subject: string, data: Uint8Array | string, opts: RequestOptions = {}): Promise<Msg> {
    this.start();
    const id = ++this.next;
    const timeoutMs = opts.timeoutMs ?? this.timeoutMs;
    const label = opts.label ?? `request to ${subject}`;
    return new Promise<Msg>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, label, timeoutMs, deadline: performance.now() + timeoutMs });
      try {
        this.nc.publish(subject, typeof data === 'string' ? encoder.encode(data) : data, {
          reply: `${this.prefix}.${id}`,
          ...(opts.headers ? { headers: opts.headers } : {}),
        });
      } catch (e) {
        this.waiting.delete(id);
        reject(new NatsSetupError('REQUEST', `${label}: ${e instanceof Error ? e.message : String(e)}`, { cause: e }));
      }
    });
  }

  /** Fail what is still waiting and stop listening. */
  close(): void {
    this.sub?.unsubscribe();
    this.sub = undefined;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.failAll((w) => new NatsSetupError('REQUEST', `${w.label}: closed before an answer came`));
  }

  private start(): void {
    if (this.sub) return;
    this.sub = this.nc.subscribe(`${this.prefix}.*`, {
      callback: (err, m) => (err ? this.failAll((w) => new NatsSetupError('REQUEST', `${w.label}: ${err.message}`, { cause: err })) : this.answer(m)),
    });
    // One timer for every request; unref'd so it never keeps a process alive.
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS).unref();
  }

  private answer(m: Msg): void {
    const id = Number(m.subject.slice(this.prefix.length + 1));
    const w = this.waiting.get(id);
    if (!w) return; // already timed out
    this.waiting.delete(id);
    // The server's own answer when no subscription matches (the client asks for it at connect).
    if (m.data.length === 0 && m.headers?.code === 503) {
      w.reject(new NatsSetupError('NO_RESPONDERS', `${w.label}: no responders`));
    } else {
      w.resolve(m);
    }
  }

  private sweep(): void {
    const now = performance.now();
    for (const [id, w] of this.waiting) {
      if (w.deadline > now) continue;
      this.waiting.delete(id);
      w.reject(new NatsSetupError('TIMEOUT', `${w.label}: no answer within ${w.timeoutMs} ms`));
    }
  }

  private failAll(error: (w: Waiting) => Error): void {
    for (const [id, w] of this.waiting) {
      this.waiting.delete(id);
      w.reject(error(w));
    }
  }
}
