// Exactly once at the recipient (DOMAIN.md invariant 5). nats-server hands a message of
// the delivery consumer out again when it lost an ack (the node died before the ack was
// recorded: the copy comes back flagged `redelivered`) or when it lost the consumer's state
// (2.9.10 writes it asynchronously and in place; after kill -9 the file can be empty and the
// consumer starts again from the stream's first message, unflagged). The broker never stores
// an effect twice in ILR_DELIVERY, so a message is known by its stream sequence; its stream
// timestamp tells the same message from one of a recreated stream (sequences start at 1 again).
// Pure: no I/O; the DeliveryPump asks it about every message, the AckFloorWatch feeds it.

/** One stored message of the delivery stream: its sequence and its stream timestamp (ns since the epoch). */
export interface StreamMessageId {
  seq: number;
  ts: number;
}

/**
 * What is known of a message before it is handed over:
 * `new` hand it over; `acked` taken here before (the server lost the ack); `belowFloor` at or
 * below the consumer's ack floor (the server lost the consumer's state); `inFlight` the first
 * copy is still with the handler.
 */
export type RepeatVerdict = 'new' | 'acked' | 'belowFloor' | 'inFlight';

/**
 * The consumer's ack floor as a mark: every message of this stream at or below `seq` was taken.
 * `ts` bounds the stream timestamps of those messages, so that a message at or below `seq` but
 * newer than `ts` is recognised as one of a recreated stream (and the mark starts again at 0).
 */
export interface FloorMark {
  seq: number;
  ts: number;
}

export interface RepeatStats {
  /** Copies not handed over again, by how they were recognised. */
  repeats: { acked: number; belowFloor: number; inFlight: number };
  /** The highest ack floor of the consumer seen (stream sequence). */
  ackFloor: number;
  /** Times the delivery stream was found recreated: the floor and the acked set started again. */
  streamResets: number;
}

export interface RepeatFilterOptions {
  /** An acked sequence is remembered at least this long, and until the floor covers it. Default 10 min. */
  rememberMs?: number;
  /** At most this many acked sequences are remembered; the oldest is forgotten first. Default 100 000. */
  maxRemembered?: number;
  /** Clock for the remembering period (tests). */
  now?: () => number;
}

export const REMEMBER_MS = 10 * 60_000;
export const MAX_REMEMBERED = 100_000;
const NO_MARK: FloorMark = { seq: 0, ts: 0 };

export class RepeatFilter {
  /** Acked here: sequence -> stream timestamp and when it was acked (insertion order = ack order). */
  private readonly acked = new Map<number, { ts: number; at: number }>();
  /** With the handler now: sequence -> stream timestamp. */
  private readonly inFlight = new Map<number, number>();
  private mark: FloorMark;
  /** The newest message seen (greatest stream timestamp): bounds a floor read without a time. */
  private newest: FloorMark;
  private readonly counts = { acked: 0, belowFloor: 0, inFlight: 0 };
  private resets = 0;
  private readonly rememberMs: number;
  private readonly maxRemembered: number;
  private readonly now: () => number;

  constructor(opts: RepeatFilterOptions = {}) {
    this.rememberMs = opts.rememberMs ?? REMEMBER_MS;
    this.maxRemembered = opts.maxRemembered ?? MAX_REMEMBERED;
    this.now = opts.now ?? Date.now;
    this.mark = NO_MARK;
    this.newest = NO_MARK;
  }

  /** Classify a message as it arrives (and count the repeats). */
  check(id: StreamMessageId): RepeatVerdict {
    if (id.ts > this.newest.ts) this.newest = id;
    const verdict = this.verdict(id);
    if (verdict !== 'new') this.counts[verdict]++;
    return verdict;
  }

  /** The message is now with the handler: a copy arriving meanwhile is `inFlight`. */
  begin(id: StreamMessageId): void {
    this.inFlight.set(id.seq, id.ts);
  }

  /** The message was acked here: any later copy is a repeat. */
  taken(id: StreamMessageId): void {
    this.inFlight.delete(id.seq);
    this.acked.delete(id.seq); // re-inserted last: the map stays in ack order
    this.acked.set(id.seq, { ts: id.ts, at: this.now() });
    this.forgetOld();
  }

  /** The handler gave the message back (nak, throw, or returned without settling): a later copy is handed over. */
  release(id: StreamMessageId): void {
    if (this.inFlight.get(id.seq) === id.ts) this.inFlight.delete(id.seq);
  }

  /**
   * The consumer's ack floor as the server reports it (CONSUMER.INFO `ack_floor`). `lastActive`
   * (ns), when the server gives it, is when the floor last moved: every message at or below it
   * was stored before. Without it the floor is only trusted up to the newest message seen here.
   * The mark only rises: a lower floor is the server having lost the consumer's state.
   * Also how a mark kept in the floor file is restored. True if the mark changed.
   */
  raiseFloor(floor: number, lastActive?: number): boolean {
    const candidate: FloorMark =
      lastActive !== undefined && lastActive > 0
        ? { seq: floor, ts: lastActive }
        : { seq: Math.min(floor, this.newest.seq), ts: this.newest.ts };
    if (candidate.seq <= this.mark.seq) return false;
    this.mark = { seq: candidate.seq, ts: Math.max(candidate.ts, this.mark.ts) };
    this.forgetCovered();
    return true;
  }

  /** The mark to keep across restarts. */
  floorMark(): FloorMark {
    return this.mark;
  }

  stats(): RepeatStats {
    return { repeats: { ...this.counts }, ackFloor: this.mark.seq, streamResets: this.resets };
  }

  /** How many acked sequences are remembered (tests, and the README's memory figure). */
  get remembered(): number {
    return this.acked.size;
  }

  private verdict(id: StreamMessageId): RepeatVerdict {
    if (this.inFlight.get(id.seq) === id.ts) return 'inFlight';
    if (this.acked.get(id.seq)?.ts === id.ts) return 'acked';
    if (id.seq <= this.mark.seq) {
      if (id.ts <= this.mark.ts) return 'belowFloor';
      // At or below the floor, yet stored after every message the floor covers: the stream
      // was deleted and created again. Forgetting its old floor may repeat, never lose.
      this.mark = NO_MARK;
      this.newest = id;
      this.acked.clear();
      this.resets++;
    }
    return 'new';
  }

  private covered(seq: number, ts: number): boolean {
    return seq <= this.mark.seq && ts <= this.mark.ts;
  }

  /** Over the cap, the oldest goes; past the remembering period, what the floor covers goes. */
  private forgetOld(): void {
    const cutoff = this.now() - this.rememberMs;
    for (const [seq, e] of this.acked) {
      if (this.acked.size > this.maxRemembered || (e.at < cutoff && this.covered(seq, e.ts))) this.acked.delete(seq);
      else break;
    }
  }

  /** After the floor rose: a full sweep, since an uncovered old entry stops forgetOld(). */
  private forgetCovered(): void {
    const cutoff = this.now() - this.rememberMs;
    for (const [seq, e] of this.acked) if (e.at < cutoff && this.covered(seq, e.ts)) this.acked.delete(seq);
  }
}
