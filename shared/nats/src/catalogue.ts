/**
 * THE catalogue of ILR subjects, streams, consumers, KV buckets and services. Every
 * other package builds subjects and names through these functions, so a subject's
 * shape is decided once, here, and every token put into a subject is validated first.
 *
 * Layout (all under `ilr.`):
 *   ilr.in.<sender>.<kind>          ingress (libraries publish)          -> ILR_INGRESS
 *   ilr.out.<recipient>.<kind>      deliveries; also .reply and .error   -> ILR_DELIVERY
 *   ilr.decision.<home>             decisions                             -> ILR_DECISIONS
 *   ilr.audit.<home>                audit entries (hash-chained)          -> ILR_AUDIT
 *   ilr.review.<home>               items waiting for a person            -> ILR_REVIEW
 *   ilr.dlq.<sender>                dead letters, with a reason           -> ILR_DEADLETTER
 *   ilr.svc.policy                  policy service (request/reply, core NATS only)
 *   ilr.facts.<library>             patron-fact lookups to a home connector (request/reply)
 *   ilr.ops.>                       operator requests (request/reply), e.g.
 *   ilr.ops.review.<home>.<role>.<action>   the review queue (services/review)
 *   ilr.console.handled.<seq>       an operator's "handled" mark on a dead letter -> ILR_CONSOLE
 *   ilr.console.action              the operator-actions log                -> ILR_CONSOLE
 *   ilr.console.verify              audit chain verifications (last counts) -> ILR_CONSOLE
 *   $JS.EVENT.ADVISORY.<...>        JetStream advisories worth keeping      -> ILR_EVENTS
 * Request/reply subjects are disjoint from every stream subject, so JetStream never
 * captures (and never stores) a request, a patron fact or an operator command.
 *
 * Everything here must work on nats-server 2.9.10: no multi-filter consumers, no stream
 * metadata, compression or subject transforms (all 2.10+).
 */
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  ReplayPolicy,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type StreamConfig,
} from '@nats-io/jetstream';
import { NatsSetupError } from './errors.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** JetStream durations are nanoseconds. */
export const nanosFromMs = (ms: number): number => ms * 1_000_000;

// ---------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------

const LIBRARY_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Library ids become consumer names (and so directory names on the server): keep them short. */
export const LIBRARY_ID_MAX_LENGTH = 63;
const KIND = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Delivery kinds that name the broker's own answers to a sender, not a message kind. */
export const RESERVED_DELIVERY_KINDS = ['reply', 'error'] as const;

export function isLibraryId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= LIBRARY_ID_MAX_LENGTH && LIBRARY_ID.test(id);
}

/**
 * A library id as a subject token. Throws unless it is lower-case `[a-z0-9][a-z0-9-]*`:
 * a dot would add a token, `*` / `>` would turn a publish into a wildcard or let a
 * permission match other libraries.
 */
export function librarySubjectToken(id: unknown): string {
  if (!isLibraryId(id)) {
    throw new NatsSetupError(
      'INVALID_TOKEN',
      `invalid library id ${JSON.stringify(id)}: expected lower-case [a-z0-9][a-z0-9-]*, at most ${LIBRARY_ID_MAX_LENGTH} characters`,
    );
  }
  return id;
}

/**
 * A message kind as a subject token: `ITEM_FOUND` or `item_found` -> `item_found`
 * (subjects carry kinds in lower case; the proto/TS names are upper case).
 */
export function kindSubjectToken(kind: unknown): string {
  if (typeof kind !== 'string' || !KIND.test(kind)) {
    throw new NatsSetupError('INVALID_TOKEN', `invalid message kind ${JSON.stringify(kind)}: expected [A-Za-z][A-Za-z0-9_]*`);
  }
  return kind.toLowerCase();
}

// ---------------------------------------------------------------------------------------
// Subjects
// ---------------------------------------------------------------------------------------

