// TokenVault: one library's keystore, ledger and journal, in files under one directory on
// the connector host (never at the consortium). The connector mints and resolves through
// it and runs retention; `ilr keys` lists, rotates and shreds through it. Several processes
// may use the same files: every write holds the lock file, every read first reloads what
// another process changed.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { TokenError } from './errors.js';
import { OPERATOR_FILE, PRIVATE_FILE, appendLine, checkPrivate, readText, replaceFile, sameSignature, signature, withLock, type FileSignature } from './files.js';
import { zJournalRecord, type JournalRecord, type RetentionReport } from './journal.js';
import { Keystore, keyInfo, zKeystoreFile, zLibraryId, type KeyInfo } from './keystore.js';
import { Ledger, MAX_ID_LENGTH, sealLink, unsealLink, zLedgerLine, type LedgerEntry, type LedgerLine } from './ledger.js';
import { retentionExpired, rotationDue } from './retention.js';
import { TOKEN_HANDLE_BYTES, formatToken, tokenDigest, tokenKeyId, type RandomBytes } from './token.js';

export interface VaultOptions {
  /** The directory holding `<library>.keys.json`, `.ledger.jsonl`, `.journal.jsonl`. */
  dir: string;
  library: string;
  /** The library's retention period in days (its policy); keys rotate once per period. */
  retentionDays?: number | undefined;
  /** Create the directory and an empty keystore when missing (default true; `ilr keys` passes false). */
  create?: boolean;
  /** The clock; injected so tests can move it. */
  now?: () => Date;
  random?: RandomBytes;
  /** How long to wait for another process's lock. Default 5 s. */
  lockTimeoutMs?: number;
}

export interface MintRequest {
  /** The library's own patron id (never a card number: it is only ever sealed, but keep it an id). */
  patron: string;
  /** The library the token goes to. */
  partner: string;
  /** The transaction it is for: one token per partner and transaction. */
  transaction: string;
  /** The item the transaction is about, when known. */
  item?: string | undefined;
}

export type UnresolvedReason =
  /** The key id is not in this library's keystore. */
  | 'UNKNOWN_KEY'
  /** The key was shredded: every token minted under it is dead. */
  | 'SHREDDED'
  /** No link for this token: expunged by retention, or never minted here. */
  | 'NO_LINK'
  /** Minted for another partner than the one presenting it. */
  | 'WRONG_PARTNER'
  /** The sealed link does not open (tampered with, or not this token's). */
  | 'UNREADABLE';

export type Resolution =
  | {
      status: 'RESOLVED';
      patron: string;
      item: string | undefined;
      partner: string;
      transaction: string;
      state: LedgerEntry['state'];
      kid: string;
    }
  | { status: 'UNRESOLVED'; reason: UnresolvedReason }
  /** Not an ILR token at all (e.g. one the library's own system issued). */
  | { status: 'NOT_A_TOKEN' };

/** Whether a patron still owes materials or fines; undefined when the library's system cannot say. */
export type OutstandingCheck = (patron: string) => Promise<boolean | undefined>;

export interface KeyStatus extends KeyInfo {
  /** Links sealed under this key. */
  links: { open: number; completed: number };
}

export interface VaultStatus {
  library: string;
  keys: KeyStatus[];
  links: { open: number; completed: number };
}

export interface ShredResult {
  key: string;
  /** Links expunged with the key (only with `force`). */
  purged: number;
  alreadyShredded: boolean;
}

export interface MaintenanceReport {
  rotated: string | undefined;
  retention: RetentionReport;
  shredded: string[];
}

const zMint = z.strictObject({
  patron: z.string().min(1).max(MAX_ID_LENGTH),
  partner: zLibraryId,
  transaction: z.string().min(1).max(MAX_ID_LENGTH),
  item: z.string().min(1).max(MAX_ID_LENGTH).optional(),
});

/** How many patrons' outstanding materials and fines are asked about at once. */
const OUTSTANDING_CONCURRENCY = 4;

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function invalid(file: string, where: string, error: z.ZodError): TokenError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return new TokenError('INVALID_FILE', `${file}${where}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`);
}

