// Queries for operations staff and privacy officers: which entries match a filter, and
// how many there are by outcome, basis and library. Matching is pure (matchesFilter,
// AuditTally); queryAudit reads the stream, starting near `since` instead of seq 1.
import { LEGAL_BASES, MESSAGE_KINDS, OUTCOMES, formatPath, zodProblem } from '@ilr/policy';
import type { IlrNats } from '@ilr/nats';
import { z } from 'zod';
import { decodeEntry, type AuditEntry } from './entry.js';
import { AuditError } from './errors.js';
import { readAudit } from './stream.js';

const zLibrary = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a library id (lower-case letters, digits, "-")');

export const zAuditFilter = z.strictObject({
  /** Entries this library took part in: as home, sender or recipient. */
  library: zLibrary.optional(),
  /** Entries decided under this library's policy (its home is this library). */
  home: zLibrary.optional(),
  outcome: z.array(z.enum(OUTCOMES)).min(1).optional(),
  basis: z.array(z.enum(LEGAL_BASES)).min(1).optional(),
  kind: z.array(z.enum(MESSAGE_KINDS)).min(1).optional(),
  /** Decided at or after. */
  since: z.date().optional(),
  /** Decided before. */
  until: z.date().optional(),
});
export type AuditFilter = z.infer<typeof zAuditFilter>;

/** Checks a filter; throws AuditError (INVALID_FILTER) naming the field. */
export function checkFilter(filter: unknown): AuditFilter {
  const r = zAuditFilter.safeParse(filter);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new AuditError('INVALID_FILTER', `${formatPath(issue.path) || 'filter'}: ${zodProblem(issue)}`);
  }
  if (r.data.since && r.data.until && r.data.since >= r.data.until) {
    throw new AuditError('INVALID_FILTER', 'since must be before until');
  }
  return r.data;
}

export function matchesFilter(e: AuditEntry, f: AuditFilter): boolean {
  if (f.library && e.home !== f.library && e.sender !== f.library && e.recipient !== f.library) return false;
  if (f.home && e.home !== f.home) return false;
  if (f.outcome && !f.outcome.includes(e.outcome)) return false;
  if (f.basis && !f.basis.includes(e.basis)) return false;
  if (f.kind && !f.kind.includes(e.kind)) return false;
  if (f.since || f.until) {
    const at = Date.parse(e.decidedAt);
    if (f.since && at < f.since.getTime()) return false;
    if (f.until && at >= f.until.getTime()) return false;
  }
  return true;
}

export interface AuditCounts {
  total: number;
  byOutcome: Record<string, number>;
  byBasis: Record<string, number>;
  /** By home library (whose policy decided). */
  byLibrary: Record<string, number>;
}

/** Aggregate counts of entries. */
export class AuditTally {
  private readonly c: AuditCounts = { total: 0, byOutcome: {}, byBasis: {}, byLibrary: {} };

  add(e: AuditEntry): void {
    this.c.total++;
    this.c.byOutcome[e.outcome] = (this.c.byOutcome[e.outcome] ?? 0) + 1;
    this.c.byBasis[e.basis] = (this.c.byBasis[e.basis] ?? 0) + 1;
    this.c.byLibrary[e.home] = (this.c.byLibrary[e.home] ?? 0) + 1;
  }

  counts(): AuditCounts {
    return { total: this.c.total, byOutcome: { ...this.c.byOutcome }, byBasis: { ...this.c.byBasis }, byLibrary: { ...this.c.byLibrary } };
  }
}

export interface QueryOptions {
  /** Default ILR_AUDIT. */
  stream?: string;
  /** Entries returned (all are counted). Default 100. */
  limit?: number;
  /**
   * Leave entries under a gag (NSL/FISA nondisclosure, `review.gag`) out of everything
   * returned, counts and `scanned` included: what an operator's view must do (the gag rule).
   */
  withholdGagged?: boolean;
}

export interface QueryResult {
  counts: AuditCounts;
  /** The first `limit` matching entries, in stream order. */
  entries: (AuditEntry & { streamSeq: number })[];
  /** Messages read. */
  scanned: number;
  /** Messages that are not audit entries (`ilr audit verify` says more). */
  unreadable: number[];
}

// A decision is stored after it was made, so reading can start at `since` by the time the
// server stored entries; a little before, in case the router's clock ran ahead of the
// server's. Entries decided before `since` are filtered out.
const CLOCK_MARGIN_MS = 5 * 60_000;

/** Reads the audit stream and returns the entries matching `filter`, with counts. */
export async function queryAudit(nats: IlrNats, filter: AuditFilter, opts: QueryOptions = {}): Promise<QueryResult> {
  const f = checkFilter(filter);
  const limit = opts.limit ?? 100;
  const tally = new AuditTally();
  const result: QueryResult = { counts: tally.counts(), entries: [], scanned: 0, unreadable: [] };
  const since = f.since ? new Date(f.since.getTime() - CLOCK_MARGIN_MS) : undefined;
  for await (const m of readAudit(nats, { ...(opts.stream ? { stream: opts.stream } : {}), ...(since ? { since } : {}), ...(f.home ? { home: f.home } : {}) })) {
    result.scanned++;
    // No early stop at `until`: an entry can be stored long after it was decided (the
    // audit service catching up after an outage), so the rest of the stream is read.
    let e: AuditEntry;
    try {
      e = decodeEntry(m.data);
    } catch {
      result.unreadable.push(m.seq);
      continue;
    }
    if (opts.withholdGagged && e.review?.gag) {
      result.scanned--;
      continue;
    }
    if (!matchesFilter(e, f)) continue;
    tally.add(e);
    if (result.entries.length < limit) result.entries.push({ ...e, streamSeq: m.seq });
  }
  result.counts = tally.counts();
  return result;
}