/** Subject patterns (wildcards) of each family: stream subjects and request/reply subjects. */
export const SUBJECTS = {
  ingress: 'ilr.in.>',
  delivery: 'ilr.out.>',
  decision: 'ilr.decision.*',
  audit: 'ilr.audit.*',
  review: 'ilr.review.*',
  deadLetter: 'ilr.dlq.*',
  policy: 'ilr.svc.policy',
  /** the member directory's ISO 18626 agency ids -> library ids (read-only; policy service) */
  agencies: 'ilr.svc.agencies',
  facts: 'ilr.facts.*',
  ops: 'ilr.ops.>',
  /** operations' own records: handled marks on dead letters, the operator-actions log (ILR_CONSOLE) */
  console: 'ilr.console.>',
} as const;

/** An operator's "handled" mark on the dead letter at ILR_DEADLETTER sequence `seq` (the last mark counts). */
export function consoleHandledSubject(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new NatsSetupError('INVALID_TOKEN', `invalid dead-letter sequence ${JSON.stringify(seq)}: a whole number from 1`);
  return `ilr.console.handled.${seq}`;
}
/** Every handled mark (`ilr.console.handled.*`). */
export const CONSOLE_HANDLED_FILTER = 'ilr.console.handled.*';
/** The operator-actions log: one JSON record per action (who, what, on what, a note). */
export const CONSOLE_ACTION_SUBJECT = 'ilr.console.action';
/** Verifications of the audit chain run from the console or recorded by an operator (the last one counts). */
export const CONSOLE_VERIFY_SUBJECT = 'ilr.console.verify';

/**
 * The JetStream advisories ILR_EVENTS keeps (subjects as nats-server 2.9 publishes them in
 * the account): deliveries given up, messages terminated, leaders and quorum lost, streams
 * deleted, updated or restored. Not CONSUMER.CREATED/DELETED (every ordered read makes
 * one) nor the API audit (every request).
 */
export const ADVISORY_SUBJECTS: readonly string[] = [
  '$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.>',
  '$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.>',
  '$JS.EVENT.ADVISORY.STREAM.LEADER_ELECTED.>',
  '$JS.EVENT.ADVISORY.STREAM.QUORUM_LOST.>',
  '$JS.EVENT.ADVISORY.CONSUMER.LEADER_ELECTED.>',
  '$JS.EVENT.ADVISORY.CONSUMER.QUORUM_LOST.>',
  '$JS.EVENT.ADVISORY.STREAM.DELETED.>',
  '$JS.EVENT.ADVISORY.STREAM.UPDATED.>',
  '$JS.EVENT.ADVISORY.STREAM.RESTORE_COMPLETE.>',
];

/** Request/reply subjects: core NATS only, never captured by a stream. */
export const REQUEST_REPLY_SUBJECTS: readonly string[] = [SUBJECTS.policy, SUBJECTS.agencies, SUBJECTS.facts, SUBJECTS.ops];

/** Where a library publishes a message of `kind`: `ilr.in.<sender>.<kind>`. */
export function ingressSubject(sender: string, kind: string): string {
  return `ilr.in.${librarySubjectToken(sender)}.${kindSubjectToken(kind)}`;
}

/** Everything a library may publish: `ilr.in.<sender>.>` (for permissions). */
export function ingressFilter(sender: string): string {
  return `ilr.in.${librarySubjectToken(sender)}.>`;
}

/** A message of `kind` delivered to `recipient`: `ilr.out.<recipient>.<kind>`. */
export function deliverySubject(recipient: string, kind: string): string {
  const k = kindSubjectToken(kind);
  if ((RESERVED_DELIVERY_KINDS as readonly string[]).includes(k)) {
    throw new NatsSetupError('INVALID_TOKEN', `"${k}" is reserved for broker answers; use ${k}Subject()`);
  }
  return `ilr.out.${librarySubjectToken(recipient)}.${k}`;
}

/** The broker's reply to a sender about its request (accepted, referred, refused...). */
export function replySubject(library: string): string {
  return `ilr.out.${librarySubjectToken(library)}.reply`;
}

/** The broker's error to a sender (malformed, forged, unknown...): `ilr.out.<library>.error`. */
export function errorSubject(library: string): string {
  return `ilr.out.${librarySubjectToken(library)}.error`;
}

/** Everything delivered to a library: `ilr.out.<library>.>` (its consumer's filter). */
export function deliveryFilter(library: string): string {
  return `ilr.out.${librarySubjectToken(library)}.>`;
}

