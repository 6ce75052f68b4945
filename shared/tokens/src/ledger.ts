// The home library's ledger: which token went to which partner in which transaction, and
// (sealed under the token's key) which patron and item it stands for. Pure data; the file
// is vault.ts's business.
import { z } from 'zod';
import { zLibraryId } from './keystore.js';
import { seal, unseal } from './seal.js';
import { isKeyId, type RandomBytes } from './token.js';

export const MAX_ID_LENGTH = 128;

const zTime = z.iso.datetime({ offset: false });
export const zTransactionId = z.string().min(1).max(MAX_ID_LENGTH);

export const zLedgerEntry = z.strictObject({
  /** SHA-256 of the token: the ledger never stores a token in the clear. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest in hex'),
  kid: z.string().refine(isKeyId, 'a key id is "k" and 8 hex digits'),
  partner: zLibraryId,
  transaction: zTransactionId,
  state: z.enum(['OPEN', 'COMPLETED']),
  openedAt: zTime,
  completedAt: zTime.optional(),
  /** AES-256-GCM under key `kid`: { token, patron, item? }. */
  sealed: z.string().regex(/^[A-Za-z0-9_-]+$/, 'base64url'),
});
export type LedgerEntry = z.infer<typeof zLedgerEntry>;

/** One line of the ledger file: an entry as it now is, or the completion of one. */
export const zLedgerLine = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('put'), entry: zLedgerEntry }),
  z.strictObject({ op: z.literal('complete'), digest: zLedgerEntry.shape.digest, at: zTime }),
]);
export type LedgerLine = z.infer<typeof zLedgerLine>;

/** What a sealed entry holds: the link the retention rules are about. */
export interface SealedLink {
  token: string;
  patron: string;
  item?: string | undefined;
}

const aadOf = (library: string, e: Pick<LedgerEntry, 'kid' | 'digest' | 'partner' | 'transaction'>) =>
  ['ilr-ledger/1', library, e.kid, e.digest, e.partner, e.transaction].join('\n');

export function sealLink(key: Buffer, library: string, e: Pick<LedgerEntry, 'kid' | 'digest' | 'partner' | 'transaction'>, link: SealedLink, random: RandomBytes): string {
  const plain = Buffer.from(JSON.stringify({ t: link.token, p: link.patron, ...(link.item ? { i: link.item } : {}) }), 'utf8');
  return seal(key, aadOf(library, e), plain, random);
}

export function unsealLink(key: Buffer, library: string, e: LedgerEntry): SealedLink | undefined {
  const plain = unseal(key, aadOf(library, e), e.sealed);
  if (!plain) return undefined;
  const v = JSON.parse(plain.toString('utf8')) as { t: string; p: string; i?: string };
  return { token: v.t, patron: v.p, item: v.i };
}

export class Ledger {
  private readonly entries = new Map<string, LedgerEntry>();

  get size(): number {
    return this.entries.size;
  }

  get(digest: string): LedgerEntry | undefined {
    return this.entries.get(digest);
  }

  all(): IterableIterator<LedgerEntry> {
    return this.entries.values();
  }

  apply(line: LedgerLine): void {
    if (line.op === 'put') this.entries.set(line.entry.digest, line.entry);
    else {
      const e = this.entries.get(line.digest);
      if (e && e.state === 'OPEN') this.entries.set(line.digest, { ...e, state: 'COMPLETED', completedAt: line.at });
    }
  }

  delete(digest: string): boolean {
    return this.entries.delete(digest);
  }

  /** Entries of one transaction (with one partner, when given). */
  ofTransaction(transaction: string, partner?: string): LedgerEntry[] {
    return [...this.entries.values()].filter((e) => e.transaction === transaction && (partner === undefined || e.partner === partner));
  }

  /** Counts per key id: { open, completed }. */
  countsByKey(): Map<string, { open: number; completed: number }> {
    const out = new Map<string, { open: number; completed: number }>();
    for (const e of this.entries.values()) {
      const c = out.get(e.kid) ?? { open: 0, completed: 0 };
      if (e.state === 'OPEN') c.open++;
      else c.completed++;
      out.set(e.kid, c);
    }
    return out;
  }

  /** The whole ledger as lines (for compaction). */
  snapshot(): LedgerLine[] {
    return [...this.entries.values()].map((entry) => ({ op: 'put', entry }));
  }
}
