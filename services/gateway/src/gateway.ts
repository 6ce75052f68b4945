// The gateway: one library's ISO 18626 face to ILR. Inbound, a message from the library's ILL
// system is checked, its agencies mapped to libraries, recorded, and published as that
// library's LOAN_REQUEST / SUPPLIER_STATUS / REQUESTER_ACTION (patronInfo replaced by a token
// the library mints); the confirmation is answered only after the broker stored it. Outbound,
// deliveries of those kinds are POSTed to the ILL system and acked only after it confirmed;
// the gateway's own answers (a refusal, a failure) go out through a durable outbox.
import { createHash } from 'node:crypto';
import type { Connector } from '@ilr/connector';
import type { BrokerError, BrokerReply, Delivery } from '@ilr/connector';
import {
  Iso18626Error,
  answer,
  checkMessage,
  confirmFailure,
  headerOf,
  noteMarkers,
  serialize,
  type Header,
  type IsoMessage,
  type PeerProfile,
} from '@ilr/iso18626';
import type { Logger } from '@ilr/log';
import { enumFromWire, isoToWire, type Kind } from '@ilr/wire';
import { AgencyDirectory, agencyKey } from './agencies.js';
import { postIso } from './ill-client.js';
import { ISO_KIND_OF, fromWire, patronIdOf, toWire } from './map.js';
import type { TransactionStore, TxEvent } from './store.js';

export interface GatewayOptions {
  library: string;
  connector: Connector;
  store: TransactionStore;
  /** the ILL system's ISO 18626 endpoint, where deliveries are POSTed */
  illEndpoint: string;
  profile: PeerProfile;
  logger: Logger;
  /** per POST to the ILL system; default 10 s */
  deadlineMs?: number;
  /** delay before redelivery after the n-th failed attempt (the last repeats); default 1 s, 5 s, 30 s, 2 min, 10 min */
  backoffMs?: readonly number[];
  /** how often the outbox is retried; default 2 s */
  outboxEveryMs?: number;
}

export interface GatewayStats {
  received: number;
  accepted: number;
  /** inbound messages answered ERROR, by errorType */
  rejected: Record<string, number>;
  /** resent messages answered with their original confirmation */
  resent: number;
  delivered: number;
  /** deliveries the ILL system confirmed ERROR (recorded, reported to the sender) */
  deliveryErrors: number;
  /** POSTs that failed (HTTP error, timeout) and were left to JetStream to redeliver */
  deliveryRetries: number;
  /** answers the gateway wrote itself (refusals as Unfilled, review notices, failures) */
  notices: number;
}

export interface InboundAnswer {
  status: number;
  xml: string;
  headers?: Record<string, string>;
}

