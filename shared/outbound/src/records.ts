// Engine types (string enums) -> wire messages (proto enum numbers).
import type { Decision, RequesterReply } from '@ilr/policy';
import { encodeDecision, encodeRequesterReply, enumToWire } from '@ilr/wire';

export function decisionBytes(d: Decision): Uint8Array {
  return encodeDecision({
    outcome: enumToWire('Outcome', d.outcome),
    disclosed: d.disclosed.map((c) => enumToWire('DataClass', c)),
    referTo: d.referTo ?? '',
    referToDisclosed: d.referToDisclosed ?? false,
    ...(d.review
      ? {
          review: {
            route: enumToWire('ReviewRoute', d.review.route),
            urgent: d.review.urgent,
            gag: d.review.gag,
            notifyConsortium: d.review.notifyConsortium,
            ceiling: d.review.ceiling.map((c) => enumToWire('DataClass', c)),
          },
        }
      : {}),
    ...(d.notice ? { notice: enumToWire('NoticeDetail', d.notice) } : {}),
    label: d.label ?? '',
    basis: enumToWire('LegalBasis', d.basis),
    rules: d.rules,
    citations: d.citations.map((c) => ({ cite: c.cite, text: c.text, status: enumToWire('CitationStatus', c.status) })),
    pack: d.pack,
    decidedBy: d.decidedBy,
    reasonCode: enumToWire('ReasonCode', d.reasonCode),
    screened: d.screened,
  });
}

export function replyBytes(r: RequesterReply): Uint8Array {
  return encodeRequesterReply({
    outcome: enumToWire('Outcome', r.outcome),
    reasonCode: enumToWire('ReasonCode', r.reasonCode),
    disclosed: r.disclosed.map((c) => enumToWire('DataClass', c)),
    referTo: r.referTo ?? '',
    citations: r.citations,
    pack: r.pack,
    message: r.message,
  });
}
