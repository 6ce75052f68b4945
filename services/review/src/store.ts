// KV ilr-review: the outcome of each decided item (created once: the item has then left
// the queue) and the consortium notice of each federal process. No patron data: an
// outcome holds classes, a reason and who decided; a notice, the process type and issuer.
import { KV_BUCKETS, type IlrNats } from '@ilr/nats';
import { JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import type { KV, KvEntry } from '@nats-io/kv';
import { ReviewError } from './errors.js';
import { zNoticeRecord, zOutcomeRecord, type NoticeRecord, type OutcomeRecord } from './types.js';

export const outcomeKey = (home: string, id: string): string => `outcome.${home}.${id}`;
export const noticeKey = (home: string, id: string): string => `notice.${home}.${id}`;

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

  async outcome(home: string, id: string): Promise<StoredOutcome | null> {
    const e = await this.kv.get(outcomeKey(home, id));
    return e && e.operation === 'PUT' ? { record: parseOutcome(e), revision: e.revision } : null;
  }

  /**
   * Records `record` unless the item already has an outcome; returns what is recorded now
   * and whether this call created it. Only one of any number of concurrent callers wins.
   */
  async claim(record: OutcomeRecord): Promise<StoredOutcome & { created: boolean }> {
    const key = outcomeKey(record.home, record.messageId);
    try {
      const revision = await this.kv.create(key, JSON.stringify(record));
      return { record, revision, created: true };
    } catch (e) {
      if (!lostRace(e)) throw e;
    }
    const existing = await this.outcome(record.home, record.messageId);
    if (!existing) throw new ReviewError('UNAVAILABLE', `the outcome of ${record.messageId} changed while it was recorded; try again`);
    return { ...existing, created: false };
  }

  /** DECIDED -> PUBLISHED; false when another instance got there first. */
  async markPublished(stored: StoredOutcome): Promise<boolean> {
    const record: OutcomeRecord = { ...stored.record, state: 'PUBLISHED', publishedAt: new Date().toISOString() };
    try {
      await this.kv.update(outcomeKey(record.home, record.messageId), JSON.stringify(record), stored.revision);
      return true;
    } catch (e) {
      if (lostRace(e)) return false;
      throw e;
    }
  }

  /** Ids of the items of `home` that have an outcome (they have left the queue). */
  async decidedIds(home: string): Promise<Set<string>> {
    const ids = new Set<string>();
    const prefix = outcomeKey(home, '');
    for await (const k of await this.kv.keys(`${prefix}*`)) ids.add(k.slice(prefix.length));
    return ids;
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
      await this.kv.create(noticeKey(notice.home, notice.messageId), JSON.stringify(notice));
      return true;
    } catch (e) {
      if (lostRace(e)) return false;
      throw e;
    }
  }

  async notice(home: string, id: string): Promise<NoticeRecord | null> {
    const e = await this.kv.get(noticeKey(home, id));
    return e && e.operation === 'PUT' ? parseNotice(e) : null;
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
