// What the operations views return. Ids, times, codes, reasons (which name a field, never
// its value), sizes, digests and counts; never a payload, never patron data. Times are ISO
// 8601 UTC strings, ages and durations milliseconds.
import type { NatsConnection } from '@nats-io/transport-node';

export interface OperationsOptions {
  nc: NatsConnection;
  /** The clock (tests). Default Date.now. */
  now?: () => number;
  /**
   * nats-server's monitoring endpoint (`http://127.0.0.1:8222`), for varz/jsz/healthz in
   * server(). It is unauthenticated and loopback-only; without it server() reports what
   * the client connection and JetStream account info say.
   */
  monitorUrl?: string;
  /** Per-request timeout of service and review requests (ms). Default 2000. */
  requestTimeoutMs?: number;
}

export type TileStatus = 'ok' | 'attention' | 'alert';

export type TileId =
  | 'ingress-backlog'
  | 'pending'
  | 'dead-letters'
  | 'review'
  | 'libraries-offline'
  | 'audit'
  | 'storage'
  | 'server';

/** One part of a tile: a home library, a code, a route... */
export interface TilePart {
  label: string;
  count: number;
  oldestAgeMs?: number | null;
}

/** A needs-attention tile: one queue that may need a person. */
export interface Tile {
  id: TileId;
  title: string;
  count: number;
  /** Age of the oldest item counted; null when there is none (or it cannot be known). */
  oldestAgeMs: number | null;
  status: TileStatus;
  /** One line for a person. */
  detail?: string;
  /** The count split (by home library, code, route...). Gagged items are in none of them. */
  parts?: TilePart[];
}

export interface ConsumerRow {
  name: string;
  filterSubject: string | null;
  /** Not yet delivered to the consumer's client. */
  pending: number;
  /** Delivered, not acked yet (in flight or waiting for a retry). */
  ackPending: number;
  redelivered: number;
  /** Pull requests waiting (a connected client pulling). */
  waiting: number;
  ackFloor: { consumerSeq: number; streamSeq: number; lastActive: string | null };
  delivered: { consumerSeq: number; streamSeq: number; lastActive: string | null };
  maxDeliver: number;
  ackWaitMs: number;
}

export interface StreamLimits {
  maxAgeMs: number;
  maxMsgs: number;
  maxBytes: number;
  maxMsgSize: number;
  discard: string;
  replicas: number;
  storage: string;
}

export interface StreamRow {
  name: string;
  description: string;
  subjects: string[];
  limits: StreamLimits;
  /**
   * false: the stream's counts are admin-only (ILR_REVIEW, ILR_DECISIONS, ILR_AUDIT and the
   * review service's bucket hold gagged items) and were left out: every count below is null.
   */
  countsShown: boolean;
  messages: number | null;
  bytes: number | null;
  firstSeq: number | null;
  lastSeq: number | null;
  /** Time of the last message written (the stream's last activity). */
  lastTime: string | null;
  /** Durable consumers (none listed when the counts are not shown); ordered readers (the console's own, `ilr send`'s) are only counted. */
  consumers: ConsumerRow[];
  ephemeralConsumers: number | null;
}

export interface LibraryRow {
  id: string;
  name: string;
  jurisdiction: string;
  /** A client is pulling its delivery consumer (waiting pull requests); null when it has no consumer. */
  connected: boolean | null;
  /** Deliveries, replies and errors not yet acked by the library. */
  deliveriesWaiting: number;
  /** Age of the oldest of them, when there are any and it could be read. */
  oldestWaitingAgeMs: number | null;
  /** Since the library last acked (the consumer's ack floor activity); null when never or unknown. */
  lastAckAgeMs: number | null;
  redeliveries: number;
  /** Dead letters of messages it sent, kept in ILR_DEADLETTER (90 days). */
  deadLetters: number;
  /** PENDING messages waiting on its facts lookups (it is their home library). */
  pendingOnFacts: number;
  /** Public signing keys in the directory (current, and previous while rotating). */
  signingKeys: string[];
}

export interface DeadLetterFilter {
  sender?: string;
  code?: string;
  since?: Date;
  until?: Date;
  messageId?: string;
  /** Rows returned, newest first. Default 50, at most 1000. */
  limit?: number;
}

export interface HandledMark {
  by: string;
  note: string;
  at: string;
}