const uuidFrom = (s: string): string => {
  const h = createHash('sha256').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** The transaction a message belongs to: requesting agency and its request id. */
export const transactionKey = (h: Header): string => `${agencyKey(h.requestingAgencyId)}/${h.requestingAgencyRequestId.trim()}`;

/** What makes a message the same message again (a resend): everything but the header's timestamp. */
function fingerprint(m: IsoMessage): string {
  const body = structuredClone((m as unknown as Record<string, { header: Partial<Header> }>)[m.kind]!);
  delete body.header.timestamp;
  return createHash('sha256').update(m.kind).update(JSON.stringify(body)).digest('hex');
}

const noteOf = (m: IsoMessage): string | undefined =>
  m.kind === 'request' ? m.request.serviceInfo?.note : m.kind === 'supplyingAgencyMessage' ? m.supplyingAgencyMessage.messageInfo.note : m.requestingAgencyMessage.note;

/** One message as the transaction records it; the note's extension markers the profile knows, not the note. */
const eventOf = (m: IsoMessage, dir: 'in' | 'out', profile?: PeerProfile): TxEvent => {
  const extensions = profile ? noteMarkers(profile, noteOf(m)) : [];
  return {
    dir,
    kind: m.kind,
    at: new Date().toISOString(),
    ...(m.kind === 'supplyingAgencyMessage' && m.supplyingAgencyMessage.statusInfo.status ? { status: m.supplyingAgencyMessage.statusInfo.status } : {}),
    ...(m.kind === 'requestingAgencyMessage' ? { action: m.requestingAgencyMessage.action } : {}),
    ...(m.kind === 'request' && m.request.serviceInfo?.requestType ? { requestType: m.request.serviceInfo.requestType } : {}),
    ...(extensions.length ? { extensions } : {}),
  };
};

const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n)}...` : s);

export class Gateway {
  readonly stats: GatewayStats = { received: 0, accepted: 0, rejected: {}, resent: 0, delivered: 0, deliveryErrors: 0, deliveryRetries: 0, notices: 0 };
  readonly agencies: AgencyDirectory;
  private readonly deadlineMs: number;
  private readonly backoffMs: readonly number[];
  private chain: Promise<unknown> = Promise.resolve();
  private outboxTimer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly o: GatewayOptions) {
    this.agencies = new AgencyDirectory(o.connector.nats);
    this.deadlineMs = o.deadlineMs ?? 10_000;
    this.backoffMs = o.backoffMs ?? [1_000, 5_000, 30_000, 120_000, 600_000];
  }

  get library(): string {
    return this.o.library;
  }

  /** Pulls the library's deliveries and starts the outbox. */
  async start(): Promise<void> {
    await this.o.connector.deliveries((d) => this.deliver(d), {
      onReply: (r) => this.onReply(r),
      onError: (e) => this.onBrokerError(e),
    });
    this.outboxTimer = setInterval(() => void this.drainOutbox(), this.o.outboxEveryMs ?? 2_000);
    this.outboxTimer.unref();
    void this.drainOutbox();
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.outboxTimer) clearInterval(this.outboxTimer);
    await this.draining;
  }

  // ------------------------------------------------------------------ inbound

  /** One POST /iso18626 body. Messages are taken one at a time, so a resend racing its original is still a resend. */
  inbound(body: Uint8Array): Promise<InboundAnswer> {
    const next = this.chain.then(() => this.inboundOne(body));
    this.chain = next.catch(() => undefined);
    return next;
  }

  private count(error: Iso18626Error): void {
    this.stats.rejected[error.errorType] = (this.stats.rejected[error.errorType] ?? 0) + 1;
    this.o.logger.info({ errorType: error.errorType, errorValue: error.errorValue }, 'ISO 18626 message refused');
  }

  private refuse(error: Iso18626Error, m: IsoMessage | undefined, tree?: Parameters<typeof confirmFailure>[1]): InboundAnswer {
    this.count(error);
    return { status: 200, xml: serialize(confirmFailure(error, tree, m?.kind)) };
  }

  private async inboundOne(body: Uint8Array): Promise<InboundAnswer> {
    this.stats.received++;
    const a = answer(body, { profile: this.o.profile });
    if (a.httpStatus === 413) return { status: 413, xml: '' };
    if (!a.result.ok) {
      this.count(a.result.error);
      return { status: 200, xml: a.xml };
    }
    const m = a.result.document;
    const tree = a.result.tree;
    const h = headerOf(m);
    const [ours, theirs] = m.kind === 'supplyingAgencyMessage' ? (['supplyingAgencyId', 'requestingAgencyId'] as const) : (['requestingAgencyId', 'supplyingAgencyId'] as const);
    let mine: string | undefined;
    let peer: string | undefined;
    try {
      mine = await this.agencies.library(h[ours]);
      peer = await this.agencies.library(h[theirs]);
    } catch {
      return { status: 503, xml: '', headers: { 'retry-after': '5' } };
    }
    if (mine !== this.o.library) return this.refuse(new Iso18626Error('UnrecognisedDataValue', `${m.kind}/header/${ours}: not an agency of this library`), m, tree);
    if (!peer || peer === this.o.library) return this.refuse(new Iso18626Error('UnrecognisedDataValue', `${m.kind}/header/${theirs}: not an agency of the member directory`), m, tree);

    const key = transactionKey(h);
    const fp = fingerprint(m);
    const seen = this.o.store.findInbound(key, fp);
    if (seen) {
      // A resend (the ILL system timed out): the original confirmation, no second ILR message.
      if (!seen.sent) {
        const failed = await this.publish(m, seen.recipient, seen.messageId);
        if (failed) return failed;
      }
      this.stats.resent++;
      return { status: 200, xml: seen.confirmation };
    }
    const messageId = uuidFrom(`${this.o.library}|${key}|${fp}`);
    const event = eventOf(m, 'in', this.o.profile);
    if (this.o.store.backwards(key, event.status)) event.backwards = true;
    this.o.store.recordInbound({ key, fp, messageId, kind: m.kind, recipient: peer, confirmation: a.xml, header: { ...h, timestamp: undefined } }, event);
    const failed = await this.publish(m, peer, messageId);
    if (failed) return failed;
    this.stats.accepted++;
    this.o.logger.info({ messageId, kind: m.kind, to: peer, status: event.status, action: event.action, backwards: event.backwards }, 'ISO 18626 message relayed to ILR');
    return { status: 200, xml: a.xml };
  }

  private async publish(m: IsoMessage, peer: string, messageId: string): Promise<InboundAnswer | undefined> {
    const { kind, body } = toWire(m);
    const patronId = patronIdOf(m);
    try {
      await this.o.connector.send(kind, peer, body, {
        messageId,
        ...(patronId ? { patron: { id: patronId, transaction: headerOf(m).requestingAgencyRequestId } } : {}),
      });
    } catch (e) {
      this.o.logger.warn({ messageId, err: (e as { code?: string }).code ?? (e as Error).name }, 'ILR did not take the message; the ILL system is asked to resend');
      return { status: 503, xml: '', headers: { 'retry-after': '5' } };
    }
    this.o.store.markSent(messageId);
    return undefined;
  }

  // ------------------------------------------------------------------ outbound

  private backoff(n: number): number {
    return this.backoffMs[Math.min(n - 1, this.backoffMs.length - 1)]!;
  }

  private async deliver(d: Delivery): Promise<void> {
    if (!ISO_KIND_OF[d.kind]) {
      // Not a resource-sharing message: nothing an ILL system takes.
      this.o.logger.warn({ messageId: d.envelope.messageId, kind: d.kind }, 'delivery of a kind the gateway does not carry; acked');
      return d.ack();
    }
    const deliveryId = d.envelope.messageId;
    if (this.o.store.deliveredEvent(deliveryId)) return d.ack(); // taken before a crash, not acked then
    const m = fromWire(d.kind, d.body);
    const key = transactionKey(headerOf(m));
    const xml = serialize(m);
    const own = checkMessage(xml);
    if (!own.ok) {
      // What ILR carried does not make a valid ISO 18626 message: never sent half-right.
      this.record(key, deliveryId, m, { status: 'ERROR', errorType: own.error.errorType, errorValue: own.error.errorValue });
      await this.reportFailure(d, m, own.error.errorType, own.error.errorValue);
      return d.ack();
    }
    const n = this.o.store.attempt(deliveryId);
    const r = await postIso(this.o.illEndpoint, xml, this.deadlineMs);
    if (!r.ok) {
      this.stats.deliveryRetries++;
      const delay = this.backoff(n);
      this.o.logger.warn({ messageId: deliveryId, kind: d.kind, attempt: n, reason: r.reason, retryInMs: delay }, 'ILL system did not confirm; retried later');
      return d.nak(delay);
    }
    this.record(key, deliveryId, m, r);
    if (r.status === 'ERROR') {
      this.stats.deliveryErrors++;
      this.o.logger.warn({ messageId: deliveryId, kind: d.kind, errorType: r.errorType }, 'ILL system answered ERROR; reported to the sender');
      await this.reportFailure(d, m, r.errorType ?? 'BadlyFormedMessage', r.errorValue ?? '');
    } else this.stats.delivered++;
    d.ack();
  }

  private record(key: string, deliveryId: string, m: IsoMessage, r: { status: 'OK' | 'ERROR'; errorType?: string; errorValue?: string }): void {
    const event: TxEvent = { ...eventOf(m, 'out', this.o.profile), result: r.status };
    if (r.errorType) event.errorType = r.errorType;
    if (r.errorValue) event.errorValue = clip(r.errorValue);
    if (this.o.store.backwards(key, event.status)) event.backwards = true;
    this.o.store.recordDelivered(key, deliveryId, event);
  }

  /** An ERROR confirmation is never ignored: the sending library hears of it in ISO 18626 terms. */
  private async reportFailure(d: Delivery, m: IsoMessage, errorType: string, errorValue: string): Promise<void> {
    const h = headerOf(m);
    const note = `ILL system of ${this.o.library} answered ERROR: ${errorType}${errorValue ? `: ${clip(errorValue)}` : ''}`;
    const header = { ...h, timestamp: new Date().toISOString() };
    const messageId = uuidFrom(`${d.envelope.messageId}:failure`);
    try {
      if (d.kind === 'SUPPLIER_STATUS') {
        await this.o.connector.send('REQUESTER_ACTION', d.envelope.sender, { header, action: isoToWire('Action', 'Notification'), note }, { messageId });
      } else {
        await this.o.connector.send(
          'SUPPLIER_STATUS',
          d.envelope.sender,
          {
            header,
            messageInfo: { reasonForMessage: isoToWire('ReasonForMessage', d.kind === 'LOAN_REQUEST' ? 'RequestResponse' : 'Notification'), note },
            statusInfo: { status: isoToWire('Status', d.kind === 'LOAN_REQUEST' ? 'Unfilled' : 'RequestReceived'), lastChange: header.timestamp },
          },
          { messageId },
        );
      }
    } catch (e) {
      this.o.logger.error({ messageId: d.envelope.messageId, err: (e as Error).name }, 'could not report an ERROR confirmation to the sender');
    }
  }

  // ------------------------------------------------------------------ the broker's answers

  private onReply(r: BrokerReply): void {
    try {
      this.answerReply(r);
    } catch (e) {
      this.o.logger.error({ correlationId: r.correlationId, err: (e as Error).message }, 'could not answer a broker reply to the ILL system');
    }
  }

  private answerReply(r: BrokerReply): void {
    if (r.status !== 'FINAL' || !r.reply) return;
    const outcome = enumFromWire('Outcome', r.reply.outcome);
    if (outcome !== 'REFUSE' && outcome !== 'REVIEW') return;
    const reason = r.reply.reasonCode ? enumFromWire('ReasonCode', r.reply.reasonCode) : 'REFUSED';
    this.notice(r.correlationId, outcome === 'REFUSE' ? 'Unfilled' : 'RequestReceived', `ILR:${outcome}:${reason}`, `ILR: ${r.reply.message ?? outcome}`);
  }

  private onBrokerError(e: BrokerError): void {
    this.notice(e.correlationId, 'Unfilled', `ILR:REJECTED:${e.error.code || 'ERROR'}`, `ILR rejected the message: ${clip(e.error.reason ?? '')}`);
  }

  /**
   * The ILL system's own request would otherwise hang: it gets a supplyingAgencyMessage
   * (Unfilled with the reason for a refusal; RequestReceived with a note while a person
   * reviews). Written to the outbox synchronously, before the SDK acks the reply.
   */
  private notice(correlationId: string, status: 'Unfilled' | 'RequestReceived', reasonValue: string, note: string): void {
    const rec = this.o.store.inboundByMessageId(correlationId);
    this.o.logger.info({ correlationId, status, found: !!rec }, 'broker answer for the ILL system');
    if (!rec) return;
    const h = rec.header as Header;
    const now = new Date().toISOString();
    let doc: IsoMessage;
    if (rec.kind === 'request' || rec.kind === 'requestingAgencyMessage') {
      doc = {
        kind: 'supplyingAgencyMessage',
        supplyingAgencyMessage: {
          header: { ...h, timestamp: now },
          messageInfo: {
            reasonForMessage: rec.kind === 'request' ? (status === 'Unfilled' ? 'RequestResponse' : 'Notification') : 'Notification',
            note,
            ...(status === 'Unfilled' && rec.kind === 'request' ? { reasonUnfilled: { value: reasonValue } } : {}),
          },
          statusInfo: { status: rec.kind === 'request' ? status : 'RequestReceived', lastChange: now },
        },
      };
    } else {
      doc = { kind: 'requestingAgencyMessage', requestingAgencyMessage: { header: { ...h, timestamp: now }, action: 'Notification', note } };
    }
    const event = eventOf(doc, 'out');
    if (this.o.store.addNotice(`${correlationId}:answer`, rec.key, serialize(doc), event)) {
      this.stats.notices++;
      void this.drainOutbox();
    }
  }

  private drainOutbox(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.draining) return this.draining;
    this.draining = (async () => {
      await Promise.resolve(); // so that the finally below runs after this assignment
      try {
        for (const n of this.o.store.pendingNotices()) {
          if (this.closed) break;
          const r = await postIso(this.o.illEndpoint, n.xml, this.deadlineMs);
          this.o.logger.info({ notice: n.id, ok: r.ok, reason: r.ok ? r.status : r.reason }, 'notice to the ILL system');
          if (!r.ok) break; // the ILL system is away: next round
          if (r.status === 'ERROR') this.stats.deliveryErrors++;
          this.o.store.noticeSent(n.id, r.status);
        }
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }
}

export type { Kind };
