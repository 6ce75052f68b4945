// An ILR_REVIEW message -> a QueuedItem. The router wrote it, but the stream is read
// months later by code that may have changed: everything is validated again.
import { formatPath, type PolicyRequest } from '@ilr/policy';
import { decodeMessage } from '@ilr/wire';
import { ReviewError } from './errors.js';
import { zReviewItemJson, type PatronReference, type QueuedItem, type ReviewDecision } from './types.js';

interface StoredMessage {
  data: Uint8Array;
  seq: number;
  /** Stream timestamp, nanoseconds since the epoch. */
  timestampNanos: number;
}

export function parseItem(m: StoredMessage): QueuedItem {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(m.data));
  } catch {
    throw new ReviewError('INTERNAL', `review item at sequence ${m.seq} is not JSON`);
  }
  const r = zReviewItemJson.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ReviewError('INTERNAL', `review item at sequence ${m.seq}: ${formatPath(issue.path)}: ${issue.message}`);
  }
  const { messageId, home, decision, request, envelope } = r.data;
  if (decision.decidedBy !== home) {
    throw new ReviewError('INTERNAL', `review item at sequence ${m.seq}: decided by ${decision.decidedBy}, queued for ${home}`);
  }
  const bytes = new Uint8Array(Buffer.from(envelope, 'base64'));
  let message;
  try {
    message = decodeMessage(bytes);
  } catch (e) {
    throw new ReviewError('INTERNAL', `review item at sequence ${m.seq}: envelope: ${(e as Error).message}`);
  }
  if (message.envelope.messageId !== messageId) {
    throw new ReviewError('INTERNAL', `review item at sequence ${m.seq}: envelope message id differs from the item's`);
  }
  const body = message.body as { documentRef?: string | null; patron?: { token?: string | null } | null; lookup?: { cardNumber?: string | null; name?: string | null } | null };
  return {
    id: messageId,
    home,
    seq: m.seq,
    receivedAt: new Date(Math.floor(m.timestampNanos / 1e6)),
    decision: decision as unknown as ReviewDecision,
    request: request as PolicyRequest,
    envelope: bytes,
    kind: message.kind,
    sender: message.envelope.sender,
    recipient: message.envelope.recipient,
    documentRef: body.documentRef || undefined,
    patronRef: patronReference(body),
    patronToken: body.patron?.token || undefined,
  };
}

function patronReference(body: { patron?: { token?: string | null } | null; lookup?: { cardNumber?: string | null; name?: string | null } | null }): PatronReference {
  if (body.patron?.token) return 'TOKEN';
  if (body.lookup?.cardNumber) return 'CARD_NUMBER';
  if (body.lookup?.name) return 'NAME';
  return 'NONE';
}

/** Urgent first (a search warrant is executable at once), then the oldest. */
export function byUrgencyThenAge(a: Pick<QueuedItem, 'decision' | 'seq'>, b: Pick<QueuedItem, 'decision' | 'seq'>): number {
  const u = Number(b.decision.review.urgent) - Number(a.decision.review.urgent);
  return u !== 0 ? u : a.seq - b.seq;
}
