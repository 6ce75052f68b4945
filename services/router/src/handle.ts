// One ingress message, exactly as docs/ARCHITECTURE.md "The contract of the relay" says:
// decode -> subject checks -> directory -> signature and replay window -> claim -> policy -> act.
// The claim is the ingress stream's own deduplication: the message must have been published
// with Nats-Msg-Id <sender>.<message_id>, so nats-server stored no other copy of the id within
// its duplicate window (@ilr/nats INGRESS_DEDUPE_WINDOW_MS). Nothing is written for it, and
// nothing is published before it is checked; the ack comes last.
import { AccessError, DEFAULT_REPLAY_WINDOW, checkReplayWindow, verifyEnvelope } from '@ilr/access';
import type { Logger } from '@ilr/log';
import { HEADERS, isLibraryId, kindSubjectToken, messageKey, parseIngressSubject, type PipelinedRequester } from '@ilr/nats';
import { WireError, decodeMessage, encodeBody, encodeEnvelope, type Message } from '@ilr/wire';
import type { Decision, PolicyRequest } from '@ilr/policy';
import { JetStreamApiCodes, JetStreamApiError, type JsMsg } from '@nats-io/jetstream';
import { RouterError } from './errors.js';
import { toPolicyRequest } from './map.js';
import { askPolicy } from './policy.js';
import { Publisher, digest, type MessageRef } from '@ilr/outbound';
import type { RouterMetrics } from '@ilr/metrics';

export interface RouterStats {
  received: number;
  decided: number;
  pending: number;
  deadLettered: number;
  /** Rejected as BAD_MSG_ID: published without Nats-Msg-Id <sender>.<message_id> (a copy under another id, or a raw publish). */
  badMsgIds: number;
  /** NAKed for a later attempt (policy unavailable, facts pending, a failed publish). */
  retried: number;
}

/** Which libraries are members: kept current by a directory watch (members.ts). */
export interface Members {
  has(id: string): Promise<boolean>;
  /** The keys a member signs its envelopes with; undefined: it does not sign (its NATS credentials are its only proof). */
  signingKeys(id: string): readonly string[] | undefined;
}

export interface HandlerDeps {
  /** Carries the policy requests. */
  requests: PipelinedRequester;
  members: Members;
  publisher: Publisher;
  logger: Logger;
  policyTimeoutMs: number;
  /** The consumer's max_deliver: on this delivery a message still undecidable is dead-lettered. */
  maxDeliver: number;
  /** Delay before the n-th redelivery (index = delivery count - 1; the last value repeats). */
  retryDelaysMs: readonly number[];
  stats: RouterStats;
  /** ilr_* counters and histograms (the gag rule: a gagged decision is counted in no series by kind or outcome). */
  metrics: RouterMetrics;
}

const seconds = (since: number): number => (performance.now() - since) / 1000;

/**
 * The subject's sender: trusted (a library may publish only under `ilr.in.<itself>.`),
 * unlike anything in the payload. `kind` is null when the rest of the subject is not a kind,
 * so a malformed subject is still answered to the library that published it.
 */
function subjectOf(m: JsMsg): { sender: string; kind: string | null } | null {
  try {
    return parseIngressSubject(m.subject);
  } catch {
    const t = m.subject.split('.');
    return t[0] === 'ilr' && t[1] === 'in' && isLibraryId(t[2]) ? { sender: t[2], kind: null } : null;
  }
}

/** The message id of a payload, if it decodes at all: so an error can name what it answers. */
function readableId(data: Uint8Array): string | undefined {
  try {
    return decodeMessage(data).envelope.messageId;
  } catch (e) {
    return e instanceof WireError ? e.messageId : undefined;
  }
}


export class MessageHandler {
  constructor(private readonly d: HandlerDeps) {}

  async handle(m: JsMsg): Promise<void> {
    const started = performance.now();
    this.d.stats.received++;
    this.d.metrics.deliveries.inc();
    try {
      await this.handleOne(m);
    } finally {
      this.d.metrics.handleSeconds.observe(seconds(started));
    }
  }

