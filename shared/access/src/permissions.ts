// Who may do what on NATS: one permission set per principal, least privilege.
//
// Model: the broker (its services and the operators) is one account, `ILR`, holding every
// stream; each member library is an account of its own, `LIB_<id>`, that sees only what the
// ILR account lends it: a service import of its own ingress subject (a JetStream publish,
// PubAck returned), of its own delivery consumer's INFO and MSG.NEXT APIs (under
// LIBRARY_JS_API_PREFIX) and of its acks, while the ILR account imports the library's
// fact lookups. Inside every account each user also has an allow list (deny is implicit).
//
// Why accounts and not only subject permissions in one account: NATS permissions do not
// cover reply subjects. In one shared account a library could send any JetStream request
// (a publish, a consumer info, a pull) with the reply subject set to, say,
// `ilr.audit.<another library>`, and the server's answer would be stored in that stream
// (found on nats-server 2.9.10, tests/isolation.test.ts). In its own account a library's
// reply subjects are its own: answers can only come back to it.
//
// ILR subjects come from the catalogue (@ilr/nats); the `$JS`, `$KV` and `$SRV` subjects
// are the NATS APIs the nats.js v3 client calls on nats-server 2.9:
//   $JS.API.INFO                          account info (every jetstreamManager(), KV open)
//   $JS.API.STREAM.INFO.<s>               stream info (KV status, consumers)
//   $JS.API.STREAM.MSG.GET.<s>            read one message (KV get without direct get)
//   $JS.API.DIRECT.GET.<s>[.<subject>]    direct get (KV get when allow_direct)
//   $JS.API.CONSUMER.INFO.<s>.<c>         consumer info (consumers.get)
//   $JS.API.CONSUMER.MSG.NEXT.<s>.<c>     pull (fetch/consume)
//   $JS.API.CONSUMER.CREATE.<s>[.<c>.<filter>]  ordered consumers (KV watch/keys, stream reads)
//   $JS.API.CONSUMER.MSG.NEXT.<s>.<c>     also an ordered consumer's pull (consumers.get(stream, opts))
//   $JS.API.CONSUMER.DELETE.<s>.<c>       an ordered consumer removing itself
//   $JS.ACK.<s>.<c>.>                     ack/nak/term/in-progress of a delivered message
//   $JS.FC.<s>.>                          flow-control replies of ordered (push) consumers
//   $KV.<bucket>.<key>                    KV put/create/delete (a JetStream publish)
//   $SRV.PING|INFO|STATS[.<name>[.<id>]]  NATS Services discovery (@nats-io/services)
import {
  AUDIT_CONSUMER,
  KV_BUCKETS,
  REVIEW_INTAKE_CONSUMER,
  REVIEW_OPS_SUBJECTS,
  ROUTER_CONSUMER,
  STREAMS,
  SUBJECTS,
  POLICY_SERVICE,
  REVIEW_SERVICE,
  ROUTER_SERVICE,
  AUDIT_SERVICE,
  factsSubject,
  ingressFilter,
  kvStreamName,
  libraryConsumerName,
  libraryInboxPrefix,
  librarySubjectToken,
  REVIEW_ROLES,
  reviewOpsFilter,
  reviewerPermissions,
  isLibraryId,
} from '@ilr/nats';

/** A nats-server `permissions` block (2.9 config syntax). */
export interface UserPermissions {
  publish: { allow: string[]; deny?: string[] };
  subscribe: { allow: string[]; deny?: string[] };
  /** Lets the user answer requests it received, without a publish grant on their reply subjects. */
  allow_responses?: boolean;
}

/** The broker's services; each runs as its own NATS user `ilr-<service>`. */
export const BROKER_SERVICES = ['router', 'policy', 'audit', 'review'] as const;
export type BrokerService = (typeof BROKER_SERVICES)[number];

