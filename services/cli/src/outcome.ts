// What became of one message, read the way an operator may read it, without touching the
// sending library's own delivery consumer: the decision record the broker wrote
// (ILR_DECISIONS), or the dead letter (ILR_DEADLETTER), or a PENDING reply
// (ILR_DELIVERY, ilr.out.<sender>.reply). Each is read by an ordered consumer from a start
// time just before the send, filtered to the subjects that can hold it, so only a bounded
// range is read; records are matched by their sender and message id fields.
import type { DeadLetter } from '@ilr/router';
import { HEADERS, ROUTER_CONSUMER, STREAMS, deadLetterSubject, replySubject, type IlrNats } from '@ilr/nats';
import { decodeDecisionRecord, decodeRequesterReply, type DecisionRecord, type RequesterReply } from '@ilr/wire';

export type Outcome =
  | { status: 'DECIDED'; record: DecisionRecord; reply: RequesterReply | undefined }
  | { status: 'REJECTED'; deadLetter: DeadLetter }
  | { status: 'PENDING'; reason: string | undefined }
  | { status: 'TIMEOUT' };

interface Reader {
  close(): Promise<unknown>;
}

/** How long after the decision record the requester's FINAL reply (its wording) is awaited. */
const REPLY_GRACE_MS = 1000;

export class OutcomeWatch {
  private record: DecisionRecord | undefined;
  private reply: RequesterReply | undefined;
  private pending: { reason: string | undefined } | undefined;
  private deadLetter: DeadLetter | undefined;
  private changed: () => void = () => undefined;
  private failure: Error | undefined;

  private constructor(
    private readonly sender: string,
    private readonly messageId: string,
    private readonly readers: Reader[],
  ) {}

  /**
   * Starts reading, from `since` (a little before the send), what the broker writes about
   * message `messageId` of `sender`. Needs read access to the three streams (the operators').
   */
  static async open(nats: IlrNats, sender: string, messageId: string, since: Date): Promise<OutcomeWatch> {
    const readers: Reader[] = [];
    const watch = new OutcomeWatch(sender, messageId, readers);
    const js = nats.jetstream();
    const read = async (stream: string, subject: string, onMessage: (m: { data: Uint8Array; headers?: { get(k: string): string } | undefined }) => void) => {
      const consumer = await js.consumers.get(stream, { filter_subjects: subject, opt_start_time: since.toISOString() });
      const messages = await consumer.consume({ max_messages: 256 });
      readers.push(messages);
      void (async () => {
        try {
          for await (const m of messages) onMessage(m);
        } catch (e) {
          watch.fail(e as Error);
        }
      })();
    };
    try {
      await read(STREAMS.decisions.name, 'ilr.decision.>', (m) => watch.onDecision(m.data));
      await read(STREAMS.deadLetter.name, deadLetterSubject(sender), (m) => watch.onDeadLetter(m.data));
      await read(STREAMS.delivery.name, replySubject(sender), (m) => watch.onReply(m.data, m.headers));
    } catch (e) {
      await watch.close();
      throw e;
    }
    return watch;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.changed();
  }

  private onDecision(data: Uint8Array): void {
    if (this.record) return;
    let r: DecisionRecord;
    try {
      r = decodeDecisionRecord(data);
    } catch {
      return; // not ours to judge here
    }
    // The first record: a reviewer's later outcome for a REVIEW is a record of its own.
    if (r.sender === this.sender && r.messageId === this.messageId && !r.reviewed) {
      this.record = r;
      this.changed();
    }
  }

  private onDeadLetter(data: Uint8Array): void {
    try {
      const dl = JSON.parse(new TextDecoder().decode(data)) as DeadLetter;
      if (dl.sender === this.sender && dl.messageId === this.messageId) {
        this.deadLetter = dl;
        this.changed();
      }
    } catch {
      // a dead letter that is not JSON is not about this message
    }
  }

  private onReply(data: Uint8Array, headers: { get(k: string): string } | undefined): void {
    if (headers?.get(HEADERS.correlationId) !== this.messageId) return;
    if (headers.get(HEADERS.reply) === 'PENDING') {
      this.pending = { reason: headers.get(HEADERS.reason) || undefined };
    } else {
      try {
        this.reply = decodeRequesterReply(data);
      } catch {
        return;
      }
    }
    this.changed();
  }

  /** Resolves with the outcome, the first PENDING reply, or TIMEOUT after `timeoutMs`. */
  async wait(timeoutMs: number): Promise<Outcome> {
    const deadline = Date.now() + timeoutMs;
    let recordAt: number | undefined;
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.deadLetter) return { status: 'REJECTED', deadLetter: this.deadLetter };
      if (this.record) {
        recordAt ??= Date.now();
        if (this.reply || Date.now() >= Math.min(deadline, recordAt + REPLY_GRACE_MS)) return { status: 'DECIDED', record: this.record, reply: this.reply };
      } else if (this.pending) return { status: 'PENDING', reason: this.pending.reason };
      const now = Date.now();
      if (now >= deadline) return { status: 'TIMEOUT' };
      const until = recordAt !== undefined ? Math.min(deadline, recordAt + REPLY_GRACE_MS) : deadline;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, until - now);
        this.changed = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.readers.map((r) => r.close().catch(() => undefined)));
  }
}

const human = (ms: number): string => (ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`);

/**
 * When the broker asks again for a PENDING message: the router consumer's backoff and
 * delivery limit (as provisioned; the catalogue's if they cannot be read).
 */
export async function retrySchedule(nats: IlrNats): Promise<string> {
  let backoff = ROUTER_CONSUMER.backoffMs;
  let maxDeliver = ROUTER_CONSUMER.maxDeliver;
  try {
    const info = await (await nats.jetstreamManager()).consumers.info(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable);
    if (info.config.backoff?.length) backoff = info.config.backoff.map((ns) => Math.round(ns / 1_000_000));
    if (info.config.max_deliver && info.config.max_deliver > 0) maxDeliver = info.config.max_deliver;
  } catch {
    // the catalogue's values
  }
  // Delivery n+1 comes backoff[n] after delivery n; past the list, its last entry repeats.
  const waits = Array.from({ length: Math.max(0, maxDeliver - 1) }, (_, i) => backoff[Math.min(i, backoff.length - 1)]!);
  const distinct = waits.findIndex((w, i) => waits.slice(i).every((x) => x === w));
  const head = waits.slice(0, distinct).map(human);
  const tail = waits.slice(distinct);
  const schedule = [...head, tail.length > 1 ? `then every ${human(tail[0]!)} (${tail.length} more times)` : tail.map(human).join('')].filter(Boolean).join(', ');
  return `the broker tries again after ${schedule}: ${maxDeliver} attempts in all, then it dead-letters the message`;
}