  private async handleOne(m: JsMsg): Promise<void> {
    const subj = subjectOf(m);
    let message: Message | undefined;
    try {
      // The subject itself is not quoted back: it is the sender's free text.
      if (!subj?.kind) throw new RouterError('BAD_SUBJECT', 'the subject is not ilr.in.<sender>.<kind>', 'subject', subj ? readableId(m.data) : undefined);
      message = this.decode(m.data, { sender: subj.sender, kind: subj.kind });
      await this.checkLibraries(message);
      // Before the claim: a forged or replayed copy must not take the id of the real message.
      this.authenticate(m, message);
      // What the message means is checked first: a bad message is told what is wrong with it.
      const mapped = toPolicyRequest(message);
      this.claim(m, subj.sender, message.envelope.messageId);
      await this.decideAndAct(m, message, mapped);
    } catch (e) {
      if (!(e instanceof RouterError)) return this.retryLater(m, e);
      await this.reject(m, subj?.sender, message?.envelope.messageId ?? e.messageId, e, message?.kind);
    }
  }

  /**
   * The claim: this stream message is the only copy of its id. A library publishes with
   * Nats-Msg-Id <sender>.<message_id>, and within ILR_INGRESS's duplicate window nats-server
   * stores one message per Nats-Msg-Id (a second publish is answered `duplicate: true` and
   * not stored); the replay window (authenticate, 5 minutes) is shorter than the duplicate
   * window (10), so no copy outlives it. A message under any other Nats-Msg-Id could be a
   * second copy of an id: it is rejected. A redelivery is the same stream message, whose
   * publishes are deduplicated by their own Nats-Msg-Ids.
   */
  private claim(m: JsMsg, sender: string, messageId: string): void {
    // Keyed by the (trusted) subject sender too, so one library cannot claim another's ids.
    if (m.headers?.get(HEADERS.msgId) === messageKey(sender, messageId)) return;
    this.d.stats.badMsgIds++;
    throw new RouterError('BAD_MSG_ID', `a message must be published with Nats-Msg-Id ${messageKey(sender, messageId)} (<sender>.<message_id>), so that the ingress stream keeps one copy of its id; this one is not relayed`, 'Nats-Msg-Id', messageId);
  }

  private decode(data: Uint8Array, subj: { sender: string; kind: string }): Message {
    let message: Message;
    try {
      message = decodeMessage(data);
    } catch (e) {
      if (e instanceof WireError) throw new RouterError(e.code, e.message, e.field, e.messageId);
      throw e;
    }
    const { sender, kind, messageId } = message.envelope;
    if (sender !== subj.sender) {
      throw new RouterError('FORGED_SENDER', `envelope sender is not the publishing library ${subj.sender}`, 'sender', messageId);
    }
    if (kindSubjectToken(kind) !== subj.kind) {
      throw new RouterError('KIND_MISMATCH', `envelope kind ${kind} does not match the subject's ${subj.kind}`, 'kind', messageId);
    }
    return message;
  }

  /**
   * A library with signing keys in the directory must sign every envelope (a bad or
   * missing signature is rejected). Every envelope, signed or not, must have been created
   * within the replay window of the ingress stream's receive time (so a backlog is not a
   * replay): the ingress stream remembers an id (the claim) only a little longer than that window.
   */
  private authenticate(m: JsMsg, message: Message): void {
    const signingKeys = this.d.members.signingKeys(message.envelope.sender);
    const receivedAt = Number(BigInt(m.info.timestampNanos) / 1_000_000n);
    try {
      if (signingKeys) verifyEnvelope(m.data, { signingKeys, receivedAt });
      else checkReplayWindow(message.envelope.createdAt, receivedAt, DEFAULT_REPLAY_WINDOW, message.envelope.messageId);
    } catch (e) {
      if (e instanceof AccessError || e instanceof WireError) throw new RouterError(e.code, e.message, e.field, message.envelope.messageId);
      throw e;
    }
  }

