// Publishes a review outcome exactly as the router publishes a decision, through
// Publisher of @ilr/outbound (so it is delivered and audited like any other decision).
import { Publisher } from '@ilr/outbound';
import { requesterReply, type Decision } from '@ilr/policy';
import type { StreamPublisher } from '@ilr/nats';
import type { OutcomeRecord, QueuedItem } from './types.js';

/** "director@mt-bozeman (J. Doe)": who decided, as the decision record (and so the audit log) names them. */
export const reviewerLabel = (by: OutcomeRecord['by']): string => `${by.role}@${by.library}${by.name ? ` (${by.name})` : ''}`;

export class OutcomePublisher {
  private readonly publisher: Publisher;

  constructor(streams: StreamPublisher) {
    this.publisher = new Publisher(streams);
  }

  /**
   * The decision record to ilr.decision.<home>, on RELAY the original envelope to its
   * recipient (with the Ilr-Decision header), and the requester's FINAL reply:
   * independent, each deduplicated by its own id, awaited together. The reviewer's
   * reason is not published: it is free text, kept in KV ilr-review only.
   */
  async publish(item: QueuedItem, record: OutcomeRecord, decision: Decision): Promise<void> {
    const p = this.publisher;
    const about = {
      kind: item.kind,
      sender: item.sender,
      recipient: item.recipient,
      patronTokens: [item.patronToken],
      review: { reviewer: reviewerLabel(record.by) },
      decidedAt: new Date(record.decidedAt),
    };
    const ref = { sender: item.sender, id: item.id };
    const writes: Promise<unknown>[] = [p.decision(item.id, decision, about), p.finalReply(ref, requesterReply(decision), { reviewed: true })];
    if (decision.outcome === 'RELAY') writes.push(p.deliver(ref, item.recipient, item.kind, item.envelope, decision));
    await Promise.all(writes);
  }
}
