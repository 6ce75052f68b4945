// Everything the broker writes (the router, and the review service for reviewers' outcomes). Every publish goes through JetStream with
// Nats-Msg-Id "<sender>.<message_id>:<what>", so a redelivery after a crash is deduplicated.
// The sender is part of it: message ids are unique only per sender, and a stream's duplicate
// window is shared by all of them, so a library reusing another's id must not have its
// writes (or worse, only some of them: a delivery without its decision record) dropped.
import { createHash } from 'node:crypto';
import {
  type StreamPublisher,
  deadLetterSubject,
  decisionSubject,
  deliverySubject,
  errorSubject,
  HEADERS,
  messageKey,
  replySubject,
  reviewSubject,
} from '@ilr/nats';
import type { Decision, PolicyRequest, RequesterReply } from '@ilr/policy';
import { encodeErrorReply } from '@ilr/wire';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { decisionBytes, decisionRecordBytes, replyBytes, type DecisionContext } from './records.js';

/**
 * Which message a write is about: its id and its trusted sender (the ingress subject's).
 * Together they are unique; the id alone is not.
 */
export interface MessageRef {
  sender: string;
  id: string;
}

/** The Nats-Msg-Id of the broker's write `what` about `ref`. */
export const writeId = (ref: MessageRef, what: string): string => `${messageKey(ref.sender, ref.id)}:${what}`;

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
    return this.send(decisionSubject(d.decidedBy), decisionRecordBytes(id, d, about), writeId({ sender: about.sender, id }, what));
  }

  /** The envelope to `to` (the recipient, or the registering library on REFER). */
  deliver(ref: MessageRef, to: string, kind: string, envelope: Uint8Array, d: Decision): Promise<void> {
    const what = d.outcome === 'REFER' ? 'refer' : 'deliver';
    return this.send(deliverySubject(to, kind), envelope, writeId(ref, what), {
      [HEADERS.decision]: Buffer.from(decisionBytes(d)).toString('base64'),
    });
  }

  review(ref: MessageRef, d: Decision, request: PolicyRequest, envelope: Uint8Array): Promise<void> {
    const home = d.decidedBy;
    const body = { messageId: ref.id, home, decision: d, request, envelope: Buffer.from(envelope).toString('base64') };
    return this.send(reviewSubject(home), JSON.stringify(body), writeId(ref, 'review'));
  }

  /** The requester's FINAL reply; a reviewer's outcome follows the router's "held for review" reply, so it has its own id. */
  finalReply(ref: MessageRef, reply: RequesterReply, opts: { reviewed?: boolean } = {}): Promise<void> {
    const what = opts.reviewed ? 'reply-reviewed' : 'reply';
    return this.send(replySubject(ref.sender), replyBytes(reply), writeId(ref, what), { [HEADERS.correlationId]: ref.id, [HEADERS.reply]: 'FINAL' });
  }

  pendingReply(ref: MessageRef, reason: string): Promise<void> {
    return this.send(replySubject(ref.sender), new Uint8Array(), writeId(ref, 'pending'), {
      [HEADERS.correlationId]: ref.id,
      [HEADERS.reply]: 'PENDING',
      [HEADERS.reason]: reason,
    });
  }

  /** `ref` names the write for deduplication (the router's `dedupe`): usually the message, `dl.sender` its trusted sender. */
  deadLetter(ref: MessageRef, dl: DeadLetter): Promise<void> {
    return this.send(deadLetterSubject(dl.sender), JSON.stringify(dl), writeId(ref, 'dlq'));
  }

  /** To `ref.sender`, answering its message `messageId` (empty when it had none readable). */
  errorReply(ref: MessageRef, code: string, reason: string, field: string | undefined, messageId: string): Promise<void> {
    const bytes = encodeErrorReply({ messageId, code, reason, ...(field ? { field } : {}) });
    return this.send(errorSubject(ref.sender), bytes, writeId(ref, 'error'), { [HEADERS.correlationId]: messageId });
  }
}

export function digest(data: Uint8Array): { size: number; sha256: string } {
  return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}
