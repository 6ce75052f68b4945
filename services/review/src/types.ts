// What the review service reads (items on ILR_REVIEW), keeps (outcomes and notices in KV
// ilr-review) and answers (ops requests). JSON input is validated with zod; errors name
// the field.
import type { ReviewRole } from '@ilr/nats';
import {
  zBasis,
  zDataClass,
  zLibraryId,
  zPolicyRequest,
  zRoute,
  type Citation,
  type DataClass,
  type Decision,
  type MessageKind,
  type PolicyRequest,
  type ReviewTicket,
  type Want,
} from '@ilr/policy';
import { z } from 'zod';

/** A message id as the wire admits it (ULID or UUID); also a KV key token. */
export const zMessageId = z.string().regex(/^[0-9A-Za-z-]{1,64}$/, 'a message id is a ULID or UUID');

const zCitation = z.looseObject({ cite: z.string(), text: z.string(), status: z.enum(['VERIFIED', 'UNVERIFIED', 'READING']) });

/**
 * The REVIEW decision of an item. Loose: fields added to Decision later are kept (and
 * published again with the outcome), not stripped.
 */
export const zReviewDecision = z.looseObject({
  outcome: z.literal('REVIEW'),
  disclosed: z.array(zDataClass),
  review: z.looseObject({
    route: zRoute,
    urgent: z.boolean(),
    gag: z.boolean(),
    notifyConsortium: z.boolean(),
    ceiling: z.array(zDataClass),
  }),
  basis: zBasis,
  rules: z.array(z.string()),
  citations: z.array(zCitation),
  pack: z.looseObject({ id: z.string(), version: z.string() }),
  decidedBy: zLibraryId,
  reasonCode: z.string(),
  screened: z.boolean(),
});

/** An item as the router publishes it (Publisher.review of @ilr/outbound). */
export const zReviewItemJson = z.strictObject({
  messageId: zMessageId,
  home: zLibraryId,
  decision: zReviewDecision,
  request: zPolicyRequest,
  envelope: z.base64(),
});

export type ReviewDecision = Decision & { outcome: 'REVIEW'; review: ReviewTicket };

/** How the patron is named in the request; the value itself never leaves the service. */
export type PatronReference = 'TOKEN' | 'CARD_NUMBER' | 'NAME' | 'NONE';

/** One item of a review queue as read from ILR_REVIEW. Holds the original envelope: never log it. */
export interface QueuedItem {
  id: string;
  home: string;
  /** ILR_REVIEW stream sequence of the first copy. */
  seq: number;
  receivedAt: Date;
  decision: ReviewDecision;
  request: PolicyRequest;
  /** The original envelope bytes, delivered as they are on RELAY. */
  envelope: Uint8Array;
  kind: MessageKind;
  sender: string;
  recipient: string;
  /** The served document's reference (LEGAL_PROCESS): for the home library's eyes only. */
  documentRef: string | undefined;
  patronRef: PatronReference;
  /** The PatronRef token, if the patron is named by one: only its digest is ever published. */
  patronToken: string | undefined;
}

/** Who decided: the role is the one the request subject (and so NATS permissions) allowed. */
export interface Reviewer {
  library: string;
  role: ReviewRole;
  /** A name the person gave (--by); a label, not an authentication. */
  name?: string | undefined;
}

/** Absent in records written before items were keyed by sender and id. */
const zRecordSender = zLibraryId.optional();

export const zOutcomeRecord = z.strictObject({
  messageId: zMessageId,
  /** The library the message came from: with messageId, which item this is. */
  sender: zRecordSender,
  home: zLibraryId,
  outcome: z.enum(['RELAY', 'REFUSE']),
  released: z.array(zDataClass),
  reason: z.string(),
  by: z.strictObject({ library: zLibraryId, role: z.enum(['director', 'records-custodian', 'operator']), name: z.string().optional() }),
  decidedAt: z.iso.datetime(),
  /** DECIDED: recorded, not yet published; PUBLISHED: decision, delivery and reply are out. */
  state: z.enum(['DECIDED', 'PUBLISHED']),
  publishedAt: z.iso.datetime().optional(),
});
export type OutcomeRecord = z.infer<typeof zOutcomeRecord>;

