// The one writer of the hash chain: appends entries to ILR_AUDIT so that the chain is
// never broken, whatever else writes to it.
//
// - Conditional appends. Each entry is published with Nats-Expected-Last-Sequence = its
//   own seq - 1, and, after the first of a batch, Nats-Expected-Last-Msg-Id = the hash of
//   the entry before it; its Nats-Msg-Id is its own hash. The server stores an entry only
//   if the message before it is exactly the entry it was chained to, so two writers (or a
//   writer and a stale copy of itself) can never interleave a broken link: the loser's
//   appends are refused, it catches up with the stream and chains again.
// - Pipelined. A batch of up to `window` entries is chained in memory and published at
//   once; the server checks each against the one before, so one round trip carries many.
// - Restart-safe. The head (last sequence and its hash) is read back from the stream on
//   open and after every refused append; the keys of the entries read then are known.
// - Idempotent. A decision (its entryKey: message id + who decided) is appended once:
//   a key already in the chain (seen since open, or in the last `tailScan` entries before
//   it) or already waiting is not appended again. (Nats-Msg-Id is the entry's hash, not
//   the decision's key, on purpose: a duplicate acknowledged for a pipelined entry would
//   let its successor be chained to an entry the stream does not hold.)
import { GENESIS_HASH, checkEntryBody, decodeEntry, encodeEntry, entryKey, linkHash, readAudit, readHead, sealEntry, type AuditEntry, type AuditEntryBody } from '@ilr/audit';
import type { Logger } from '@ilr/log';
import { STREAMS, auditSubject, type IlrNats } from '@ilr/nats';
import { JetStreamApiError, type PubAck } from '@nats-io/jetstream';
import { AuditServiceError } from './errors.js';

export interface ChainWriterOptions {
  nats: IlrNats;
  logger: Logger;
  /** Default ILR_AUDIT. */
  stream?: string;
  /** Entries published at once. Default 256. */
  window?: number;
  /** Entries read back on open to know which decisions are already in the chain. Default 10 000. */
  tailScan?: number;
  /** How many appended keys are remembered. Default 250 000. */
  knownKeys?: number;
}

export type AppendOutcome = { status: 'appended'; seq: number } | { status: 'already' };

export interface WriterStats {
  appended: number;
  /** Decisions already in the chain, or already waiting to be (a redelivery or a second copy). */
  already: number;
  /** Batches refused because the stream had moved on (another writer). */
  conflicts: number;
  /** Catch-ups that failed (NATS unavailable) and were retried. */
  retries: number;
}

interface Pending {
  key: string;
  body: AuditEntryBody;
  settle: { resolve: (o: AppendOutcome) => void; reject: (e: Error) => void }[];
}

// Refusals meaning "the stream is not where you thought": 10071 wrong last sequence, 10070 wrong last msg id.
const CONFLICT_CODES = new Set([10070, 10071]);

