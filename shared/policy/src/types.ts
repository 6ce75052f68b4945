// The vocabulary of ../shared/DOMAIN.md as TypeScript. Every enum here is also a zod enum
// (schema.ts) and a protobuf enum (proto/ilr/v1); the names are identical everywhere.

export const MESSAGE_KINDS = [
  'ITEM_FOUND',
  'RECOVERY_NOTICE',
  'PATRON_INQUIRY',
  'ACCOUNT_INQUIRY',
  'LOAN_REQUEST',
  'SUPPLIER_STATUS',
  'REQUESTER_ACTION',
  'HOLD_PICKUP',
  'LEGAL_PROCESS',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const OUTCOMES = ['RELAY', 'REFER', 'REFUSE', 'REVIEW'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * What `disclosed` may list. DOMAIN.md's eight classes, then two the statutes name that are
 * not the patron's own record: GUARDIAN_IDENTITY, who the parent or guardian of a minor
 * patron is (Fla. Stat. 257.261: all a collector or the police may learn of a patron under
 * 16), and SURVEILLANCE_RECORDS, what a surveillance device under the library's control
 * recorded of alleged criminal conduct at the library (Wis. Stat. 43.30(5)).
 */
export const DATA_CLASSES = [
  'EXISTENCE',
  'IDENTITY',
  'CONTACT',
  'CIRCULATION',
  'HOLDS',
  'OVERDUE',
  'FEES',
  'HISTORY',
  'GUARDIAN_IDENTITY',
  'SURVEILLANCE_RECORDS',
] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** What a request may want besides data: an action on the account, or a notice forwarded. */
export const ACTIONS = ['ACCOUNT_ACTION', 'NOTICE_TO_PATRON'] as const;
export type Action = (typeof ACTIONS)[number];

export const WANTS = [...DATA_CLASSES, ...ACTIONS] as const;
export type Want = DataClass | Action;

export const LEGAL_BASES = [
  'NONE',
  'PATRON_WRITTEN_CONSENT',
  'PATRON_REQUEST',
  'LIBRARY_OPERATIONS',
  'INTERLIBRARY_COOPERATION',
  'MATERIAL_RECOVERY',
  'COLLECTION_AGENCY',
  'PARENT_OF_MINOR',
  'COURT_ORDER',
  'SUBPOENA',
  'SEARCH_WARRANT',
  'NATIONAL_SECURITY_LETTER',
  'FISA_ORDER',
  'REQUIRED_BY_LAW',
  'LAW_ENFORCEMENT_EMERGENCY',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const PURPOSES = [
  'MATERIAL_RECOVERY',
  'FINE_COLLECTION',
  'RESOURCE_SHARING',
  'ACCOUNT_SERVICE',
  'INVESTIGATION',
  'RECORDS_REQUEST',
  'WELFARE',
  'OTHER',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const AGENCIES = ['POLICE', 'PROSECUTOR', 'COURT', 'FEDERAL_AGENCY', 'COLLECTION_AGENCY', 'RECORDS_REQUESTER'] as const;
export type Agency = (typeof AGENCIES)[number];

export const RELATIONS = ['SELF', 'CAREGIVER', 'PARENT', 'SPOUSE', 'FINDER', 'OTHER'] as const;
export type Relation = (typeof RELATIONS)[number];

export const CREDENTIALS = ['CARD', 'CARD_NUMBER', 'CARD_NUMBER_AND_PIN', 'NAME_ONLY', 'PHOTO_ID', 'NONE'] as const;
export type Credential = (typeof CREDENTIALS)[number];

export const PROCESS_TYPES = ['SUBPOENA', 'COURT_ORDER', 'SEARCH_WARRANT', 'NATIONAL_SECURITY_LETTER', 'FISA_ORDER'] as const;
export type ProcessType = (typeof PROCESS_TYPES)[number];

export const ISSUERS = ['FEDERAL', 'STATE', 'MUNICIPAL', 'PRIVATE'] as const;
export type Issuer = (typeof ISSUERS)[number];

export const REVIEW_ROUTES = ['DIRECTOR', 'RECORDS_CUSTODIAN'] as const;
export type ReviewRoute = (typeof REVIEW_ROUTES)[number];

export const NOTICE_DETAILS = ['GENERIC', 'DETAILED'] as const;
export type NoticeDetail = (typeof NOTICE_DETAILS)[number];

export type Requester =
  | { type: 'LIBRARY'; library: string }
  | { type: 'AGENCY'; agency: Agency; contractedBy?: string | undefined }
  | {
      type: 'PERSON';
      relation: Relation;
      credential: Credential;
      listedCaregiver?: boolean | undefined;
      /** The desk checked that the person resides with the patron (Minn. Stat. 13.40 subd. 2, household pickup). */
      household?: boolean | undefined;
      /**
       * The reference of a written consent that names this person, presented with their
       * identification: matched against the patron's consents by the home library's facts.
       * Opaque, like a patron token; it says nothing by itself.
       */
      consentRef?: string | undefined;
    };

export interface LegalProcess {
  type: ProcessType;
  issuer: Issuer;
  gag: boolean;
  /** Issued in a criminal proceeding. */
  criminal: boolean;
}

/** A request as the policy sees it: no patron identity, only what is asked and by whom. */
export interface PolicyRequest {
  kind: MessageKind;
  /** The library the message is addressed to. */
  to: string;
  from: Requester;
  purpose: Purpose;
  basis: LegalBasis;
  process?: LegalProcess | undefined;
  wants: Want[];
}

/** A member (or outside) library as the directory knows it. */
export interface LibraryInfo {
  id: string;
  name: string;
  /** ISO 3166-2, e.g. US-MT; selects the jurisdiction pack. */
  jurisdiction: string;
  groups: string[];
  publiclyFunded: boolean;
  nondisclosurePolicy: boolean;
}

/**
 * A written consent on file with the home library. It names exactly one grantee: a library
 * (`to`), a named person (`person`: the reference on the consent form, which that person
 * presents as `consentRef`), or whoever stands in a relation to the patron (`relations`,
 * e.g. a Vermont minor of 12 or more consenting to parental access).
 */
export interface Consent {
  /** The library the patron consented to disclose to. */
  to?: string | undefined;
  /** The person the consent names, by the consent's reference. */
  person?: string | undefined;
  /** Anyone in one of these relations to the patron (the desk verifies the relation). */
  relations?: Relation[] | undefined;
  classes: DataClass[];
  /** When it was given (YYYY-MM-DD): some statutes bound a consent's age (patron.consentWithinDays). */
  given?: string | undefined;
}

/**
 * The few facts about a patron that a decision may need, answered by the home library's
 * own system. The broker never stores them.
 */
export interface PatronFacts {
  registeredAt: string;
  age?: number | undefined;
  lastName?: string | undefined;
  card?: string | undefined;
  shelfOptOut: boolean;
  userKey?: string | undefined;
  detailedNoticesAllowed: boolean;
  consents: Consent[];
  owes: { materials: boolean; fines: number };
  /**
   * The patron asked that reserved materials be released only to them (Minn. Stat. 13.40
   * subd. 2). Unknown (undefined) is read as opted out: the strictest reading.
   */
  householdPickupOptOut?: boolean | undefined;
}

export const PATRON_FACT_NAMES = [
  'registeredAt',
  'age',
  'lastName',
  'card',
  'shelfOptOut',
  'userKey',
  'detailedNoticesAllowed',
  'consents',
  'owes',
  'householdPickupOptOut',
] as const;
export type PatronFactName = (typeof PATRON_FACT_NAMES)[number];

/**
 * The day a decision is made, YYYY-MM-DD (UTC), an input of the engine like the request:
 * laws take effect on a date (a rule's `effective`), and the engine never reads a clock.
 * The edge that decides (the policy service, the CLI) supplies it; `decisionDate()` formats one.
 */
export type DecisionDate = string;

export interface ReviewTicket {
  route: ReviewRoute;
  /** A search warrant or an emergency is executable at once. */
  urgent: boolean;
  /** NSL/FISA nondisclosure: no notice to the consortium or the patron. */
  gag: boolean;
  notifyConsortium: boolean;
  /** The most the reviewer may release: the data classes the law admits for this request. */
  ceiling: DataClass[];
}

export interface Citation {
  /** e.g. "MCA 22-1-1103(1)(a)" */
  cite: string;
  /** The statute text, or the reading taken where the statute is silent. */
  text: string;
  status: 'VERIFIED' | 'UNVERIFIED' | 'READING';
}

/** Reason codes are safe to show the requester: none depends on the patron record. */
export const REASON_CODES = [
  'RELAYED',
  'NO_PATRON_DATA',
  'REFERRED_TO_REGISTERING_LIBRARY',
  'HELD_FOR_REVIEW',
  'NO_LEGAL_BASIS',
  'NOT_PERMITTED',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface Decision {
  outcome: Outcome;
  /** The data classes that cross to the recipient; often none. */
  disclosed: DataClass[];
  /** REFER only: the patron's registering library. */
  referTo?: string | undefined;
  /** REFER only: whether the home policy lets the requester learn which library. */
  referToDisclosed?: boolean | undefined;
  review?: ReviewTicket | undefined;
  /** Where a notice is forwarded to the patron. */
  notice?: NoticeDetail | undefined;
  /** HOLD_PICKUP: the hold-shelf label, never more. */
  label?: string | undefined;
  basis: LegalBasis;
  /** The pack and profile rules the decision rests on. */
  rules: string[];
  citations: Citation[];
  pack: { id: string; version: string };
  /** The library whose policy decided. */
  decidedBy: string;
  reasonCode: ReasonCode;
  /** True when the decision was reached without consulting any patron facts. */
  screened: boolean;
}

/** What the requester receives: computed from the decision only (see reply.ts). */
export interface RequesterReply {
  outcome: Outcome;
  reasonCode: ReasonCode;
  disclosed: DataClass[];
  referTo?: string | undefined;
  citations: string[];
  pack: { id: string; version: string };
  message: string;
}