/** Names of broker principals start with this; library ids may not. */
export const BROKER_PREFIX = 'ilr-';
export const servicePrincipal = (service: BrokerService): string => `${BROKER_PREFIX}${service}`;
/** The consortium operators' user (the `ilr` CLI, provisioning, backups). */
export const OPERATOR_PRINCIPAL = `${BROKER_PREFIX}operator`;

/** The roles a library's own people review legal process in (an operator is consortium staff: ilr-operator). */
export const LIBRARY_REVIEW_ROLES = ['director', 'records-custodian'] as const;
export type LibraryReviewRole = (typeof LIBRARY_REVIEW_ROLES)[number];

/**
 * A library's reviewer: `ilr-reviewer-<library>-<role>`, a user of the broker's account
 * that may only ask the review service as that home and role and read replies on its own
 * inbox (@ilr/nats reviewerPermissions). Held by the library's director or records
 * custodian (`ilr review --creds`), or by the console for a director with an account.
 */
export const reviewerPrincipal = (library: string, role: LibraryReviewRole): string => `${BROKER_PREFIX}reviewer-${library}-${role}`;

/** The library and role a reviewer principal's name denotes, or undefined for any other name. */
export function parseReviewerPrincipal(name: string): { library: string; role: LibraryReviewRole } | undefined {
  const m = /^ilr-reviewer-(.+)-(director|records-custodian)$/.exec(name);
  return m && isLibraryId(m[1]) && !m[1]!.startsWith(BROKER_PREFIX) ? { library: m[1]!, role: m[2] as LibraryReviewRole } : undefined;
}

/** What a reviewer user may do: its home's queue in its role, replies on its own inbox; nothing else. */
export function reviewerUserPermissions(library: string, role: LibraryReviewRole): UserPermissions {
  const p = reviewerPermissions(library, role);
  return { publish: { allow: [...p.publish.allow] }, subscribe: { allow: [...p.subscribe.allow] }, allow_responses: false };
}
/** The web console's user (services/console): reads the operations views (@ilr/ops), records marks and actions. */
export const CONSOLE_PRINCIPAL = `${BROKER_PREFIX}console`;
/** The broker's account: its services, the operators, every stream and bucket. */
export const ILR_ACCOUNT = 'ILR';
/** A member library's own account. */
export const libraryAccount = (library: string): string => `LIB_${librarySubjectToken(library)}`;
/**
 * Where a library's connection finds its delivery consumer's API: `$JS.API` itself is
 * answered in every account by the server's own JetStream (not enabled for a library), so
 * the broker's consumer API is imported under this prefix instead. A library connects with
 * `connectNats({ jsApiPrefix: LIBRARY_JS_API_PREFIX })` (or NATS_JS_API_PREFIX).
 */
export const LIBRARY_JS_API_PREFIX = 'ILR.JS.API';

/** Services use the default inbox prefix; libraries and reviewers have their own (see the catalogue). */
const SERVICE_INBOX = '_INBOX.>';
const JS_API_INFO = '$JS.API.INFO';

const streamInfo = (stream: string) => `$JS.API.STREAM.INFO.${stream}`;
const msgGet = (stream: string) => [`$JS.API.STREAM.MSG.GET.${stream}`, `$JS.API.DIRECT.GET.${stream}`, `$JS.API.DIRECT.GET.${stream}.>`];

