// Verification of the chain over stored messages, in stream order. Pure: no I/O, so it
// runs the same over a live stream (stream.ts feeds it), a copy, or entries in memory.
//
// Each message is checked in this order and gets at most one break, at its own sequence:
//   MISSING     sequences absent before it (deleted), reported at the first absent one;
//   UNREADABLE  not JSON or not an audit entry (the field named);
//   ALTERED     its content no longer matches its own hash (changed after it was written);
//   MISPLACED   it was written at another sequence (an entry before it was removed, or
//               entries were reordered);
//   INSERTED    (reported at the PREVIOUS sequence) this entry was written one sequence
//               earlier and the message before it looks intact: that message was put in;
//   REWRITTEN   (reported at the PREVIOUS sequence) the previous entry is intact in
//               itself but is not the entry this one was chained to: it was rewritten
//               with a recomputed hash (or this entry's link was);
//   WRONG_SUBJECT  stored under another library's subject than its home;
//   ANCHOR_MISMATCH  a hash noted earlier for this sequence (an anchor) no longer matches.
// After the last message, an anchor past the end is a MISSING break (the tail was cut).
import { GENESIS_HASH, decodeEntry, entryHash, linkHash, type AuditEntry } from './entry.js';
import { AuditError } from './errors.js';

export type BreakCode = 'MISSING' | 'UNREADABLE' | 'ALTERED' | 'MISPLACED' | 'INSERTED' | 'REWRITTEN' | 'WRONG_SUBJECT' | 'ANCHOR_MISMATCH';

export interface ChainBreak {
  /** The stream sequence where the chain is broken. */
  seq: number;
  code: BreakCode;
  reason: string;
}

/** A message as stored in the audit stream. */
export interface StoredMessage {
  seq: number;
  /** `ilr.audit.<home>`; when given, its last token must be the entry's home. */
  subject?: string | undefined;
  data: Uint8Array;
}

/** A hash noted for a sequence earlier (e.g. the head printed by a previous verify). */
export interface Anchor {
  seq: number;
  hash: string;
}

export interface VerifyOptions {
  anchors?: readonly Anchor[];
  /** Breaks listed in the report (all are counted). Default 100. */
  maxBreaks?: number;
}

export interface VerifyReport {
  ok: boolean;
  /** Messages checked. */
  checked: number;
  firstSeq?: number | undefined;
  lastSeq?: number | undefined;
  /** The last message's sequence and link hash: note it, and pass it as an anchor later. */
  head?: Anchor | undefined;
  /** The first `maxBreaks` breaks, in sequence order; breaks[0] is the first broken sequence. */
  breaks: ChainBreak[];
  breakCount: number;
}

/** Parses `<seq>:<hash>`, the form verify prints a head in. */
export function parseAnchor(text: string): Anchor {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!m) throw new AuditError('INVALID_FILTER', `anchor "${text}" is not <seq>:<64 hex digits of the entry's hash>`);
  return { seq: Number(m[1]), hash: m[2]! };
}

export class ChainVerifier {
  private nextSeq = 1;
  /** What the next entry's prev must be; undefined after a gap (it cannot be checked). */
  private expectedPrev: string | undefined = GENESIS_HASH;
  /** The previous message had no break and was at nextSeq - 1. */
  private previousClean = false;
  private readonly anchors = new Map<number, string>();
  private readonly maxBreaks: number;
  private readonly report: VerifyReport = { ok: true, checked: 0, breaks: [], breakCount: 0 };

  constructor(opts: VerifyOptions = {}) {
    for (const a of opts.anchors ?? []) this.anchors.set(a.seq, a.hash);
    this.maxBreaks = opts.maxBreaks ?? 100;
  }