/** A set that forgets its oldest members beyond `max`. */
class RecentKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly max: number) {}
  has(k: string): boolean {
    return this.keys.has(k);
  }
  add(k: string): void {
    this.keys.delete(k);
    this.keys.add(k);
    if (this.keys.size > this.max) this.keys.delete(this.keys.values().next().value!);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class ChainWriter {
  readonly stats: WriterStats = { appended: 0, already: 0, conflicts: 0, retries: 0 };
  private head = { seq: 0, link: GENESIS_HASH };
  private readonly queue: Pending[] = [];
  private readonly waiting = new Map<string, Pending>();
  private readonly known: RecentKeys;
  private pumping: Promise<void> | undefined;
  private closed = false;
  private readonly stream: string;
  private readonly window: number;

  private constructor(private readonly o: ChainWriterOptions) {
    this.stream = o.stream ?? STREAMS.audit.name;
    this.window = o.window ?? 256;
    this.known = new RecentKeys(o.knownKeys ?? 250_000);
  }

  /** Opens the writer at the stream's head, knowing the keys of its last `tailScan` entries. */
  static async open(o: ChainWriterOptions): Promise<ChainWriter> {
    const w = new ChainWriter(o);
    const head = await readHead(o.nats, w.stream);
    if (head) {
      const from = Math.max(1, head.seq - (o.tailScan ?? 10_000) + 1);
      w.head = { seq: from - 1, link: '' }; // the link is replaced by catching up from `from`
      await w.catchUp();
    }
    o.logger.info({ stream: w.stream, headSeq: w.head.seq }, 'audit chain opened');
    return w;
  }

  /** The last sequence and link hash this writer knows. */
  position(): { seq: number; link: string } {
    return { ...this.head };
  }

  /** Resolves when the entry for `body` is in the chain (or already was). Rejects only when closed first. */
  append(body: AuditEntryBody): Promise<AppendOutcome> {
    if (this.closed) return Promise.reject(new AuditServiceError('STOPPED', 'the audit writer is closed'));
    try {
      checkEntryBody(body); // checked here, so that sealing a batch cannot fail
    } catch (e) {
      return Promise.reject(new AuditServiceError('UNREADABLE_RECORD', (e as Error).message, { cause: e }));
    }
    const key = entryKey(body);
    if (this.known.has(key)) {
      this.stats.already++;
      return Promise.resolve({ status: 'already' });
    }
    return new Promise((resolve, reject) => {
      const p = this.waiting.get(key);
      if (p) {
        this.stats.already++; // a redelivery while the first copy waits: settled with it
        return void p.settle.push({ resolve, reject });
      }
      const fresh: Pending = { key, body, settle: [{ resolve, reject }] };
      this.waiting.set(key, fresh);
      this.queue.push(fresh);
      this.kick();
    });
  }

  /** Finishes the batch in flight; everything still queued is rejected (and redelivered to the service). */
  async close(): Promise<void> {
    this.closed = true;
    await this.pumping;
    const stopped = new AuditServiceError('STOPPED', 'the audit writer closed before this entry was appended');
    for (const p of this.queue.splice(0)) this.finish(p, stopped);
  }

  private kick(): void {
    if (this.pumping || this.closed) return;
    this.pumping = this.pump()
      .catch((e: unknown) => this.o.logger.error({ err: message(e) }, 'audit writer failed; retrying the queue'))
      .finally(() => {
        this.pumping = undefined;
        if (this.queue.length > 0) this.kick();
      });
  }

  private finish(p: Pending, outcome: AppendOutcome | Error): void {
    this.waiting.delete(p.key);
    for (const s of p.settle) outcome instanceof Error ? s.reject(outcome) : s.resolve(outcome);
  }

  private async pump(): Promise<void> {
    let backoff = 100;
    while (this.queue.length > 0 && !this.closed) {
      const batch = this.notYetKnown(this.queue.splice(0, this.window));
      try {
        backoff = await this.appendBatch(batch, backoff);
      } catch (e) {
        // Not expected (appendBatch handles refusals and NATS errors): keep the batch, wait, go on.
        this.o.logger.error({ err: message(e) }, 'audit writer failed; retrying the batch');
        this.queue.unshift(...batch.filter((p) => this.waiting.get(p.key) === p));
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  /** Settles what the chain already holds; returns the rest. */
  private notYetKnown(batch: Pending[]): Pending[] {
    return batch.filter((p) => {
      if (!this.known.has(p.key)) return true;
      this.stats.already++;
      this.finish(p, { status: 'already' });
      return false;
    });
  }

  /** Chains and publishes one batch; what was not stored goes back to the queue's front. Returns the next backoff. */
  private async appendBatch(batch: Pending[], backoff: number): Promise<number> {
    const chained = this.chain(batch);
    const acks = await Promise.allSettled(chained.map((e, i) => this.publish(e, i === 0 ? undefined : chained[i - 1]!.hash)));
    let ok = 0;
    for (; ok < chained.length; ok++) {
      const a = acks[ok]!;
      if (a.status !== 'fulfilled' || a.value.seq !== chained[ok]!.seq) break;
      const e = chained[ok]!;
      this.head = { seq: e.seq, link: e.hash };
      this.known.add(batch[ok]!.key);
      this.stats.appended++;
      this.finish(batch[ok]!, { status: 'appended', seq: e.seq });
    }
    if (ok === chained.length) return 100;
    // Refused (or unanswered) from here on: learn what the stream holds now, then chain the rest again.
    const failure = acks[ok]!;
    const reason = failure.status === 'rejected' ? failure.reason : new Error(`stored at seq ${failure.value.seq}, expected ${chained[ok]!.seq}`);
    const conflict = reason instanceof JetStreamApiError && CONFLICT_CODES.has(reason.code);
    if (conflict) this.stats.conflicts++;
    this.o.logger[conflict ? 'info' : 'warn']({ seq: chained[ok]!.seq, err: message(reason) }, conflict ? 'audit stream moved on; catching up' : 'audit append failed; catching up');
    const next = await this.catchUpUntilDone(backoff, conflict);
    this.queue.unshift(...this.notYetKnown(batch.slice(ok)));
    return next;
  }

  /** Entries for the batch, chained from the head in order. */
  private chain(batch: Pending[]): AuditEntry[] {
    let { seq, link } = this.head;
    const now = new Date();
    return batch.map((p) => {
      const e = sealEntry(p.body, { seq: ++seq, prev: link, recordedAt: now });
      link = e.hash;
      return e;
    });
  }

  private publish(e: AuditEntry, previousHash: string | undefined): Promise<PubAck> {
    return this.o.nats.publisher().publish(auditSubject(e.home), encodeEntry(e), {
      msgID: e.hash,
      // The first of a batch follows the head, whose sequence names it exactly; each later
      // one must follow the entry chained before it, which may not have been stored.
      expect: { lastSequence: e.seq - 1, ...(previousHash ? { lastMsgID: previousHash } : {}) },
    });
  }

  /** Retries catching up until it succeeds (NATS may be away); returns the next backoff. */
  private async catchUpUntilDone(backoff: number, conflict: boolean): Promise<number> {
    // A refusal is answered at once; anything else (timeouts, NATS away) waits a little first.
    if (!conflict) await sleep(backoff);
    for (;;) {
      try {
        await this.catchUp();
        return conflict ? 100 : Math.min(backoff * 2, 5000);
      } catch (e) {
        if (this.closed) return backoff; // close() rejects what is left; it is redelivered
        this.stats.retries++;
        this.o.logger.warn({ err: message(e) }, 'cannot read the audit stream; retrying');
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  /** Reads every message after the head: they become known, and the last one the head. */
  private async catchUp(): Promise<void> {
    for await (const m of readAudit(this.o.nats, { stream: this.stream, fromSeq: this.head.seq + 1 })) {
      try {
        this.known.add(entryKey(decodeEntry(m.data)));
      } catch {
        this.o.logger.error({ seq: m.seq }, 'the audit stream holds a message that is not an entry; chaining past it (run ilr audit verify)');
      }
      this.head = { seq: m.seq, link: linkHash(m.data) };
    }
  }
}