/** Pull and ack through one durable consumer (`*`: any consumer of the stream). */
function pullConsumer(stream: string, consumer: string): string[] {
  return [
    `$JS.API.CONSUMER.INFO.${stream}.${consumer}`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.${consumer}`,
    `$JS.ACK.${stream}.${consumer}.>`,
  ];
}

/**
 * Read a stream through ordered consumers (created, used and deleted by the client):
 * `consumers.get(stream, opts)` pulls (MSG.NEXT), a KV watch is pushed (flow control).
 */
function orderedReads(stream: string): string[] {
  return [
    streamInfo(stream),
    `$JS.API.CONSUMER.CREATE.${stream}`,
    `$JS.API.CONSUMER.CREATE.${stream}.>`,
    `$JS.API.CONSUMER.INFO.${stream}.*`,
    `$JS.API.CONSUMER.MSG.NEXT.${stream}.*`,
    `$JS.API.CONSUMER.DELETE.${stream}.*`,
    `$JS.FC.${stream}.>`,
    ...msgGet(stream),
  ];
}

/** Open, get, watch and list a KV bucket. */
const kvRead = (bucket: string): string[] => orderedReads(kvStreamName(bucket));
/** ...and put, create, delete its keys. */
const kvReadWrite = (bucket: string): string[] => [...kvRead(bucket), `$KV.${bucket}.>`];

/** Answer NATS Services discovery (`$SRV.PING` etc.) for one service name. */
const serviceDiscovery = (name: string): string[] => ['$SRV.*', `$SRV.*.${name}`, `$SRV.*.${name}.*`];

/** A service the ILR account lends one library: `subject` in ILR, seen as `local` in the library's account. */
export interface LibraryImport {
  subject: string;
  local: string;
  /** Several answers to one request (a pull delivers a batch, heartbeats, status). */
  streamed: boolean;
}

/** Everything a library's account imports from the ILR account: only its own ingress, consumer and acks. */
export function libraryImports(library: string): LibraryImport[] {
  const consumer = `${STREAMS.delivery.name}.${libraryConsumerName(library)}`;
  const api = (what: string, streamed = false): LibraryImport => ({
    subject: `$JS.API.${what}.${consumer}`,
    local: `${LIBRARY_JS_API_PREFIX}.${what}.${consumer}`,
    streamed,
  });
  return [
    { subject: ingressFilter(library), local: ingressFilter(library), streamed: false },
    api('CONSUMER.INFO'),
    api('CONSUMER.MSG.NEXT', true),
    { subject: `$JS.ACK.${consumer}.>`, local: `$JS.ACK.${consumer}.>`, streamed: false },
  ];
}

/**
 * What every library's account imports from the ILR account, the same subject for all:
 * the broker's read-only agency lookup (the member directory's ISO 18626 agency ids, which
 * are public like the rest of the directory). The ILR account exports it once, to every
 * library account (not one export per library: one subject is exported once).
 */
export const sharedLibraryImports = (): string[] => [SUBJECTS.agencies];

/** What a library's account lends the ILR account: the policy service's fact lookups to it. */
export const libraryExports = (library: string): string[] => [factsSubject(library)];

/**
 * A member library's connector (the SDK's, or the ISO 18626 gateway embedding it), inside
 * its own account: publish its ingress, pull and ack its consumer (through the imports),
 * ask the agency lookup, answer fact lookups, replies on its own inbox.
 */
export function libraryUserPermissions(library: string): UserPermissions {
  return {
    publish: { allow: [...libraryImports(library).map((i) => i.local), ...sharedLibraryImports()] },
    subscribe: { allow: [`${libraryInboxPrefix(library)}.>`, ...libraryExports(library)] },
    allow_responses: true,
  };
}

/**
 * The router: pulls ILR_INGRESS through `router`; reads the directory; writes deliveries, replies, errors, decisions, reviews and dead letters;
 * asks the policy service.
 */
function routerPermissions(): UserPermissions {
  return {
    publish: {
      allow: [
        JS_API_INFO,
        ...pullConsumer(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable),
        ...kvRead(KV_BUCKETS.directory.bucket),
        SUBJECTS.delivery,
        SUBJECTS.decision,
        SUBJECTS.review,
        SUBJECTS.deadLetter,
        SUBJECTS.policy,
      ],
    },
    // $SRV discovery (ROUTER_SERVICE) needs responses to the operator's requests.
    subscribe: { allow: [SERVICE_INBOX, ...serviceDiscovery(ROUTER_SERVICE.name)] },
    allow_responses: true,
  };
}

/** The policy service: serves ilr.svc.policy (queue), reads the directory, asks home connectors for facts. */
function policyPermissions(): UserPermissions {
  return {
    publish: { allow: [JS_API_INFO, ...kvRead(KV_BUCKETS.directory.bucket), SUBJECTS.facts] },
    subscribe: { allow: [SERVICE_INBOX, POLICY_SERVICE.subject, SUBJECTS.agencies, ...serviceDiscovery(POLICY_SERVICE.name)] },
    allow_responses: true,
  };
}

/**
 * The audit service: reads ILR_DECISIONS through its durable consumer, appends to the
 * hash chains on ilr.audit.<home>, and reads ILR_AUDIT (the head of each chain, verify).
 */
function auditPermissions(): UserPermissions {
  return {
    publish: {
      allow: [JS_API_INFO, ...pullConsumer(AUDIT_CONSUMER.stream, AUDIT_CONSUMER.durable), ...orderedReads(STREAMS.audit.name), SUBJECTS.audit],
    },
    subscribe: { allow: [SERVICE_INBOX, ...serviceDiscovery(AUDIT_SERVICE.name)] },
    allow_responses: true,
  };
}

/**
 * The review service: its intake consumer on ILR_REVIEW, reads of the queue (ordered
 * consumers, stream info by subject), its records in KV ilr-review, the directory;
 * serves ilr.ops.review.<home>.<role>.<action>; publishes the person's decision, the
 * delivery and the requester's reply.
 */
function reviewPermissions(): UserPermissions {
  return {
    publish: {
      allow: [
        JS_API_INFO,
        ...pullConsumer(REVIEW_INTAKE_CONSUMER.stream, REVIEW_INTAKE_CONSUMER.durable),
        ...orderedReads(STREAMS.review.name),
        ...kvReadWrite(KV_BUCKETS.review.bucket),
        ...kvRead(KV_BUCKETS.directory.bucket),
        SUBJECTS.decision,
        SUBJECTS.delivery,
      ],
    },
    subscribe: { allow: [SERVICE_INBOX, REVIEW_OPS_SUBJECTS, ...serviceDiscovery(REVIEW_SERVICE.name)] },
    allow_responses: true,
  };
}

export function servicePermissions(service: BrokerService): UserPermissions {
  switch (service) {
    case 'router':
      return routerPermissions();
    case 'policy':
      return policyPermissions();
    case 'audit':
      return auditPermissions();
    case 'review':
      return reviewPermissions();
  }
}

/** Stream operations nobody may perform on the audit log, operators included (invariant 8). */
export function auditProtection(): string[] {
  const s = STREAMS.audit.name;
  return [`$JS.API.STREAM.DELETE.${s}`, `$JS.API.STREAM.PURGE.${s}`, `$JS.API.STREAM.MSG.DELETE.${s}`];
}

/**
 * Operators: JetStream management (provision, inspect, back up), the directory, operator
 * requests (ilr.ops.>) and service discovery; the review queue in the operator role only
 * (legal process is decided by the home library's director or records custodian: an
 * operator may not send a request in their role). Not: publishing as a library or as the
 * broker (ilr.in/out/decision...), and never deleting or purging the audit log (the
 * stream's deny_delete/deny_purge do not stop a whole-stream delete).
 */
export function operatorPermissions(): UserPermissions {
  const othersRoles = REVIEW_ROLES.filter((r) => r !== 'operator').map((r) => reviewOpsFilter('*', r));
  return {
    publish: {
      allow: ['$JS.API.>', '$JS.FC.>', '$JS.ACK.>', `$KV.${KV_BUCKETS.directory.bucket}.>`, SUBJECTS.ops, SUBJECTS.console, '$SRV.>'],
      deny: [...auditProtection(), ...othersRoles],
    },
    subscribe: { allow: [SERVICE_INBOX, ...reviewerPermissions('*', 'operator').subscribe.allow] },
  };
}

/**
 * Ordered reads of a stream whose payloads the console must not read: consumers only (the
 * operations views ask for headers_only and read the Nats-Msg-Id, size and time), never a
 * message get. nats-server 2.9 permissions cannot see a consumer's config, so headers_only
 * is @ilr/ops's promise, not the server's; everything else here is the server's.
 */
function headerReads(stream: string): string[] {
  return orderedReads(stream).filter((s) => !s.includes('.MSG.GET.') && !s.includes('.DIRECT.GET.'));
}

/**
 * A reader's grants on a stream (`CONSUMER.CREATE.<s>.*`, `MSG.NEXT.<s>.*`, `DELETE.<s>.*`)
 * would also reach the stream's durable consumers: pulling from the router's consumer, or
 * creating one of that name (2.9 updates an existing consumer then), or deleting it. Denied
 * by name, every durable ILR keeps (the libraries' delivery consumers included).
 */
function durableProtection(libraries: readonly string[]): string[] {
  const durables: Array<[string, string]> = [
    [ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable],
    [AUDIT_CONSUMER.stream, AUDIT_CONSUMER.durable],
    [REVIEW_INTAKE_CONSUMER.stream, REVIEW_INTAKE_CONSUMER.durable],
    ...libraries.map((l): [string, string] => [STREAMS.delivery.name, libraryConsumerName(l)]),
  ];
  return durables.flatMap(([s, c]) => [
    `$JS.API.CONSUMER.CREATE.${s}.${c}`,
    `$JS.API.CONSUMER.CREATE.${s}.${c}.>`,
    `$JS.API.CONSUMER.MSG.NEXT.${s}.${c}`,
    `$JS.API.CONSUMER.DELETE.${s}.${c}`,
  ]);
}

/**
 * The web console (and anything else reading @ilr/ops as `ilr-console`): stream and
 * consumer state of every stream (no payload in it), the records operations read in full
 * (dead letters: digests and reasons; decision records: outcomes, citations, token
 * digests; its own marks and actions; advisories), the headers of ingress, deliveries and
 * review items (never their payloads), the directory and the router's claims (ids and
 * sequences), NATS Services discovery, the review
 * queue's counts in the operator role (list only), and its own records on ilr.console.>.
 * Nothing destructive: no stream management, no durable consumer touched (`libraries`:
 * the members, whose delivery consumers are denied by name), no ack, no purge, no publish
 * as a library or the broker.
 */
export function consolePermissions(libraries: readonly string[] = []): UserPermissions {
  return {
    publish: {
      allow: [
        JS_API_INFO,
        '$JS.API.STREAM.NAMES',
        '$JS.API.STREAM.LIST',
        '$JS.API.STREAM.INFO.*',
        '$JS.API.CONSUMER.NAMES.*',
        '$JS.API.CONSUMER.LIST.*',
        '$JS.API.CONSUMER.INFO.*.*',
        ...orderedReads(STREAMS.deadLetter.name),
        ...orderedReads(STREAMS.decisions.name),
        ...orderedReads(STREAMS.console.name),
        ...orderedReads(STREAMS.events.name),
        // The console's "verify now" reads the whole audit chain (ordered consumer; nothing written there).
        ...orderedReads(STREAMS.audit.name),
        ...headerReads(STREAMS.ingress.name),
        ...headerReads(STREAMS.delivery.name),
        ...headerReads(STREAMS.review.name),
        ...kvRead(KV_BUCKETS.directory.bucket),
        SUBJECTS.console,
        '$SRV.>',
        // The review queue of any home, as an operator, and only its list (counts; gagged items left out by the service).
        'ilr.ops.review.*.operator.list',
      ].filter((s, i, all) => all.indexOf(s) === i),
      deny: durableProtection(libraries),
    },
    subscribe: { allow: [SERVICE_INBOX] },
  };
}
