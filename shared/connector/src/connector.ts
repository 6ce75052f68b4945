// The connector SDK: a member library's ILS integration sends, requests, receives and
// answers patron-fact lookups through one Connector.
import { randomUUID } from 'node:crypto';
import { createLogger, type Logger } from '@ilr/log';
import { connectNats, ingressSubject, libraryInboxPrefix, librarySubjectToken, type IlrNats } from '@ilr/nats';
import { WireError, encodeMessage, type BodyInit, type Kind, type RequesterReply } from '@ilr/wire';
import { DeliveryPump } from './deliveries.js';
import { ConnectorError } from './errors.js';
import { FactsServer } from './facts.js';
import { ReplyWaiters } from './replies.js';
import type { ConnectOptions, DeliveriesOptions, DeliveryHandler, FactsLookup, RequestOptions, SendOptions, SendResult } from './types.js';

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class Connector {
  private readonly waiters = new ReplyWaiters();
  private readonly pump: DeliveryPump;
  private readonly factServers: FactsServer[] = [];
  private closed = false;

  private constructor(
    /** The NATS connection (for tests and advanced use). */
    readonly nats: IlrNats,
    readonly library: string,
    private readonly log: Logger,
  ) {
    this.pump = new DeliveryPump(nats.jetstream(), library, this.waiters, log);
  }

  static async connect(opts: ConnectOptions): Promise<Connector> {
    const library = librarySubjectToken(opts.library);
    const nats = await connectNats({
      servers: opts.servers,
      name: `connector-${library}`,
      credentials: opts.credentials,
      // Under per-library permissions only this prefix may receive PubAcks and pulled messages.
      inboxPrefix: libraryInboxPrefix(library),
    });
    return new Connector(nats, library, opts.logger ?? createLogger(`connector-${library}`));
  }

  /**
   * Publish one message to the broker (`ilr.in.<library>.<kind>`); resolves once the
   * ingress stream stored it. Sending again with the same `messageId` is safe.
   */
  async send<K extends Kind>(kind: K, recipient: string, body: BodyInit<K>, opts: SendOptions = {}): Promise<SendResult> {
    this.checkOpen();
    const messageId = opts.messageId ?? randomUUID();
    const bytes = this.encode(kind, recipient, body, messageId, opts.correlationId);
    try {
      const ack = await this.nats.jetstream().publish(ingressSubject(this.library, kind), bytes, { msgID: messageId });
      this.log.debug({ kind, recipient, messageId, seq: ack.seq, duplicate: ack.duplicate }, 'sent');
      return { messageId, seq: ack.seq, duplicate: ack.duplicate };
    } catch (e) {
      throw new ConnectorError('PUBLISH_FAILED', `${kind} ${messageId} was not stored: ${errText(e)}`, { messageId, cause: e });
    }
  }

  /**
   * Send, then wait for the broker's FINAL reply to it (RELAY, REFER, REFUSE, REVIEW).
   * PENDING replies go to `onPending`; a rejection rejects with ConnectorError REJECTED.
   */
  async request<K extends Kind>(kind: K, recipient: string, body: BodyInit<K>, opts: RequestOptions = {}): Promise<RequesterReply> {
    this.checkOpen();
    await this.pump.start(); // replies arrive through the delivery consumer
    const messageId = opts.messageId ?? randomUUID();
    const answer = this.waiters.wait(messageId, opts);
    // The answer may settle while the send is still awaiting its ack; the caller gets it below.
    answer.catch(() => undefined);
    try {
      await this.send(kind, recipient, body, { ...opts, messageId });
    } catch (e) {
      this.waiters.cancel(messageId, e as ConnectorError);
    }
    return answer;
  }

  /** Start receiving: message kinds go to `handler`, which must ack() or nak() each one. */
  async deliveries(handler: DeliveryHandler, opts: DeliveriesOptions = {}): Promise<void> {
    this.checkOpen();
    this.pump.setHandler(handler, opts);
    await this.pump.start();
  }

  /** Answer the policy service's patron-fact lookups for this library from `lookup`. */
  serveFacts(lookup: FactsLookup): void {
    this.checkOpen();
    this.factServers.push(new FactsServer(this.nats.nc, this.library, lookup, this.log));
  }

  // One typed method per kind; `to` is the library addressed.
  itemFound = (to: string, body: BodyInit<'ITEM_FOUND'>, o?: SendOptions) => this.send('ITEM_FOUND', to, body, o);
  recoveryNotice = (to: string, body: BodyInit<'RECOVERY_NOTICE'>, o?: SendOptions) => this.send('RECOVERY_NOTICE', to, body, o);
  patronInquiry = (to: string, body: BodyInit<'PATRON_INQUIRY'>, o?: SendOptions) => this.send('PATRON_INQUIRY', to, body, o);
  accountInquiry = (to: string, body: BodyInit<'ACCOUNT_INQUIRY'>, o?: SendOptions) => this.send('ACCOUNT_INQUIRY', to, body, o);
  loanRequest = (to: string, body: BodyInit<'LOAN_REQUEST'>, o?: SendOptions) => this.send('LOAN_REQUEST', to, body, o);
  supplierStatus = (to: string, body: BodyInit<'SUPPLIER_STATUS'>, o?: SendOptions) => this.send('SUPPLIER_STATUS', to, body, o);
  requesterAction = (to: string, body: BodyInit<'REQUESTER_ACTION'>, o?: SendOptions) => this.send('REQUESTER_ACTION', to, body, o);
  holdPickup = (to: string, body: BodyInit<'HOLD_PICKUP'>, o?: SendOptions) => this.send('HOLD_PICKUP', to, body, o);
  legalProcess = (to: string, body: BodyInit<'LEGAL_PROCESS'>, o?: SendOptions) => this.send('LEGAL_PROCESS', to, body, o);

  /** Stop receiving and answering, fail pending requests with CLOSED, drain the connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pump.stop();
    await Promise.all(this.factServers.map((s) => s.stop()));
    this.waiters.closeAll();
    await this.nats.close();
  }

  private encode<K extends Kind>(kind: K, recipient: string, body: BodyInit<K>, messageId: string, correlationId?: string): Uint8Array {
    // The broker refuses a LIBRARY requester other than the sender; say so before sending.
    const requester = (body as { requester?: { library?: string | null } }).requester;
    if (requester?.library && requester.library !== this.library) {
      throw new ConnectorError('INVALID_MESSAGE', `requester library ${requester.library} is not the sender ${this.library}`, { messageId });
    }
    try {
      const envelope = { messageId, sender: this.library, recipient, kind, createdAt: Date.now(), ...(correlationId ? { correlationId } : {}) };
      return encodeMessage(envelope, body);
    } catch (e) {
      if (e instanceof WireError) throw new ConnectorError('INVALID_MESSAGE', `${kind}: ${e.message}`, { messageId, cause: e });
      throw e;
    }
  }

  private checkOpen(): void {
    if (this.closed) throw new ConnectorError('CLOSED', 'connector closed');
  }
}