export class TokenVault {
  readonly library: string;
  readonly files: { keystore: string; ledger: string; journal: string; lock: string };
  readonly retentionDays: number | undefined;
  private readonly now: () => Date;
  private readonly random: RandomBytes;
  private readonly lockTimeoutMs: number;
  private keystore: Keystore;
  private keystoreSig: FileSignature | undefined;
  private ledger = new Ledger();
  private ledgerSig: FileSignature | undefined;

  private constructor(opts: VaultOptions, library: string) {
    this.library = library;
    const at = (suffix: string) => join(opts.dir, `${library}.${suffix}`);
    this.files = { keystore: at('keys.json'), ledger: at('ledger.jsonl'), journal: at('journal.jsonl'), lock: at('lock') };
    this.retentionDays = opts.retentionDays;
    this.now = opts.now ?? (() => new Date());
    this.random = opts.random ?? randomBytes;
    this.lockTimeoutMs = opts.lockTimeoutMs ?? 5_000;
    this.keystore = Keystore.empty(library);
  }

  static async open(opts: VaultOptions): Promise<TokenVault> {
    const id = zLibraryId.safeParse(opts.library);
    if (!id.success) throw new TokenError('INVALID_INPUT', `library ${JSON.stringify(opts.library)}: ${id.error.issues[0]?.message}`);
    if (opts.retentionDays !== undefined && !(Number.isInteger(opts.retentionDays) && opts.retentionDays >= 0)) {
      throw new TokenError('INVALID_INPUT', `retentionDays must be a whole number of days, not ${opts.retentionDays}`);
    }
    const vault = new TokenVault(opts, id.data);
    if (!existsSync(vault.files.keystore)) {
      if (opts.create === false) throw new TokenError('NO_KEYSTORE', `no keystore for ${id.data} in ${opts.dir} (the connector creates ${id.data}.keys.json when it first runs)`);
      try {
        mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
      } catch (e) {
        throw new TokenError('IO', `cannot create ${opts.dir}: ${errText(e)}`, { cause: e });
      }
      await vault.locked(() => {
        if (!existsSync(vault.files.keystore)) vault.writeKeystore();
      });
    }
    vault.refresh();
    return vault;
  }

  // ------------------------------------------------------------------ tokens

