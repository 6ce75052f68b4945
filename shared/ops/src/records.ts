// Reading the broker's records as operations may show them: decision records (outcome,
// basis, pack, citations by their cite, disclosed classes; the gag flag decides whether
// they count at all), dead letters (digests and reasons), Nats-Msg-Id keys.
import { HEADERS } from '@ilr/nats';
import { decodeDecisionRecord, enumFromWire } from '@ilr/wire';
import type { StoredMsg } from './read.js';
import type { DeadLetterRow, TraceDecision } from './types.js';

export interface DecisionView extends TraceDecision {
  messageId: string;
  sender: string;
  kind: string;
  decidedAt: number;
  reviewed: boolean;
  /** NSL/FISA nondisclosure: the item exists for its home director alone. */
  gag: boolean;
}

function named(name: Parameters<typeof enumFromWire>[0], value: number | null | undefined): string {
  try {
    return String(enumFromWire(name, value ?? 0));
  } catch {
    return 'UNKNOWN';
  }
}

/** A decision record, or undefined when the bytes are not one (nothing to count). */
export function decisionOf(data: Uint8Array): DecisionView | undefined {
  let r;
  try {
    r = decodeDecisionRecord(data);
  } catch {
    return undefined;
  }
  const d = r.decision!;
  return {
    messageId: r.messageId,
    sender: r.sender,
    recipient: r.recipient,
    kind: named('MessageKind', r.kind),
    decidedAt: Number(r.decidedAt),
    reviewed: r.reviewed === true,
    ...(r.reviewed && r.reviewer ? { reviewer: r.reviewer } : {}),
    gag: d.review?.gag === true,
    outcome: named('Outcome', d.outcome),
    home: d.decidedBy ?? '',
    basis: named('LegalBasis', d.basis),
    reasonCode: named('ReasonCode', d.reasonCode),
    pack: { id: d.pack?.id ?? '', version: d.pack?.version ?? '' },
    citations: (d.citations ?? []).map((c) => c.cite ?? ''),
    disclosed: (d.disclosed ?? []).map((c) => named('DataClass', c)),
    ...(d.referTo ? { referTo: d.referTo } : {}),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** A dead letter as a row: only the fields the dead-letter record defines (it holds a digest, never the payload). */
export function deadLetterOf(m: StoredMsg): DeadLetterRow | undefined {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(new TextDecoder().decode(m.data)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof j !== 'object' || j === null) return undefined;
  const at = Date.parse(str(j['at']));
  return {
    seq: m.seq,
    at: new Date(Number.isNaN(at) ? m.time : at).toISOString(),
    sender: str(j['sender']),
    messageId: str(j['messageId']),
    subject: str(j['subject']),
    code: str(j['code']) || 'UNKNOWN',
    reason: str(j['reason']),
    ...(str(j['field']) ? { field: str(j['field']) } : {}),
    size: num(j['size']),
    sha256: str(j['sha256']),
  };
}

/** The Nats-Msg-Id of a stored message: `<sender>.<id>` on ingress, `<sender>.<id>:<what>` on the broker's writes. */
export const msgIdOf = (m: StoredMsg): string => m.headers?.get(HEADERS.msgId) ?? '';

/** `home library mt-bozeman did not answer: ...` (the policy service's PENDING reasons) -> `mt-bozeman`. */
export function homeOfPendingReason(reason: string): string | undefined {
  return /^home library ([a-z0-9][a-z0-9-]*) /.exec(reason)?.[1];
}

export const iso = (ms: number): string => new Date(ms).toISOString();