export const zConsortiumContact = z.strictObject({ title: z.string(), library: zLibraryId, email: z.string().optional() });
export type ConsortiumContact = z.infer<typeof zConsortiumContact>;

/** The notice of federal process to the consortium's contact: no patron data, by construction. */
export const zNoticeRecord = z.strictObject({
  messageId: zMessageId,
  sender: zRecordSender,
  home: zLibraryId,
  homeName: z.string(),
  /** null: the home library has no consortiumContact in the directory. */
  to: zConsortiumContact.nullable(),
  process: z.strictObject({ type: z.string(), issuer: z.string() }),
  receivedAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
});
export type NoticeRecord = z.infer<typeof zNoticeRecord>;

// ---------------------------------------------------------------------------------------
// Ops requests (JSON bodies of ilr.ops.review.<home>.<role>.<action>)
// ---------------------------------------------------------------------------------------

const zReason = z.string().trim().min(1, 'give the reason for the decision').max(2000);
const zBy = z.string().trim().min(1).max(120).optional();

/** Message ids are unique per sender: `sender` picks the item when two senders used one id. */
const zItemRef = { id: zMessageId, sender: zLibraryId.optional() };
export const zShowRequest = z.strictObject(zItemRef);
/** `release` is checked against DataClass and the ceiling by the service, to name the class at fault. */
export const zApproveRequest = z.strictObject({ ...zItemRef, release: z.array(z.string()).max(16), reason: zReason, by: zBy });
export const zDenyRequest = z.strictObject({ ...zItemRef, reason: zReason, by: zBy });
export const zEmptyRequest = z.strictObject({});
export type ApproveRequest = z.infer<typeof zApproveRequest>;
export type DenyRequest = z.infer<typeof zDenyRequest>;

// ---------------------------------------------------------------------------------------
// Ops answers
// ---------------------------------------------------------------------------------------

/** One line of the queue. */
export interface ItemSummary {
  id: string;
  home: string;
  kind: MessageKind;
  receivedAt: string;
  urgent: boolean;
  gag: boolean;
  route: ReviewTicket['route'];
  basis: Decision['basis'];
  process?: { type: string; issuer: string; criminal: boolean } | undefined;
  /** Who asks, e.g. "AGENCY POLICE" or "LIBRARY wi-madison". */
  requester: string;
  /** The member library at whose desk the request was made. */
  sender: string;
  wants: Want[];
  ceiling: DataClass[];
  /** Whether the role asking may approve or deny it. */
  actionable: boolean;
}

export type NoticeStatus =
  | { status: 'NOT_REQUIRED' }
  | { status: 'WITHHELD_GAG' }
  | { status: 'PENDING' }
  | { status: 'RECORDED'; to: ConsortiumContact; at: string }
  | { status: 'NO_CONTACT'; at: string };

export interface OutcomeView {
  outcome: 'RELAY' | 'REFUSE';
  released: DataClass[];
  /** Only to the home library's director and records custodian. */
  reason?: string | undefined;
  by: Reviewer;
  decidedAt: string;
  delivered: boolean;
}

export interface ItemDetail extends ItemSummary {
  recipient: string;
  purpose: PolicyRequest['purpose'];
  citations: Citation[];
  pack: { id: string; version: string };
  notice: NoticeStatus;
  /** Home library roles only. */
  documentRef?: string | undefined;
  patronRef?: PatronReference | undefined;
  outcome?: OutcomeView | undefined;
}

export interface ListAnswer {
  home: string;
  role: ReviewRole;
  items: ItemSummary[];
}
export interface ShowAnswer {
  item: ItemDetail;
}
export interface DecideAnswer {
  id: string;
  /** Where a RELAY delivers the message (the library it was addressed to). */
  recipient: string;
  /** Who is told the outcome (the library the request came through). */
  sender: string;
  outcome: OutcomeView;
  /** True when this request found the same decision already taken: nothing was published again. */
  alreadyDecided: boolean;
}
export interface NoticesAnswer {
  library: string;
  notices: NoticeRecord[];
}