export interface DeadLetterRow {
  /** ILR_DEADLETTER stream sequence: the row's id. */
  seq: number;
  at: string;
  sender: string;
  messageId: string;
  /** The ingress subject (its kind), or a digest of a malformed one. */
  subject: string;
  code: string;
  /** Names the field at fault, never its value. */
  reason: string;
  field?: string;
  size: number;
  sha256: string;
  handled?: HandledMark;
}

export interface DeadLetterList {
  rows: DeadLetterRow[];
  /** Dead letters read to answer (the search is bounded). */
  scanned: number;
  /** false: the bound was reached before the start of the range; older matches may exist. */
  complete: boolean;
}

export type TraceStep =
  | 'ingress'
  | 'claim'
  | 'decision'
  | 'review'
  | 'reviewed'
  | 'delivery'
  | 'ack'
  | 'reply'
  | 'pending'
  | 'error'
  | 'dead-letter';

export interface TraceDecision {
  outcome: string;
  home: string;
  recipient: string;
  basis: string;
  reasonCode: string;
  pack: { id: string; version: string };
  citations: string[];
  disclosed: string[];
  referTo?: string;
  reviewer?: string;
}

export interface TraceEvent {
  step: TraceStep;
  at: string;
  /** The stream and sequence it was read from. */
  stream?: string;
  seq?: number;
  subject?: string;
  /** Payload size in bytes (never the payload). */
  size?: number;
  decision?: TraceDecision;
  code?: string;
  reason?: string;
  /** For an ack: not a time of its own (2.9 keeps none per message): the delivery is below the consumer's ack floor. */
  note?: string;
}

export interface ReviewCountRow {
  home: string;
  route: string;
  urgent: boolean;
  count: number;
  oldestAgeMs: number | null;
}

export interface ReviewCounts {
  rows: ReviewCountRow[];
  total: number;
  /** Homes the review service did not answer for (the counts are then incomplete). */
  unanswered: string[];
}

export interface FlowSample {
  at: string;
  /** Cumulative since this Operations object's first sample (gagged items left out). */
  decisions: Record<string, number>;
  /** Reviewers' outcomes, cumulative (gagged items left out). */
  reviewed: Record<string, number>;
  deadLetters: Record<string, number>;
  /** Stream last sequences: ingress and delivery totals (they say nothing of a kind). */
  ingressTotal: number;
  deliveryTotal: number;
  /** Ingress-to-delivery latencies (ms) of deliveries seen since the previous sample. */
  latencyMs: number[];
  /** The bound was reached: some records since the previous sample were skipped. */
  truncated: boolean;
}

export interface AuditVerification {
  at: string;
  by: string;
  ok: boolean;
  checked: number;
  lastSeq: number;
  firstBreak?: { seq: number; code: string };
}

export interface AuditStatus {
  /** ILR_AUDIT's entries and last sequence: admins only (they count gagged items), as are lastVerification's checked and lastSeq. */
  entries: number;
  lastSeq: number;
  lastEntryAt: string | null;
  /** Decisions not yet appended (the audit consumer's backlog), oldest first. */
  behind: boolean;
  oldestUnauditedAgeMs: number | null;
  lastVerification: AuditVerification | null;
  status: TileStatus;
}

export interface ServiceEndpointStats {
  name: string;
  subject: string;
  requests: number;
  errors: number;
  averageProcessingMs: number;
  lastError?: string;
}

export interface ServiceRow {
  name: string;
  id: string;
  version: string;
  description?: string;
  started?: string;
  rttMs: number | null;
  endpoints: ServiceEndpointStats[];
}

export interface ServerStatus {
  serverName: string;
  serverId: string;
  version: string;
  jetstream: boolean;
  rttMs: number;
  /** JetStream account info: always available to the broker's account. */
  account: { memory: number; storage: number; streams: number; consumers: number; maxStorage: number; maxMemory: number; apiTotal: number; apiErrors: number };
  /** From the monitoring endpoint, when configured. */
  healthz?: { ok: boolean; error?: string };
  varz?: { connections: number; inMsgs: number; outMsgs: number; inBytes: number; outBytes: number; slowConsumers: number; uptime: string; cpu: number; mem: number };
  jsz?: { storage: number; memory: number; reservedStorage: number; maxStorage: number };
  monitorError?: string;
}

export interface EventRow {
  seq: number;
  at: string;
  type: string;
  stream?: string;
  consumer?: string;
  streamSeq?: number;
  deliveries?: number;
}

export interface ActionRecord {
  by: string;
  action: string;
  target?: string;
  note?: string;
}

export interface ActionRow extends ActionRecord {
  seq: number;
  at: string;
}