export const decisionSubject = (home: string): string => `ilr.decision.${librarySubjectToken(home)}`;
export const auditSubject = (home: string): string => `ilr.audit.${librarySubjectToken(home)}`;
export const reviewSubject = (home: string): string => `ilr.review.${librarySubjectToken(home)}`;
export const deadLetterSubject = (sender: string): string => `ilr.dlq.${librarySubjectToken(sender)}`;
/** Patron-fact lookups answered by the home library's connector (request/reply). */
export const factsSubject = (library: string): string => `ilr.facts.${librarySubjectToken(library)}`;

/** An operator request: `ilr.ops.<token>.<token>...`, e.g. opsSubject('library', 'add'). */
export function opsSubject(...tokens: string[]): string {
  if (tokens.length === 0) throw new NatsSetupError('INVALID_TOKEN', 'an ops subject needs at least one token');
  for (const t of tokens) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(t)) {
      throw new NatsSetupError('INVALID_TOKEN', `invalid ops subject token ${JSON.stringify(t)}`);
    }
  }
  return `ilr.ops.${tokens.join('.')}`;
}

/** Who acts on a review queue; the role is a subject token so NATS permissions can bind it. */
export const REVIEW_ROLES = ['director', 'records-custodian', 'operator'] as const;
export type ReviewRole = (typeof REVIEW_ROLES)[number];
export const REVIEW_ACTIONS = ['list', 'show', 'approve', 'deny', 'notices'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

function reviewRoleToken(role: unknown): ReviewRole {
  if (!(REVIEW_ROLES as readonly unknown[]).includes(role)) {
    throw new NatsSetupError('INVALID_TOKEN', `invalid review role ${JSON.stringify(role)}: one of ${REVIEW_ROLES.join(', ')}`);
  }
  return role as ReviewRole;
}

/**
 * A request to the review service: `ilr.ops.review.<home>.<role>.<action>`. The subject,
 * not the payload, says who acts: a user's NATS permissions allow only its own home and
 * role (see reviewOpsFilter), so the service trusts the subject like the router trusts
 * an ingress subject.
 */
export function reviewOpsSubject(home: string, role: ReviewRole, action: ReviewAction): string {
  if (!(REVIEW_ACTIONS as readonly unknown[]).includes(action)) {
    throw new NatsSetupError('INVALID_TOKEN', `invalid review action ${JSON.stringify(action)}: one of ${REVIEW_ACTIONS.join(', ')}`);
  }
  return opsSubject('review', librarySubjectToken(home), reviewRoleToken(role), action);
}

/** Every review request of one home and role (`ilr.ops.review.<home>.<role>.*`); `*` as home: any home (operators). */
export function reviewOpsFilter(home: string | '*', role: ReviewRole): string {
  return `ilr.ops.review.${home === '*' ? '*' : librarySubjectToken(home)}.${reviewRoleToken(role)}.*`;
}

/** What the review service listens on: every home, role and action. */
export const REVIEW_OPS_SUBJECTS = 'ilr.ops.review.*.*.*';

/** `ilr.ops.review.<home>.<role>.<action>` -> its parts; throws on anything else (an unknown role included). */
export function parseReviewOpsSubject(subject: string): { home: string; role: ReviewRole; action: ReviewAction } {
  const t = typeof subject === 'string' ? subject.split('.') : [];
  if (
    t.length !== 6 || t[0] !== 'ilr' || t[1] !== 'ops' || t[2] !== 'review' || !isLibraryId(t[3]) ||
    !(REVIEW_ROLES as readonly unknown[]).includes(t[4]) || !(REVIEW_ACTIONS as readonly unknown[]).includes(t[5])
  ) {
    throw invalidSubject(subject, `a review request ilr.ops.review.<home>.<${REVIEW_ROLES.join('|')}>.<${REVIEW_ACTIONS.join('|')}>`);
  }
  return { home: t[3]!, role: t[4] as ReviewRole, action: t[5] as ReviewAction };
}

/**
 * The inbox prefix a reviewer's client connects with, so replies arrive where only that
 * home and role may subscribe. Outside `_ILR_INBOX.` (library inboxes): a library could
 * be called "review".
 */
export const reviewerInboxPrefix = (home: string, role: ReviewRole): string =>
  `_ILR_REVIEW_INBOX.${librarySubjectToken(home)}.${reviewRoleToken(role)}`;

function invalidSubject(subject: unknown, expected: string): NatsSetupError {
  return new NatsSetupError('INVALID_SUBJECT', `${JSON.stringify(subject)} is not ${expected}`);
}

/** `ilr.in.mt-bozeman.item_found` -> `{ sender: 'mt-bozeman', kind: 'item_found' }`; throws otherwise. */
export function parseIngressSubject(subject: string): { sender: string; kind: string } {
  const t = typeof subject === 'string' ? subject.split('.') : [];
  if (t.length !== 4 || t[0] !== 'ilr' || t[1] !== 'in' || !isLibraryId(t[2]) || !/^[a-z][a-z0-9_]*$/.test(t[3] ?? '')) {
    throw invalidSubject(subject, 'an ingress subject ilr.in.<sender>.<kind>');
  }
  return { sender: t[2], kind: t[3]! };
}

/** `ilr.out.<recipient>.<kind>` (kind may be `reply` or `error`) -> `{ recipient, kind }`; throws otherwise. */
export function parseDeliverySubject(subject: string): { recipient: string; kind: string } {
  const t = typeof subject === 'string' ? subject.split('.') : [];
  if (t.length !== 4 || t[0] !== 'ilr' || t[1] !== 'out' || !isLibraryId(t[2]) || !/^[a-z][a-z0-9_]*$/.test(t[3] ?? '')) {
    throw invalidSubject(subject, 'a delivery subject ilr.out.<recipient>.<kind>');
  }
  return { recipient: t[2], kind: t[3]! };
}

export type LibrarySubjectFamily = 'decision' | 'audit' | 'review' | 'dlq' | 'facts';

/** The library id of `ilr.<family>.<library>` (e.g. the home of `ilr.audit.mt-bozeman`); throws otherwise. */
export function parseLibrarySubject(family: LibrarySubjectFamily, subject: string): string {
  const t = typeof subject === 'string' ? subject.split('.') : [];
  if (t.length !== 3 || t[0] !== 'ilr' || t[1] !== family || !isLibraryId(t[2])) {
    throw invalidSubject(subject, `a subject ilr.${family}.<library>`);
  }
  return t[2];
}

/** Could one concrete subject match both patterns (`*` one token, `>` one or more)? */
export function subjectsOverlap(a: string, b: string): boolean {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (p === undefined || q === undefined) return false;
    if (p === '>' || q === '>') return true;
    if (p !== '*' && q !== '*' && p !== q) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Streams
// ---------------------------------------------------------------------------------------

export type StreamKey = 'ingress' | 'delivery' | 'decisions' | 'audit' | 'review' | 'deadLetter' | 'console' | 'events';

export interface StreamSpec {
  name: string;
  description: string;
  subjects: string[];
  retention: RetentionPolicy;
  storage: StorageType;
  /** 0 = keep forever. */
  maxAgeMs: number;
  duplicateWindowMs: number;
  denyDelete: boolean;
  denyPurge: boolean;
  /** A cap on messages (unset: none). */
  maxMsgs?: number;
  /** Unset: New (see STREAMS). Old only where losing the oldest record is the right answer to a full stream. */
  discard?: DiscardPolicy;
}

/**
 * All streams: file storage, Limits retention (messages stay after they are acked, so
 * they can be replayed and inspected), age-based retention, discard New (if a limit is
 * ever reached, the publisher gets an error and retries, instead of an old, possibly
 * undelivered message being silently dropped), and a 2 minute duplicate window
 * (publishers set Nats-Msg-Id to messageKey(sender, message id), with a suffix for
 * each of the broker's writes about one message), 10 minutes on ingress (below).
 */

/**
 * The ingress stream's duplicate window, which is the router's exactly-once claim: a
 * library must publish with Nats-Msg-Id = messageKey(sender, message id) (the router
 * rejects any other, BAD_MSG_ID), so within the window nats-server stores one copy of an
 * id and answers any other publish of it `duplicate: true` without storing it. It is
 * longer than the replay window (@ilr/access DEFAULT_REPLAY_WINDOW, 5 min back and 1
 * ahead), so a copy arriving after its id is forgotten is refused as STALE anyway. This
 * replaced a KV create per message (`ilr-processed`), which cost about 45% of the relay's
 * CPU per message (test/bench/README.md). The server keeps the window's ids in memory
 * (10 minutes at 300 msgs/s: 180,000) and rebuilds them from the stored messages on restart
 * (Limits retention keeps them for a week).
 */
export const INGRESS_DEDUPE_WINDOW_MS = 10 * MINUTE;
export const STREAMS: Readonly<Record<StreamKey, StreamSpec>> = {
  ingress: {
    name: 'ILR_INGRESS',
    description: 'ILR ingress: messages published by member libraries (ilr.in.<sender>.<kind>)',
    subjects: [SUBJECTS.ingress],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    maxAgeMs: 7 * DAY,
    duplicateWindowMs: INGRESS_DEDUPE_WINDOW_MS,
    denyDelete: false,
    denyPurge: false,
  },
  delivery: {
    name: 'ILR_DELIVERY',
    description: 'ILR deliveries to member libraries, replies and errors (ilr.out.<library>.<kind>)',
    subjects: [SUBJECTS.delivery],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // Long enough for a library connector to be offline for weeks and still catch up.
    maxAgeMs: 30 * DAY,
    duplicateWindowMs: 2 * MINUTE,
    denyDelete: false,
    denyPurge: false,
  },
  decisions: {
    name: 'ILR_DECISIONS',
    description: 'ILR decisions (RELAY, REFER, REFUSE, REVIEW) by home library (ilr.decision.<home>)',
    subjects: [SUBJECTS.decision],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    maxAgeMs: 30 * DAY,
    duplicateWindowMs: 2 * MINUTE,
    denyDelete: false,
    denyPurge: false,
  },
  audit: {
    name: 'ILR_AUDIT',
    description: 'ILR audit log, hash-chained per home library (ilr.audit.<home>); never deleted or purged',
    subjects: [SUBJECTS.audit],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // Kept forever: the hash chain must verify from its first entry. deny_delete and
    // deny_purge cannot be turned off again once set (server refuses the update).
    maxAgeMs: 0,
    duplicateWindowMs: 2 * MINUTE,
    denyDelete: true,
    denyPurge: true,
  },
  review: {
    name: 'ILR_REVIEW',
    description: 'ILR review queue: requests waiting for a person, by home library (ilr.review.<home>)',
    subjects: [SUBJECTS.review],
    // Limits, not WorkQueue: WorkQueue deletes an item on ack and allows only one
    // consumer per subject, which would rule out an operator's view of the queue, a
    // replay after a bug in the review service, and the record of what was queued.
    // "Decided once" comes from the outcome in KV ilr-review (created once per item).
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // Legal process can wait weeks for counsel; never expire an item before a person saw it.
    maxAgeMs: 365 * DAY,
    duplicateWindowMs: 2 * MINUTE,
    denyDelete: false,
    denyPurge: false,
  },
  deadLetter: {
    name: 'ILR_DEADLETTER',
    description: 'ILR dead letters with a reason, by sender (ilr.dlq.<sender>)',
    subjects: [SUBJECTS.deadLetter],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    maxAgeMs: 90 * DAY,
    duplicateWindowMs: 2 * MINUTE,
    denyDelete: false,
    denyPurge: false,
  },
  console: {
    name: 'ILR_CONSOLE',
    description: 'ILR operations records: handled marks on dead letters, the operator-actions log (ilr.console.>)',
    subjects: [SUBJECTS.console],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // Longer than ILR_DEADLETTER keeps a dead letter, so a mark outlives what it marks.
    maxAgeMs: 400 * DAY,
    duplicateWindowMs: 2 * MINUTE,
    denyDelete: false,
    denyPurge: false,
  },
  events: {
    name: 'ILR_EVENTS',
    description: 'ILR JetStream advisories worth keeping: max deliveries, terminations, leaders, quorum ($JS.EVENT.ADVISORY...)',
    subjects: [...ADVISORY_SUBJECTS],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    maxAgeMs: 30 * DAY,
    duplicateWindowMs: 2 * MINUTE,
    denyDelete: false,
    denyPurge: false,
    // A storm of advisories must not fill the disk nor stop newer ones: keep the newest.
    maxMsgs: 100_000,
    discard: DiscardPolicy.Old,
  },
};

/** The JetStream config of a stream (only options nats-server 2.9 knows). */
export function streamConfig(spec: StreamSpec, replicas: number): Partial<StreamConfig> & { name: string } {
  return {
    name: spec.name,
    description: spec.description,
    subjects: [...spec.subjects],
    retention: spec.retention,
    storage: spec.storage,
    discard: spec.discard ?? DiscardPolicy.New,
    max_age: nanosFromMs(spec.maxAgeMs),
    max_msgs: spec.maxMsgs ?? -1,
    max_bytes: -1,
    max_msgs_per_subject: -1,
    max_msg_size: -1,
    max_consumers: -1,
    duplicate_window: nanosFromMs(spec.duplicateWindowMs),
    num_replicas: replicas,
    deny_delete: spec.denyDelete,
    deny_purge: spec.denyPurge,
    // A rollup header would purge a subject: never allowed on ILR streams.
    allow_rollup_hdrs: false,
    sealed: false,
  };
}

// ---------------------------------------------------------------------------------------
// Consumers (all durable, pull, explicit ack)
// ---------------------------------------------------------------------------------------

export interface ConsumerSpec {
  stream: string;
  durable: string;
  description: string;
  filterSubject: string;
  /** With a backoff, nats-server replaces ack_wait by backoff[0]; keep them equal. */
  ackWaitMs: number;
  /** -1 = redeliver forever. nats-server 2.9 requires max_deliver > backoff.length (and finite) when a backoff is set. */
  maxDeliver: number;
  backoffMs: number[];
  maxAckPending: number;
}

/**
 * The router's consumer on ILR_INGRESS. Redeliveries after a missed ack back off from 30 s
 * to 30 min; after ROUTER.maxDeliver attempts the server stops redelivering, so the
 * router dead-letters a message itself on its last attempt (delivery count ==
 * maxDeliver) — nothing is parked silently.
 */
export const ROUTER_CONSUMER: Readonly<ConsumerSpec> = {
  stream: STREAMS.ingress.name,
  durable: 'router',
  description: 'ILR router: every ingress message',
  filterSubject: SUBJECTS.ingress,
  ackWaitMs: 30 * SECOND,
  maxDeliver: 10,
  backoffMs: [30 * SECOND, 1 * MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 30 * MINUTE],
  maxAckPending: 1000,
};

/**
 * The audit service's consumer on ILR_DECISIONS: every decision record, appended to the
 * hash-chained ILR_AUDIT. Redelivered forever (a decision is never given up unaudited);
 * the wide ack window lets the service pipeline appends to the chain.
 */
export const AUDIT_CONSUMER: Readonly<ConsumerSpec> = {
  stream: STREAMS.decisions.name,
  durable: 'audit',
  description: 'ILR audit service: every decision record, appended to ILR_AUDIT',
  filterSubject: SUBJECTS.decision,
  ackWaitMs: 30 * SECOND,
  maxDeliver: -1,
  backoffMs: [],
  maxAckPending: 4096,
};

export const libraryConsumerName = (library: string): string => `deliver-${librarySubjectToken(library)}`;

/**
 * The review service's intake of ILR_REVIEW (every home): what must happen once when an
 * item arrives (the consortium notice of federal process). The queue itself is not a
 * consumer: it is the stream read per request, minus the outcomes in KV ilr-review, so
 * every instance of the service sees the same queue and nothing is held unacked for the
 * weeks a legal review can take.
 */
export const REVIEW_INTAKE_CONSUMER: Readonly<ConsumerSpec> = {
  stream: STREAMS.review.name,
  durable: 'review-intake',
  description: 'ILR review service: every item arriving for review',
  filterSubject: SUBJECTS.review,
  ackWaitMs: 30 * SECOND,
  maxDeliver: -1,
  backoffMs: [],
  maxAckPending: 1000,
};

/**
 * One library's deliveries (`ilr.out.<library>.>`). Redelivered forever, every 30 s while
 * unacked: a delivery must never be dropped, and 2.9 refuses a backoff without a finite
 * max_deliver. (A connector that is offline is not redelivered to at all: pull consumers
 * only count deliveries it fetched.)
 */
export function libraryConsumer(library: string): ConsumerSpec {
  return {
    stream: STREAMS.delivery.name,
    durable: libraryConsumerName(library),
    description: `ILR deliveries to ${library}`,
    filterSubject: deliveryFilter(library),
    ackWaitMs: 30 * SECOND,
    maxDeliver: -1,
    backoffMs: [],
    maxAckPending: 1000,
  };
}

/** The JetStream config of a durable pull consumer (only options nats-server 2.9 knows). */
export function consumerConfig(spec: ConsumerSpec): Partial<ConsumerConfig> & { durable_name: string } {
  if (spec.backoffMs.length > 0 && (spec.maxDeliver <= spec.backoffMs.length || spec.backoffMs[0] !== spec.ackWaitMs)) {
    throw new NatsSetupError('PROVISION', `consumer ${spec.durable}: backoff needs max_deliver > its length and backoff[0] == ack_wait`);
  }
  return {
    durable_name: spec.durable,
    description: spec.description,
    deliver_policy: DeliverPolicy.All,
    ack_policy: AckPolicy.Explicit,
    replay_policy: ReplayPolicy.Instant,
    filter_subject: spec.filterSubject,
    ack_wait: nanosFromMs(spec.ackWaitMs),
    max_deliver: spec.maxDeliver,
    ...(spec.backoffMs.length > 0 ? { backoff: spec.backoffMs.map(nanosFromMs) } : {}),
    max_ack_pending: spec.maxAckPending,
  };
}

// ---------------------------------------------------------------------------------------
// KV buckets
// ---------------------------------------------------------------------------------------

export type KvKey = 'directory' | 'review';

export interface KvSpec {
  bucket: string;
  description: string;
  /** Values kept per key. */
  history: number;
  /** 0 = no TTL. */
  ttlMs: number;
}

export const KV_BUCKETS: Readonly<Record<KvKey, KvSpec>> = {
  /** Member libraries: key = library id, value = JSON directory entry. */
  directory: {
    bucket: 'ilr-directory',
    description: 'ILR member directory: key = library id, value = JSON entry',
    history: 5,
    ttlMs: 0,
  },
  /**
   * The review service's records: `outcome.<home>.<message_id>` (the person's decision,
   * created once: an item with an outcome has left the queue) and
   * `notice.<home>.<message_id>` (the consortium notice of federal process). Kept longer
   * than ILR_REVIEW keeps items, so a decided item never comes back.
   */
  review: {
    bucket: 'ilr-review',
    description: 'ILR review outcomes and consortium notices: key = outcome|notice.<home>.<message_id>',
    history: 5,
    ttlMs: 400 * DAY,
  },
};

/** The stream that backs a KV bucket. */
export const kvStreamName = (bucket: string): string => `KV_${bucket}`;

/** The subject a KV key is written on (what @nats-io/kv puts to): `$KV.<bucket>.<key>`. */
export const kvKeySubject = (bucket: string, key: string): string => `$KV.${bucket}.${key}`;

// ---------------------------------------------------------------------------------------
// Library permissions (invariant 4: a library publishes only as itself, reads only its own)
// ---------------------------------------------------------------------------------------

/**
 * The inbox prefix a library connector must connect with (`connectNats({ inboxPrefix })`):
 * its replies (PubAcks, pulled messages) then arrive on subjects only it may subscribe to.
 * Outside `_INBOX.` so it can never collide with another client's default inbox.
 */
export const libraryInboxPrefix = (library: string): string => `_ILR_INBOX.${librarySubjectToken(library)}`;

/** nats-server `permissions` block for a user (`users: [{ ..., permissions: {...} }]`). */
export interface SubjectPermissions {
  publish: { allow: string[] };
  subscribe: { allow: string[] };
  /** Lets the user answer requests it received (patron-fact lookups) without a publish grant on `_INBOX.>`. */
  allow_responses: boolean;
}

/**
 * Everything a library connector may do on NATS, nothing else: publish its own ingress,
 * pull and ack its own delivery consumer, answer fact lookups addressed to it, and
 * receive replies on its own inbox. Deny is implicit (an allow list denies the rest).
 */
export function libraryPermissions(library: string): SubjectPermissions {
  const consumer = `${STREAMS.delivery.name}.${libraryConsumerName(library)}`;
  return {
    publish: {
      allow: [
        ingressFilter(library),
        `$JS.API.CONSUMER.INFO.${consumer}`,
        `$JS.API.CONSUMER.MSG.NEXT.${consumer}`,
        `$JS.ACK.${consumer}.>`,
      ],
    },
    subscribe: { allow: [`${libraryInboxPrefix(library)}.>`, factsSubject(library)] },
    allow_responses: true,
  };
}

/**
 * What a reviewer user may do on NATS: ask the review service as its own home and role
 * only, and read replies on its own inbox (connect with reviewerInboxPrefix). An
 * operator's home is '*': any queue, read only (the service refuses an operator's
 * approve and deny). The review service trusts the subject because of this.
 */
export function reviewerPermissions(home: string | '*', role: ReviewRole): SubjectPermissions {
  const inbox = home === '*' ? `_ILR_REVIEW_INBOX.*.${reviewRoleToken(role)}` : reviewerInboxPrefix(home, role);
  return {
    publish: { allow: [reviewOpsFilter(home, role)] },
    subscribe: { allow: [`${inbox}.>`] },
    allow_responses: false,
  };
}

// ---------------------------------------------------------------------------------------
// Services (request/reply over core NATS)
// ---------------------------------------------------------------------------------------

/** The policy service (@nats-io/services): `svcm.add({ name, ... }).addEndpoint(endpoint, { subject, queue, handler })`. */
export const POLICY_SERVICE = {
  name: 'ilr-policy',
  endpoint: 'decide',
  subject: SUBJECTS.policy,
  queue: 'ilr-policy',
} as const;

/**
 * The router and the audit writer consume streams and serve no endpoint, but register as
 * NATS services too, so that `$SRV.PING|INFO|STATS` answer for every broker service.
 */
export const ROUTER_SERVICE = { name: 'ilr-router' } as const;
export const AUDIT_SERVICE = { name: 'ilr-audit' } as const;

/** The review service: one endpoint per action on `ilr.ops.review.*.*.<action>` (home and role from the subject). */
export const REVIEW_SERVICE = {
  name: 'ilr-review',
  queue: 'ilr-review',
  /** The endpoint of `action` listens on this subject. */
  subject: (action: ReviewAction): string => `ilr.ops.review.*.*.${action}`,
} as const;

// ---------------------------------------------------------------------------------------
// Headers of the relay contract (docs/ARCHITECTURE.md, "The contract of the relay")
// ---------------------------------------------------------------------------------------

/**
 * A message's key: `<sender>.<message_id>`. Message ids are chosen by senders and unique
 * only per sender (one library may send an id another has used), so everything keyed by a
 * message id is keyed by this, the sender being the trusted one (the ingress subject's):
 * the Nats-Msg-Id of ingress publishes (which is the router's claim) and of every broker
 * write (one duplicate window per stream serves all senders), the audit entry keys and
 * the review service's KV keys. Both parts are KV-key and subject-token safe.
 */
export const messageKey = (sender: string, messageId: string): string => `${sender}.${messageId}`;

export const HEADERS = {
  /** JetStream deduplication: messageKey on ingress, "<messageKey>:<what>" on the broker's writes. */
  msgId: 'Nats-Msg-Id',
  /** On replies and errors: the id of the message they answer. */
  correlationId: 'Ilr-Correlation-Id',
  /** FINAL or PENDING. */
  reply: 'Ilr-Reply',
  /** Why a reply is PENDING. */
  reason: 'Ilr-Reason',
  /** On deliveries: the decision (protobuf, base64). */
  decision: 'Ilr-Decision',
} as const;
