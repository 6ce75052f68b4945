// A decision record from ILR_DECISIONS (ilr.v1.DecisionRecord) -> the body of its audit
// entry. Only the fields the entry format names are read: Decision.label (a hold-shelf
// label) and citation texts are never copied; tokens arrive and leave as digests.
import { checkEntryBody, type AuditEntryBody } from '@ilr/audit';
import { decodeDecisionRecord, enumFromWire, type DecisionRecord, type EnumName, type EnumValue } from '@ilr/wire';
import { AuditServiceError } from './errors.js';

/** An enum by name; an unset or unknown value names the record's field. */
function named<N extends EnumName>(name: N, value: number | null | undefined, field: string): EnumValue<N> {
  try {
    return enumFromWire(name, value ?? 0);
  } catch (e) {
    throw new Error(`${field}: ${(e as Error).message}`, { cause: e });
  }
}

export function entryBodyOf(r: DecisionRecord): AuditEntryBody {
  const d = r.decision!;
  return checkEntryBody({
    messageId: r.messageId,
    reviewed: r.reviewed,
    ...(r.reviewed && r.reviewer ? { reviewer: r.reviewer } : {}),
    kind: named('MessageKind', r.kind, 'kind'),
    sender: r.sender,
    recipient: r.recipient,
    home: d.decidedBy ?? '',
    decidedAt: new Date(Number(r.decidedAt)).toISOString(),
    outcome: named('Outcome', d.outcome, 'decision.outcome'),
    basis: named('LegalBasis', d.basis, 'decision.basis'),
    reasonCode: named('ReasonCode', d.reasonCode, 'decision.reason_code'),
    disclosed: (d.disclosed ?? []).map((c, i) => named('DataClass', c, `decision.disclosed[${i}]`)),
    citations: (d.citations ?? []).map((c, i) => ({ cite: c.cite ?? '', status: named('CitationStatus', c.status, `decision.citations[${i}].status`) })),
    rules: [...(d.rules ?? [])],
    pack: { id: d.pack?.id ?? '', version: d.pack?.version ?? '' },
    screened: d.screened ?? false,
    ...(d.referTo ? { referTo: d.referTo } : {}),
    ...(d.review
      ? {
          review: {
            route: named('ReviewRoute', d.review.route, 'decision.review.route'),
            urgent: d.review.urgent ?? false,
            gag: d.review.gag ?? false,
            notifyConsortium: d.review.notifyConsortium ?? false,
            ceiling: (d.review.ceiling ?? []).map((c, i) => named('DataClass', c, `decision.review.ceiling[${i}]`)),
          },
        }
      : {}),
    ...(d.notice ? { notice: named('NoticeDetail', d.notice, 'decision.notice') } : {}),
    tokenDigests: [...r.tokenDigests],
  });
}

/** Decode and map; anything wrong is an AuditServiceError (UNREADABLE_RECORD) naming what. */
export function entryBodyFromBytes(data: Uint8Array): AuditEntryBody {
  try {
    return entryBodyOf(decodeDecisionRecord(data));
  } catch (e) {
    throw new AuditServiceError('UNREADABLE_RECORD', `not a decision record the audit log can hold: ${(e as Error).message}`, { cause: e });
  }
}
