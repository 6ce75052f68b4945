// Approve / deny: record the outcome once (KV create), then publish it (decision,
// delivery, reply). A crash between the two leaves a DECIDED outcome that the retry loop
// (any instance) publishes; the publishes are deduplicated by their Nats-Msg-Id.
import type { Logger } from '@ilr/log';
import { messageKey } from '@ilr/nats';
import type { DataClass } from '@ilr/policy';
import { ReviewError } from './errors.js';
import { describeOutcome, outcomeDecision, sameOutcome } from './outcome.js';
import type { OutcomePublisher } from './publish.js';
import type { ReviewQueue } from './queue.js';
import type { ReviewStore, StoredOutcome } from './store.js';
import type { OutcomeRecord, QueuedItem, Reviewer } from './types.js';

export interface DeciderOptions {
  queue: ReviewQueue;
  store: ReviewStore;
  publisher: OutcomePublisher;
  logger: Logger;
  /** A DECIDED outcome older than this is published again by the retry loop. */
  retryAfterMs: number;
}

/** What may go to a log line about an item: nothing at all when it is gagged (its existence is the secret). */
export const logRef = (item: Pick<QueuedItem, 'id' | 'home' | 'decision'>): Record<string, unknown> | null =>
  item.decision.review.gag ? null : { messageId: item.id, home: item.home };

const unpublishedKey = (r: Pick<OutcomeRecord, 'home' | 'sender' | 'messageId'>): string => `${r.home}:${messageKey(r.sender ?? '', r.messageId)}`;

export class Decider {
  private readonly unpublished = new Map<string, StoredOutcome>();
  private sweeping = false;

  constructor(private readonly o: DeciderOptions) {}

  /** Records and publishes the outcome; asking again for the same outcome publishes nothing new. */
  async decide(
    item: QueuedItem,
    reviewer: Reviewer,
    outcome: 'RELAY' | 'REFUSE',
    released: DataClass[],
    reason: string,
  ): Promise<{ stored: StoredOutcome; created: boolean; delivered: boolean }> {
    const record = {
      messageId: item.id,
      sender: item.sender,
      home: item.home,
      outcome,
      released,
      reason,
      by: reviewer,
      decidedAt: new Date().toISOString(),
      state: 'DECIDED',
    } satisfies OutcomeRecord;
    const claimed = await this.o.store.claim(record);
    if (!claimed.created && !sameOutcome(claimed.record, outcome, released)) {
      const was = claimed.record;
      throw new ReviewError(
        'ALREADY_DECIDED',
        `item ${item.id} was already ${describeOutcome(was)} on ${was.decidedAt} by the ${was.by.role} of ${was.by.library}; a decision is final`,
      );
    }
    if (claimed.created) this.log(item, 'info', { outcome, released }, 'decided by a person');
    const delivered = claimed.record.state === 'PUBLISHED' || (await this.finish(item, claimed));
    return { stored: claimed, created: claimed.created, delivered };
  }

  /** Publishes a recorded outcome and marks it PUBLISHED; false when publishing failed (retried later). */
  async finish(item: QueuedItem, stored: StoredOutcome): Promise<boolean> {
    const { record } = stored;
    try {
      await this.o.publisher.publish(item, record, outcomeDecision(item.decision, record.outcome, record.released));
      await this.o.store.markPublished(stored);
      this.unpublished.delete(unpublishedKey(record));
      this.log(item, 'info', { outcome: record.outcome }, 'outcome published');
      return true;
    } catch (e) {
      this.log(item, 'error', { err: (e as Error).message }, 'publishing the outcome failed; retried later');
      return false;
    }
  }

  /** Keeps track of DECIDED outcomes and publishes those left unpublished (a crash, NATS unavailable). */
  async startRetries(intervalMs: number): Promise<{ stop(): void }> {
    const watch = await this.o.store.watchOutcomes(
      (o) => {
        const key = unpublishedKey(o.record);
        if (o.record.state === 'DECIDED') this.unpublished.set(key, o);
        else this.unpublished.delete(key);
      },
      (e) => this.o.logger.error({ err: (e as Error).message }, 'unreadable outcome record'),
    );
    const timer = setInterval(() => void this.retry(), intervalMs);
    timer.unref();
    return {
      stop: () => {
        clearInterval(timer);
        watch.stop();
      },
    };
  }

  /** One pass over the outcomes still unpublished. */
  async retry(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const due = Date.now() - this.o.retryAfterMs;
      for (const stored of [...this.unpublished.values()]) {
        if (Date.parse(stored.record.decidedAt) > due) continue;
        const { home, sender, messageId } = stored.record;
        const current = await this.o.store.outcome(home, sender, messageId);
        if (!current || current.record.state === 'PUBLISHED') {
          this.unpublished.delete(unpublishedKey(stored.record));
          continue;
        }
        // A record from before items were keyed by sender names none: the id alone then.
        const [item, ...others] = await this.o.queue.withId(home, messageId, sender);
        if (!item || others.length > 0) {
          this.o.logger.error({ home }, item ? 'a recorded outcome names no sender and its id has several items; not published' : 'a recorded outcome has no item on ILR_REVIEW any more; not published');
          this.unpublished.delete(unpublishedKey(stored.record));
          continue;
        }
        await this.finish(item, current);
      }
    } catch (e) {
      this.o.logger.error({ err: (e as Error).message }, 'retry of unpublished outcomes failed; next pass later');
    } finally {
      this.sweeping = false;
    }
  }

  private log(item: QueuedItem, level: 'info' | 'error', extra: Record<string, unknown>, msg: string): void {
    const ref = logRef(item);
    if (ref) this.o.logger[level]({ ...ref, ...extra }, msg);
    // A gagged item's failures are still reported, with nothing that says which item.
    else if (level === 'error') this.o.logger.error({ err: extra['err'] }, msg);
  }
}