  private async checkLibraries(message: Message): Promise<void> {
    const { sender, recipient } = message.envelope;
    for (const [field, id] of [['sender', sender], ['recipient', recipient]] as const) {
      if (!(await this.d.members.has(id))) throw new RouterError('UNKNOWN_LIBRARY', `${field} is not a member library`, field);
    }
  }

  private async decideAndAct(m: JsMsg, message: Message, mapped: ReturnType<typeof toPolicyRequest>): Promise<void> {
    const id = message.envelope.messageId;
    const askedAt = performance.now();
    const asked = askPolicy(this.d.requests, { messageId: id, request: mapped.request, patron: mapped.patron, parties: { sender: message.envelope.sender, recipient: message.envelope.recipient } }, this.d.policyTimeoutMs);
    const answer = await asked.finally(() => this.d.metrics.policySeconds.observe(seconds(askedAt)));
    if (answer.status === 'UNAVAILABLE') return this.notYet(m, message, answer.reason, undefined);
    if (answer.status === 'PENDING') return this.notYet(m, message, answer.reason, answer.home);

    const { decision, reply } = answer;
    const p = this.d.publisher;
    // Build what crosses before publishing anything: an envelope that cannot be carried
    // (a label taking it past the size limit) is rejected, not half-relayed.
    const to = decision.outcome === 'RELAY' ? message.envelope.recipient : decision.outcome === 'REFER' ? decision.referTo : undefined;
    const crossing = to ? this.amend(message, decision, to) : undefined;
    // Independent publishes, each deduplicated by its own Nats-Msg-Id: wait for all at once.
    // The envelope's sender is the subject's (checked in decode): the trusted one.
    const ref = { sender: message.envelope.sender, id };
    const publishes: Promise<unknown>[] = [p.decision(id, decision, { kind: message.kind, sender: ref.sender, recipient: message.envelope.recipient, patronTokens: [mapped.patron.token] }), p.finalReply(ref, reply)];
    if (to && crossing) publishes.push(p.deliver(ref, to, message.kind, crossing, decision));
    if (decision.outcome === 'REVIEW') publishes.push(p.review(ref, decision, mapped.request, m.data));
    await Promise.all(publishes);
    this.d.stats.decided++;
    // The gag rule: a gagged item's existence is the secret; it is in no count by kind or outcome.
    if (!decision.review?.gag) this.d.metrics.messages.child(ref.sender, message.kind, decision.outcome).inc();
    this.d.logger.info({ messageId: id, kind: message.kind, outcome: decision.outcome, home: decision.decidedBy }, 'decided');
    this.done(m);
  }

  /**
   * The envelope as it may cross to `to`, re-encoded from what was decoded, so nothing the
   * router did not read (unknown fields, proto/README.md rule 5) crosses: a hold gets its label; a notice the
   * patron did not allow in detail loses its text; a lookup key (card number or name) goes
   * only to the library that decided or holds the record, unless IDENTITY was disclosed.
   */
  private amend(message: Message, decision: Decision, to: string): Uint8Array {
    let body = message.body as unknown as Record<string, unknown>;
    if (message.kind === 'HOLD_PICKUP') body = { ...body, label: decision.label ?? '' };
    if (message.kind === 'RECOVERY_NOTICE' && decision.notice !== 'DETAILED') body = { ...body, noticeText: '' };
    const holdsRecord = to === decision.decidedBy || (decision.outcome === 'REFER' && to === decision.referTo);
    if (!holdsRecord && !decision.disclosed.includes('IDENTITY')) {
      if ('lookup' in body && body.lookup) body = { ...body, lookup: null };
      if ('credentialValue' in body && body.credentialValue) body = { ...body, credentialValue: '' };
    }
    try {
      const { $unknowns: _unread, ...known } = body;
      return encodeEnvelope({ ...message.envelope, unknownFields: undefined, body: encodeBody(message.kind, known as never) });
    } catch (e) {
      if (e instanceof WireError) throw new RouterError(e.code, `as relayed: ${e.message}`, e.field, message.envelope.messageId);
      throw e;
    }
  }

