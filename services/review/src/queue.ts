// A home library's review queue: its items on ILR_REVIEW (read afresh per request with an
// ordered consumer, so every instance of the service answers alike), minus those with an
// outcome in KV. Legal process is rare: a home has a handful of items a year, not millions.
import type { Logger } from '@ilr/log';
import { STREAMS, messageKey, reviewSubject } from '@ilr/nats';
import type { JetStreamClient } from '@nats-io/jetstream';
import { byUrgencyThenAge, parseItem } from './item.js';
import type { ReviewStore } from './store.js';
import type { QueuedItem } from './types.js';

/** How long one read of a home's items may take before it is reported as unavailable. */
const READ_TIMEOUT_MS = 5_000;

export class ReviewQueue {
  constructor(
    private readonly js: JetStreamClient,
    private readonly store: ReviewStore,
    private readonly logger: Logger,
  ) {}

  /** Every item ever queued for `home` (within ILR_REVIEW's retention), once per message (sender and id). */
  async items(home: string): Promise<QueuedItem[]> {
    const consumer = await this.js.consumers.get(STREAMS.review.name, { filter_subjects: reviewSubject(home) });
    const items = new Map<string, QueuedItem>();
    try {
      const count = (await consumer.info(true)).num_pending;
      if (count === 0) return [];
      const messages = await consumer.fetch({ max_messages: count, expires: READ_TIMEOUT_MS });
      for await (const m of messages) {
        try {
          const item = parseItem({ data: m.data, seq: m.seq, timestampNanos: m.info.timestampNanos });
          // The router may publish an item again after a crash: the first copy counts.
          const key = messageKey(item.sender, item.id);
          if (!items.has(key)) items.set(key, item);
        } catch (e) {
          // Not the payload: only where it is, and what is wrong with it.
          this.logger.error({ home, seq: m.seq, err: (e as Error).message }, 'unreadable review item skipped');
        }
        if (m.info.pending === 0) break;
      }
    } finally {
      await consumer.delete().catch(() => undefined);
    }
    return [...items.values()];
  }

  /** The items of `home` waiting for a person: urgent first, then the oldest. */
  async pending(home: string): Promise<QueuedItem[]> {
    const [items, decided] = await Promise.all([this.items(home), this.store.decided(home)]);
    return items.filter((i) => !decided.has(i)).sort(byUrgencyThenAge);
  }

  /** The items of `home` with message id `id` (from `sender`, when given): ids are unique only per sender. */
  async withId(home: string, id: string, sender?: string): Promise<QueuedItem[]> {
    return (await this.items(home)).filter((i) => i.id === id && (sender === undefined || i.sender === sender));
  }
}
