// Engine types (string enums) -> wire messages (proto enum numbers).
import { createHash } from 'node:crypto';
import type { Decision, MessageKind, RequesterReply } from '@ilr/policy';
import { encodeDecision, encodeDecisionRecord, encodeRequesterReply, enumToWire, type ilr } from '@ilr/wire';

export function decisionBytes(d: Decision): Uint8Array {
  return encodeDecision(decisionMessage(d));
}

/**
 * Who and what a decision was about: what the decision record on ILR_DECISIONS (and so
 * the audit log) holds besides the decision itself.
 */
export interface DecisionContext {
  /** The decided message's kind. */
  kind: MessageKind;
  /** The library that sent the message (the envelope's sender). */
  sender: string;
  /** The library it was addressed to (the envelope's recipient). */
  recipient: string;
  /**
   * The patron tokens (`PatronRef.token`) the message named; undefined entries are skipped.
   * Only their SHA-256 digests are published. Never pass a lookup key, a card number or a
   * name here: a digest of those could be reversed by trying every card number.
   */
  patronTokens?: readonly (string | undefined)[] | undefined;
  /** Set by the review service: the decision is a person's outcome for an earlier REVIEW. */
  review?: { reviewer?: string | undefined } | undefined;
  /** When it was decided. Default: now. */
  decidedAt?: Date | number | undefined;
}

/** Lower-case hex SHA-256 of a patron token's UTF-8 bytes: what the audit log holds instead of the token. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The digests of the tokens given, deduplicated and sorted (the order says nothing). */
export function tokenDigests(tokens: readonly (string | undefined)[] = []): string[] {
  return [...new Set(tokens.filter((t): t is string => !!t).map(tokenDigest))].sort();
}

/** The ilr.v1.DecisionRecord for ILR_DECISIONS; the hold-shelf label is left out (patron identity). */
export function decisionRecordBytes(messageId: string, d: Decision, about: DecisionContext): Uint8Array {
  const at = about.decidedAt ?? Date.now();
  return encodeDecisionRecord({
    messageId,
    kind: enumToWire('MessageKind', about.kind),
    sender: about.sender,
    recipient: about.recipient,
    decidedAt: typeof at === 'number' ? at : at.getTime(),
    decision: { ...decisionMessage(d), label: '' },
    tokenDigests: tokenDigests(about.patronTokens),
    reviewed: about.review !== undefined,
    reviewer: about.review?.reviewer ?? '',
  });
}

function decisionMessage(d: Decision): ilr.v1.Decision.$Properties {
  return {
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
  };
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