  /**
   * Not decidable now: tell the requester once, retry later, dead-letter on the last delivery.
   * `pendingOn`: the home library whose facts are missing (PENDING); undefined: the policy
   * service did not answer (nothing to tell the requester yet).
   */
  private async notYet(m: JsMsg, message: Message, reason: string, pendingOn: string | undefined): Promise<void> {
    const id = message.envelope.messageId;
    const delivery = m.info.deliveryCount;
    const tellRequester = pendingOn !== undefined;
    if (tellRequester) {
      this.d.stats.pending++;
      this.d.metrics.pending.child(pendingOn).inc();
    }
    if (delivery >= this.d.maxDeliver) {
      await this.deadLetter(m, message.envelope.sender, id, tellRequester ? 'FACTS_UNAVAILABLE' : 'POLICY_UNAVAILABLE', reason, undefined, { sender: message.envelope.sender, id });
      this.d.logger.warn({ messageId: id, delivery, reason }, 'dead-lettered after the last delivery');
      return this.done(m);
    }
    if (tellRequester && delivery === 1) await this.d.publisher.pendingReply({ sender: message.envelope.sender, id }, reason);
    this.d.logger.info({ messageId: id, delivery, reason }, 'not decidable yet; retrying later');
    this.nak(m);
  }

  private async reject(m: JsMsg, sender: string | undefined, messageId: string | undefined, e: RouterError, kind: string | undefined): Promise<void> {
    const trusted = sender ?? 'unknown';
    const seq = m.info.streamSequence;
    const id = messageId ?? `seq-${seq}`;
    // What the writes are deduplicated by. Without a trusted sender (a malformed subject)
    // the id read from the payload names nobody: the ingress sequence does. A second copy
    // of an id must not be deduplicated against the first copy's writes.
    const dedupe: MessageRef = !sender ? { sender: trusted, id: `seq-${seq}` } : { sender, id: e.code === 'BAD_MSG_ID' ? `${id}-dup-${seq}` : id };
    try {
      await this.deadLetter(m, trusted, id, e.code, e.message, e.field, dedupe);
      if (sender) await this.d.publisher.errorReply(dedupe, e.code, e.message, e.field, messageId ?? '');
      this.d.metrics.messages.child(trusted, kind ?? 'UNKNOWN', 'REJECTED').inc();
      this.d.logger.warn({ messageId: id, sender: trusted, code: e.code, field: e.field }, 'rejected');
      this.done(m);
    } catch (err) {
      this.retryLater(m, err);
    }
  }

  private async deadLetter(m: JsMsg, sender: string, id: string, code: string, reason: string, field: string | undefined, dedupe: MessageRef): Promise<void> {
    // A malformed subject is the sender's free text: kept as a digest only, like the payload.
    const subject = subjectOf(m)?.kind ? m.subject : `(malformed subject, sha256 ${digest(new TextEncoder().encode(m.subject)).sha256})`;
    await this.d.publisher.deadLetter(dedupe, { messageId: id, sender, subject, code, reason, field, ...digest(m.data), at: new Date().toISOString() });
    this.d.stats.deadLettered++;
    this.d.metrics.deadLetters.child(sender, code).inc();
  }

  /** The message was claimed before acting, so the ack need not be awaited: a lost ack only causes a redelivery whose publishes are deduplicated. */
  private done(m: JsMsg): void {
    m.ack();
  }

  private retryLater(m: JsMsg, e: unknown): void {
    this.d.logger.error({ err: e instanceof Error ? e.message : String(e), seq: m.info.streamSequence }, 'failed; retrying later');
    this.nak(m);
  }

  private nak(m: JsMsg): void {
    this.d.stats.retried++;
    const delays = this.d.retryDelaysMs;
    m.nak(delays[Math.min(m.info.deliveryCount - 1, delays.length - 1)] ?? 0);
  }
}
