// KV ilr-review: the outcome of each decided item (created once: the item has then left
// the queue) and the consortium notice of each federal process. No patron data: an
// outcome holds classes, a reason and who decided; a notice, the process type and issuer.
import { KV_BUCKETS, messageKey, type IlrNats } from '@ilr/nats';
import { JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import type { KV, KvEntry } from '@nats-io/kv';
import { ReviewError } from './errors.js';
import { zNoticeRecord, zOutcomeRecord, type NoticeRecord, type OutcomeRecord } from './types.js';

// Keyed by the item's message key (sender and id): message ids are unique only per sender,
// so two libraries' items with one id are two items. Records written before that were
// keyed by the id alone (`outcome.<home>.<id>`, no `sender` in them): still read.
export const outcomeKey = (home: string, sender: string, id: string): string => `outcome.${home}.${messageKey(sender, id)}`;
export const noticeKey = (home: string, sender: string, id: string): string => `notice.${home}.${messageKey(sender, id)}`;
const legacyKey = (what: 'outcome' | 'notice', home: string, id: string): string => `${what}.${home}.${id}`;
/** Where a record is kept: its sender's key, or (a record from before) the id's. */
const recordKey = (what: 'outcome' | 'notice', r: { home: string; messageId: string; sender?: string | undefined }): string =>
  r.sender ? `${what}.${r.home}.${messageKey(r.sender, r.messageId)}` : legacyKey(what, r.home, r.messageId);

/** Which items of a home have an outcome: by message key, and (records from before) by id. */
export interface Decided {
  has(item: { id: string; sender: string }): boolean;
}

export interface StoredOutcome {
  record: OutcomeRecord;
  revision: number;
}

/** KV create/update lost a race: the key exists, or changed since it was read. */
const lostRace = (e: unknown): boolean => e instanceof JetStreamApiError && e.code === JetStreamApiCodes.StreamWrongLastSequence;

export class ReviewStore {
  private constructor(readonly kv: KV) {}

  static async open(nats: IlrNats): Promise<ReviewStore> {
    return new ReviewStore(await nats.kv(KV_BUCKETS.review.bucket));
  }

  async outcome(home: string, sender: string | undefined, id: string): Promise<StoredOutcome | null> {
    const e = sender ? await this.kv.get(outcomeKey(home, sender, id)) : null;
    if (e && e.operation === 'PUT') return { record: parseOutcome(e), revision: e.revision };
    const legacy = await this.kv.get(legacyKey('outcome', home, id));
    if (!legacy || legacy.operation !== 'PUT') return null;
    const record = parseOutcome(legacy);
    return record.sender === undefined ? { record, revision: legacy.revision } : null;
  }

  /**
   * Records `record` unless the item already has an outcome; returns what is recorded now
   * and whether this call created it. Only one of any number of concurrent callers wins.
   */
  async claim(record: OutcomeRecord & { sender: string }): Promise<StoredOutcome & { created: boolean }> {
    const key = outcomeKey(record.home, record.sender, record.messageId);
    // An item decided before outcomes were keyed by sender keeps that decision.
    const earlier = await this.outcome(record.home, undefined, record.messageId);
    if (earlier) return { ...earlier, created: false };
    try {
      const revision = await this.kv.create(key, JSON.stringify(record));
      return { record, revision, created: true };
    } catch (e) {
      if (!lostRace(e)) throw e;
    }
    const existing = await this.outcome(record.home, record.sender, record.messageId);
    if (!existing) throw new ReviewError('UNAVAILABLE', `the outcome of ${record.messageId} changed while it was recorded; try again`);
    return { ...existing, created: false };
  }

  /** DECIDED -> PUBLISHED; false when another instance got there first. */
  async markPublished(stored: StoredOutcome): Promise<boolean> {
    const record: OutcomeRecord = { ...stored.record, state: 'PUBLISHED', publishedAt: new Date().toISOString() };
    try {
      await this.kv.update(recordKey('outcome', record), JSON.stringify(record), stored.revision);
      return true;
    } catch (e) {
      if (lostRace(e)) return false;
      throw e;
    }
  }

  /** The items of `home` that have an outcome (they have left the queue). */
  async decided(home: string): Promise<Decided> {
    const keys = new Set<string>();
    const legacyIds = new Set<string>();
    const prefix = `outcome.${home}.`;
    for await (const k of await this.kv.keys(`${prefix}>`)) {
      const rest = k.slice(prefix.length);
      (rest.includes('.') ? keys : legacyIds).add(rest);
    }
    return { has: (item) => keys.has(messageKey(item.sender, item.id)) || legacyIds.has(item.id) };
  }

  /** Calls back with every outcome now recorded, then each new one (for the retry of unpublished outcomes). */
  async watchOutcomes(onOutcome: (o: StoredOutcome) => void, onError: (e: unknown) => void): Promise<{ stop(): void }> {
    const iter = await this.kv.watch({ key: 'outcome.>' });
    void (async () => {
      for await (const e of iter) {
        if (e.operation !== 'PUT') continue;
        try {
          onOutcome({ record: parseOutcome(e), revision: e.revision });
        } catch (err) {
          onError(err);
        }
      }
    })();
    return { stop: () => iter.stop() };
  }

  /** Records the notice once; a second call (redelivery, another instance) leaves the first. */
  async recordNotice(notice: NoticeRecord): Promise<boolean> {
    try {
      await this.kv.create(recordKey('notice', notice), JSON.stringify(notice));
      return true;
    } catch (e) {
      if (lostRace(e)) return false;
      throw e;
    }
  }

  async notice(home: string, sender: string, id: string): Promise<NoticeRecord | null> {
    const e = (await this.kv.get(noticeKey(home, sender, id))) ?? (await this.kv.get(legacyKey('notice', home, id)));
    if (!e || e.operation !== 'PUT') return null;
    const n = parseNotice(e);
    return n.sender === undefined || n.sender === sender ? n : null;
  }

  /** Every notice addressed to `library`'s director, oldest first. */
  async noticesTo(library: string): Promise<NoticeRecord[]> {
    const keys: string[] = [];
    for await (const k of await this.kv.keys('notice.>')) keys.push(k);
    const out: NoticeRecord[] = [];
    for (const k of keys) {
      const e = await this.kv.get(k);
      if (!e || e.operation !== 'PUT') continue;
      const n = parseNotice(e);
      if (n.to?.library === library) out.push(n);
    }
    return out.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  }
}

function parseOutcome(e: KvEntry): OutcomeRecord {
  const r = zOutcomeRecord.safeParse(e.json());
  if (!r.success) throw new ReviewError('INTERNAL', `KV ${KV_BUCKETS.review.bucket} ${e.key}: not an outcome record (${r.error.issues[0]?.message})`);
  return r.data;
}

function parseNotice(e: KvEntry): NoticeRecord {
  const r = zNoticeRecord.safeParse(e.json());
  if (!r.success) throw new ReviewError('INTERNAL', `KV ${KV_BUCKETS.review.bucket} ${e.key}: not a notice record (${r.error.issues[0]?.message})`);
  return r.data;
}