  /** Checks the next message; returns its break, if any. */
  add(m: StoredMessage): ChainBreak | undefined {
    const r = this.report;
    r.checked++;
    r.firstSeq ??= m.seq;
    if (m.seq < this.nextSeq) {
      // Only an in-memory list can do this; a stream is read in order.
      this.previousClean = false;
      return this.broken(m.seq, 'MISPLACED', `seq ${m.seq} was read after seq ${this.nextSeq - 1}: the messages are out of order`);
    }
    if (m.seq > this.nextSeq) {
      const gap = m.seq - 1 === this.nextSeq ? `seq ${this.nextSeq} is` : `seqs ${this.nextSeq}..${m.seq - 1} are`;
      this.broken(this.nextSeq, 'MISSING', `${gap} missing from the stream (deleted)`);
      this.expectedPrev = undefined;
      this.previousClean = false;
    }
    let entry: AuditEntry | undefined;
    let problem: string | undefined;
    try {
      entry = decodeEntry(m.data);
    } catch (e) {
      problem = (e as Error).message;
    }
    // A decoded entry has a well-formed hash, which is what linkHash would return (without parsing again).
    const link = entry ? entry.hash : linkHash(m.data);
    const b = entry ? this.check(m, entry, link) : this.broken(m.seq, 'UNREADABLE', `seq ${m.seq} is ${problem}`);
    this.nextSeq = m.seq + 1;
    this.expectedPrev = link;
    this.previousClean = b === undefined;
    r.lastSeq = m.seq;
    r.head = { seq: m.seq, hash: link };
    return b;
  }

  private check(m: StoredMessage, entry: AuditEntry, link: string): ChainBreak | undefined {
    if (entryHash(entry) !== entry.hash) {
      return this.broken(m.seq, 'ALTERED', `the entry at seq ${m.seq} does not match its own hash: it was changed after it was written`);
    }
    if (entry.seq !== m.seq) {
      if (entry.seq === m.seq - 1 && this.previousClean) {
        const p = m.seq - 1;
        return this.broken(p, 'INSERTED', `seq ${p} was inserted: seq ${m.seq} holds the entry written at seq ${p}`);
      }
      return this.broken(
        m.seq,
        'MISPLACED',
        `seq ${m.seq} holds the entry written at seq ${entry.seq}: an entry was removed or inserted before it, or entries were reordered`,
      );
    }
    if (this.expectedPrev !== undefined && entry.prev !== this.expectedPrev) {
      if (this.previousClean && m.seq > 1) {
        const p = m.seq - 1;
        // Reported at the previous sequence, which is not what this entry was chained to.
        return this.broken(p, 'REWRITTEN', `seq ${p} is not the entry seq ${m.seq} was chained to: it was rewritten with a recomputed hash (or seq ${m.seq}'s link was)`);
      }
      if (m.seq === 1) return this.broken(1, 'MISPLACED', 'seq 1 is not the first entry of a chain (its prev is not the genesis hash)');
      // The previous message is already reported broken; this is only its consequence.
    }
    if (m.subject !== undefined && m.subject.split('.').at(-1) !== entry.home) {
      return this.broken(m.seq, 'WRONG_SUBJECT', `seq ${m.seq} is stored under ${m.subject}, not its home library ${entry.home}`);
    }
    const anchored = this.anchors.get(m.seq);
    if (anchored !== undefined && anchored !== link) {
      return this.broken(m.seq, 'ANCHOR_MISMATCH', `seq ${m.seq} no longer has the hash noted for it (${anchored.slice(0, 12)}...): it was replaced`);
    }
    return undefined;
  }

  private broken(seq: number, code: BreakCode, reason: string): ChainBreak {
    const b = { seq, code, reason };
    const r = this.report;
    r.ok = false;
    r.breakCount++;
    if (r.breaks.length < this.maxBreaks) r.breaks.push(b);
    return b;
  }

  /**
   * The report. `lastSeq`: the stream's last sequence when reading began; messages
   * missing up to it (read but absent) are a MISSING break. Anchors past the end too.
   */
  finish(lastSeq?: number): VerifyReport {
    if (lastSeq !== undefined && lastSeq >= this.nextSeq) {
      this.broken(this.nextSeq, 'MISSING', `seqs ${this.nextSeq}..${lastSeq} are missing from the stream (deleted)`);
      this.nextSeq = lastSeq + 1;
    }
    for (const [seq] of [...this.anchors].sort((a, b) => a[0] - b[0])) {
      if (seq >= this.nextSeq) {
        this.broken(seq, 'MISSING', `the anchored seq ${seq} is past the end of the chain (last seq ${this.nextSeq - 1}): entries were removed from the end`);
      }
    }
    this.report.breaks.sort((a, b) => a.seq - b.seq);
    return { ...this.report, breaks: [...this.report.breaks] };
  }
}

/** Verifies messages in stream order (e.g. read from a stream, or a copy held in memory). */
export function verifyChain(messages: Iterable<StoredMessage>, opts: VerifyOptions = {}): VerifyReport {
  const v = new ChainVerifier(opts);
  for (const m of messages) v.add(m);
  return v.finish();
}