  /**
   * A token for this patron, partner and transaction: the one already minted for them if the
   * transaction is open, else a new one (recorded in the ledger before it is returned).
   */
  async mint(request: MintRequest): Promise<string> {
    const parsed = zMint.safeParse(request);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TokenError('INVALID_INPUT', `cannot mint a token: ${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`);
    }
    const { patron, partner, transaction, item } = parsed.data;
    return this.locked(() => {
      const now = this.now();
      let active = this.keystore.active();
      if (!active || (this.retentionDays !== undefined && rotationDue(this.keystore, now, this.retentionDays))) {
        this.rotateNow(now, 'schedule');
        active = this.keystore.active()!;
      }
      for (const e of this.ledger.ofTransaction(transaction, partner)) {
        if (e.state !== 'OPEN') continue;
        const key = this.keystore.material(e.kid);
        const link = key && unsealLink(key, this.library, e);
        if (link?.patron !== patron) continue;
        if (item && !link.item) {
          const sealed = sealLink(key!, this.library, e, { ...link, item }, this.random);
          this.appendLedger({ op: 'put', entry: { ...e, sealed } });
        }
        return link.token;
      }
      const token = formatToken(active.id, this.random(TOKEN_HANDLE_BYTES));
      const head = { digest: tokenDigest(token), kid: active.id, partner, transaction };
      const sealed = sealLink(Buffer.from(active.material, 'base64'), this.library, head, { token, patron, item }, this.random);
      this.appendLedger({ op: 'put', entry: { ...head, state: 'OPEN', openedAt: now.toISOString(), sealed } });
      return token;
    });
  }

  /**
   * Who a token stands for, if it still stands for anyone. `counterpart` is the library on
   * the other side of the message that presents it: a token minted for one partner does
   * not resolve when another presents it.
   */
  resolve(token: string, opts: { counterpart?: string | undefined } = {}): Resolution {
    const kid = tokenKeyId(token);
    if (!kid) return { status: 'NOT_A_TOKEN' };
    this.refresh();
    const key = this.keystore.get(kid);
    if (!key) return { status: 'UNRESOLVED', reason: 'UNKNOWN_KEY' };
    if (key.state === 'shredded') return { status: 'UNRESOLVED', reason: 'SHREDDED' };
    const entry = this.ledger.get(tokenDigest(token));
    if (!entry) return { status: 'UNRESOLVED', reason: 'NO_LINK' };
    if (opts.counterpart !== undefined && entry.partner !== opts.counterpart) return { status: 'UNRESOLVED', reason: 'WRONG_PARTNER' };
    const link = entry.kid === kid ? unsealLink(Buffer.from(key.material, 'base64'), this.library, entry) : undefined;
    if (!link || link.token !== token) return { status: 'UNRESOLVED', reason: 'UNREADABLE' };
    return { status: 'RESOLVED', patron: link.patron, item: link.item, partner: entry.partner, transaction: entry.transaction, state: entry.state, kid };
  }

  /** Mark the open links of a transaction (with one partner, if given) or of one token completed. Returns how many. */
  async complete(which: { transaction: string; partner?: string | undefined } | { token: string }): Promise<number> {
    return this.locked(() => {
      const at = this.now().toISOString();
      const entries =
        'token' in which ? [this.ledger.get(tokenDigest(which.token))].filter((e): e is LedgerEntry => !!e) : this.ledger.ofTransaction(which.transaction, which.partner);
      let n = 0;
      for (const e of entries) {
        if (e.state !== 'OPEN') continue;
        this.appendLedger({ op: 'complete', digest: e.digest, at });
        n++;
      }
      return n;
    });
  }

  // ------------------------------------------------------------------ retention and keys

  /**
   * Expunge every completed link whose retention period has run out, unless the patron still
   * owes materials or fines (asked through `outstanding`, outside the lock: the library's
   * system may be slow), and every link whose key is gone. Journals the counts.
   */
  async retain(opts: { outstanding: OutstandingCheck; retentionDays?: number }): Promise<RetentionReport> {
    const days = opts.retentionDays ?? this.retentionDays;
    if (days === undefined) throw new TokenError('INVALID_INPUT', `no retention period for ${this.library}: open the vault with retentionDays`);
    const now = this.now();
    this.refresh();
    type Verdict = 'PURGE' | 'OUTSTANDING' | 'DEFERRED';
    // Which expired links belong to which patron; links whose key is gone are already unreadable.
    const patronOf = new Map<string, string | null>();
    for (const e of this.ledger.all()) {
      const key = this.keystore.material(e.kid);
      const link = key && unsealLink(key, this.library, e);
      if (!link) patronOf.set(e.digest, null);
      else if (retentionExpired(e, now, days)) patronOf.set(e.digest, link.patron);
    }
    // Ask the library's system once per patron, a few at a time.
    const patrons = [...new Set([...patronOf.values()].filter((p): p is string => p !== null))];
    const owes = new Map<string, Verdict>();
    const worker = async () => {
      for (let p = patrons.pop(); p !== undefined; p = patrons.pop()) {
        const o = await opts.outstanding(p).catch(() => undefined);
        owes.set(p, o === undefined ? 'DEFERRED' : o ? 'OUTSTANDING' : 'PURGE');
      }
    };
    await Promise.all(Array.from({ length: OUTSTANDING_CONCURRENCY }, worker));
    const decided = new Map<string, Verdict>();
    for (const [digest, patron] of patronOf) decided.set(digest, patron === null ? 'PURGE' : owes.get(patron)!);

    return this.locked(() => {
      let purged = 0;
      let keptOutstanding = 0;
      let deferred = 0;
      for (const [digest, v] of decided) {
        if (!this.ledger.get(digest)) continue;
        if (v === 'PURGE') {
          this.ledger.delete(digest);
          purged++;
        } else if (v === 'OUTSTANDING') keptOutstanding++;
        else deferred++;
      }
      if (purged > 0) this.compactLedger();
      let open = 0;
      let withinPeriod = 0;
      for (const e of this.ledger.all()) {
        if (e.state === 'OPEN') open++;
        else if (!retentionExpired(e, now, days)) withinPeriod++;
      }
      const report: RetentionReport = { at: now.toISOString(), retentionDays: days, purged, keptOutstanding, deferred, withinPeriod, open };
      this.record({ event: 'RETENTION', ...report });
      return report;
    });
  }

  /** Retire the active key and start a new one. Returns the new key. */
  async rotate(by: 'schedule' | 'operator' = 'operator'): Promise<KeyInfo> {
    return this.locked(() => keyInfo(this.rotateNow(this.now(), by)));
  }

  /** Rotate when the active key is older than the rotation period (or there is none). */
  async rotateIfDue(): Promise<KeyInfo | undefined> {
    if (this.retentionDays === undefined) return undefined;
    const days = this.retentionDays;
    return this.locked(() => {
      const now = this.now();
      return rotationDue(this.keystore, now, days) ? keyInfo(this.rotateNow(now, 'schedule')) : undefined;
    });
  }

  /**
   * Destroy a retired key: its material is overwritten and removed, and every token minted
   * under it stops resolving wherever copies of it sit. Refused while links are still kept
   * under it, unless `force` (which expunges them too: for a compromised key).
   */
  async shred(kid: string, opts: { force?: boolean; by?: 'schedule' | 'operator' } = {}): Promise<ShredResult> {
    return this.locked(() => {
      const key = this.keystore.get(kid);
      if (!key) throw new TokenError('UNKNOWN_KEY', `no key ${kid} in the keystore of ${this.library} (ilr keys list shows its keys)`);
      if (key.state === 'shredded') return { key: kid, purged: 0, alreadyShredded: true };
      if (key.state === 'active') throw new TokenError('KEY_IN_USE', `key ${kid} is the active key of ${this.library}: rotate first (ilr keys rotate), then shred it`);
      const under = [...this.ledger.all()].filter((e) => e.kid === kid);
      if (under.length > 0 && !opts.force) {
        throw new TokenError(
          'KEY_IN_USE',
          `${under.length} link(s) are still kept under key ${kid} (open transactions, outstanding materials or fines, or within the retention period); --force expunges them with the key`,
        );
      }
      for (const e of under) this.ledger.delete(e.digest);
      if (under.length > 0) this.compactLedger();
      this.keystore.shred(kid, this.now());
      this.writeKeystore();
      this.record({ at: this.now().toISOString(), event: 'KEY_SHREDDED', key: kid, purged: under.length, by: opts.by ?? 'operator' });
      return { key: kid, purged: under.length, alreadyShredded: false };
    });
  }

  /** Shred every retired key no link is kept under any more. Returns their ids. */
  async shredExpired(by: 'schedule' | 'operator' = 'schedule'): Promise<string[]> {
    return this.locked(() => {
      const inUse = new Set([...this.ledger.all()].map((e) => e.kid));
      const expired = this.keystore.keys().filter((k) => k.state === 'retired' && !inUse.has(k.id)).map((k) => k.id);
      if (expired.length === 0) return [];
      const now = this.now();
      for (const id of expired) this.keystore.shred(id, now);
      this.writeKeystore();
      for (const id of expired) this.record({ at: now.toISOString(), event: 'KEY_SHREDDED', key: id, purged: 0, by });
      return expired;
    });
  }

  /** What the connector runs on a schedule: rotate if due, expunge what retention allows, shred spent keys. */
  async maintain(opts: { outstanding: OutstandingCheck }): Promise<MaintenanceReport> {
    const rotated = await this.rotateIfDue();
    const retention = await this.retain(opts);
    const shredded = await this.shredExpired('schedule');
    return { rotated: rotated?.id, retention, shredded };
  }

  // ------------------------------------------------------------------ reading

  status(): VaultStatus {
    this.refresh();
    const counts = this.ledger.countsByKey();
    const keys = this.keystore.keys().map((k) => ({ ...keyInfo(k), links: counts.get(k.id) ?? { open: 0, completed: 0 } }));
    const links = { open: 0, completed: 0 };
    for (const c of counts.values()) {
      links.open += c.open;
      links.completed += c.completed;
    }
    return { library: this.library, keys, links };
  }

  /** The last `limit` journal records, oldest first. */
  journal(limit = 20): JournalRecord[] {
    if (limit <= 0) return [];
    const text = readText(this.files.journal) ?? '';
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return lines.slice(-limit).map((line, i) => {
      const n = lines.length - Math.min(limit, lines.length) + i + 1;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new TokenError('INVALID_FILE', `${this.files.journal} line ${n}: not JSON`);
      }
      const r = zJournalRecord.safeParse(json);
      if (!r.success) throw invalid(this.files.journal, ` line ${n}`, r.error);
      return r.data;
    });
  }

  // ------------------------------------------------------------------ files

  private locked<T>(fn: () => T): Promise<T> {
    return withLock(this.files.lock, this.lockTimeoutMs, () => {
      this.refresh();
      return fn();
    });
  }

  private rotateNow(now: Date, by: 'schedule' | 'operator') {
    const previous = this.keystore.active()?.id;
    const fresh = this.keystore.rotate(now, this.random);
    this.writeKeystore();
    this.record({ at: now.toISOString(), event: 'KEY_ROTATED', key: fresh.id, ...(previous ? { retired: previous } : {}), by });
    return fresh;
  }

  /** Reloads the keystore and the ledger when another process changed them. */
  private refresh(): void {
    const ks = signature(this.files.keystore);
    if (!sameSignature(ks, this.keystoreSig)) {
      this.keystore = this.readKeystore();
      this.keystoreSig = ks;
    }
    const ledger = signature(this.files.ledger);
    if (!sameSignature(ledger, this.ledgerSig)) {
      this.ledger = this.readLedger();
      this.ledgerSig = ledger;
    }
  }

  private readKeystore(): Keystore {
    const file = this.files.keystore;
    const text = readText(file);
    // A keystore removed by hand: every key is gone, and so is every token minted under one.
    if (text === undefined) return Keystore.empty(this.library);
    checkPrivate(file);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new TokenError('INVALID_FILE', `${file}: not JSON (${errText(e)})`);
    }
    const parsed = zKeystoreFile.safeParse(json);
    if (!parsed.success) throw invalid(file, '', parsed.error);
    if (parsed.data.library !== this.library) throw new TokenError('INVALID_FILE', `${file}: library: is ${parsed.data.library}, expected ${this.library}`);
    return new Keystore(parsed.data);
  }

  private readLedger(): Ledger {
    const file = this.files.ledger;
    const text = readText(file);
    const ledger = new Ledger();
    if (text === undefined) return ledger;
    checkPrivate(file);
    const lines = text.split('\n');
    lines.pop(); // the part after the last newline: empty, or a line still being appended
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new TokenError('INVALID_FILE', `${file} line ${i + 1}: not JSON`);
      }
      const parsed = zLedgerLine.safeParse(json);
      if (!parsed.success) throw invalid(file, ` line ${i + 1}`, parsed.error);
      ledger.apply(parsed.data);
    });
    return ledger;
  }

  private writeKeystore(): void {
    replaceFile(this.files.keystore, `${JSON.stringify(this.keystore.data, null, 2)}\n`, PRIVATE_FILE);
    this.keystoreSig = signature(this.files.keystore);
  }

  private appendLedger(line: LedgerLine): void {
    appendLine(this.files.ledger, JSON.stringify(line), PRIVATE_FILE);
    this.ledger.apply(line);
    this.ledgerSig = signature(this.files.ledger);
  }

  private compactLedger(): void {
    const text = this.ledger
      .snapshot()
      .map((l) => `${JSON.stringify(l)}\n`)
      .join('');
    replaceFile(this.files.ledger, text, PRIVATE_FILE);
    this.ledgerSig = signature(this.files.ledger);
  }

  private record(r: JournalRecord): void {
    appendLine(this.files.journal, JSON.stringify(r), OPERATOR_FILE);
  }
}
