// Everything the broker writes (the router, and the review service for reviewers' outcomes). Every publish goes through JetStream with
// Nats-Msg-Id "<message_id>:<what>", so a redelivery after a crash is deduplicated.
import { createHash } from 'node:crypto';
import {
  type StreamPublisher,
  deadLetterSubject,
  decisionSubject,
  deliverySubject,
  errorSubject,
  HEADERS,
  replySubject,
  reviewSubject,
} from '@ilr/nats';
import type { Decision, PolicyRequest, RequesterReply } from '@ilr/policy';
import { encodeErrorReply } from '@ilr/wire';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { decisionBytes, decisionRecordBytes, replyBytes, type DecisionContext } from './records.js';

/** What goes to ilr.dlq.<sender>: a digest of the message, never its payload. */
export interface DeadLetter {
  messageId: string;
  sender: string;
  subject: string;
  code: string;
  reason: string;
  field?: string | undefined;
  size: number;
  sha256: string;
  at: string;
}

export class Publisher {
  constructor(private readonly streams: StreamPublisher) {}

  private async send(subject: string, data: Uint8Array | string, msgId: string, hdrs: Record<string, string> = {}): Promise<void> {
    const h = natsHeaders();
    for (const [k, v] of Object.entries(hdrs)) h.set(k, v);
    await this.streams.publish(subject, data, { msgID: msgId, headers: h });
  }

  /**
   * Records a decision on `ilr.decision.<home>` (ILR_DECISIONS) as an ilr.v1.DecisionRecord,
   * which the audit service appends to the audit log. `id` is the decided message's id.
   * The router calls it for every policy decision; the review service for every reviewer's
   * outcome, with `about.review` set (its own Nats-Msg-Id, so it is never taken for a
   * duplicate of the REVIEW decision it settles). Patron tokens are published only as
   * SHA-256 digests, and the hold-shelf label is left out.
   */
  decision(id: string, d: Decision, about: DecisionContext): Promise<void> {
    const what = about.review ? 'decision-reviewed' : 'decision';
    return this.send(decisionSubject(d.decidedBy), decisionRecordBytes(id, d, about), `${id}:${what}`);
  }

  /** The envelope to `to` (the recipient, or the registering library on REFER). */
  deliver(id: string, to: string, kind: string, envelope: Uint8Array, d: Decision): Promise<void> {
    const what = d.outcome === 'REFER' ? 'refer' : 'deliver';
    return this.send(deliverySubject(to, kind), envelope, `${id}:${what}`, {
      [HEADERS.decision]: Buffer.from(decisionBytes(d)).toString('base64'),
    });
  }

  review(id: string, d: Decision, request: PolicyRequest, envelope: Uint8Array): Promise<void> {
    const home = d.decidedBy;
    const body = { messageId: id, home, decision: d, request, envelope: Buffer.from(envelope).toString('base64') };
    return this.send(reviewSubject(home), JSON.stringify(body), `${id}:review`);
  }

  /** The requester's FINAL reply; a reviewer's outcome follows the router's "held for review" reply, so it has its own id. */
  finalReply(id: string, sender: string, reply: RequesterReply, opts: { reviewed?: boolean } = {}): Promise<void> {
    const what = opts.reviewed ? 'reply-reviewed' : 'reply';
    return this.send(replySubject(sender), replyBytes(reply), `${id}:${what}`, { [HEADERS.correlationId]: id, [HEADERS.reply]: 'FINAL' });
  }

  pendingReply(id: string, sender: string, reason: string): Promise<void> {
    return this.send(replySubject(sender), new Uint8Array(), `${id}:pending`, {
      [HEADERS.correlationId]: id,
      [HEADERS.reply]: 'PENDING',
      [HEADERS.reason]: reason,
    });
  }

  deadLetter(id: string, dl: DeadLetter): Promise<void> {
    return this.send(deadLetterSubject(dl.sender), JSON.stringify(dl), `${id}:dlq`);
  }

  errorReply(id: string, sender: string, code: string, reason: string, field: string | undefined, messageId: string): Promise<void> {
    const bytes = encodeErrorReply({ messageId, code, reason, ...(field ? { field } : {}) });
    return this.send(errorSubject(sender), bytes, `${id}:error`, { [HEADERS.correlationId]: messageId });
  }
}

export function digest(data: Uint8Array): { size: number; sha256: string } {
  return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}
