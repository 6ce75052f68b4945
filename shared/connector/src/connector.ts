// The connector SDK: a member library's ILS integration sends, requests, receives and
// answers patron-fact lookups through one Connector.
import { createIlrMetrics, serveMetrics, type IlrMetrics, type ServedMetrics } from '@ilr/metrics';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { EnvelopeSigner } from '@ilr/access';
import { createLogger, type Logger } from '@ilr/log';
import { connectNats, ingressSubject, libraryInboxPrefix, librarySubjectToken, messageKey, type IlrNats } from '@ilr/nats';
import type { MaintenanceReport, TokenVault } from '@ilr/tokens';
import { WireError, encodeMessage, type BodyInit, type Kind, type RequesterReply } from '@ilr/wire';
import { DeliveryPump } from './deliveries.js';
import { ConnectorError } from './errors.js';
import { FactsServer } from './facts.js';
import { PatronTokens } from './patron-tokens.js';
import { ReplyWaiters } from './replies.js';
import type {
  ConnectOptions,
  ConnectorStats,
  DeliveriesOptions,
  DeliveryHandler,
  FactsLookup,
  RepeatOptions,
  RequestOptions,
  SendOptions,
  SendResult,
} from './types.js';

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
    private readonly tokens: PatronTokens | undefined,
    repeats: RepeatOptions,
    private readonly signer: EnvelopeSigner | undefined,
    metrics: IlrMetrics,
  ) {
    // The floor file: given, else beside the keystore, so that it lives where the library keeps state.
    const keys = tokens?.vault.files.keystore;
    const floorFile = repeats.floorFile === false ? undefined : (repeats.floorFile ?? (keys && join(dirname(keys), `${library}.delivered.json`)));
    this.pump = new DeliveryPump(nats.jetstream(), nats.nc, library, this.waiters, log, { ...repeats, floorFile }, metrics.connector);
  }

  private served: ServedMetrics | undefined;

  /** The /metrics URL when `metrics` was given to connect(). */
  get metricsUrl(): string | undefined {
    return this.served?.url;
  }

  static async connect(opts: ConnectOptions): Promise<Connector> {
    const library = librarySubjectToken(opts.library);
    const log = opts.logger ?? createLogger(`connector-${library}`);
    // Checked before connecting: a vault of another library, or without a retention period, is refused.
    const metrics = opts.registry ?? createIlrMetrics(`connector-${library}`);
    const tokens = opts.tokens && new PatronTokens(library, opts.tokens, log, metrics.connector);
    const signer = opts.signingSeed === undefined ? undefined : new EnvelopeSigner(opts.signingSeed);
    const nats = await connectNats({
      servers: opts.servers,
      name: `connector-${library}`,
      credentials: opts.credentials,
      // Under per-library permissions only this prefix may receive PubAcks and pulled messages.
      inboxPrefix: libraryInboxPrefix(library),
      ...(opts.jsApiPrefix ? { jsApiPrefix: opts.jsApiPrefix } : {}),
    });
    tokens?.start();
    const connector = new Connector(nats, library, log, tokens, opts.repeats ?? {}, signer, metrics);
    if (opts.metrics) {
      try {
        connector.served = await serveMetrics(metrics, opts.metrics, () => ({ nats: !nats.nc.isClosed(), open: !connector.closed }));
      } catch (e) {
        await connector.close();
        throw e;
      }
    }
    return connector;
  }

  /**
   * Publish one message to the broker (`ilr.in.<library>.<kind>`); resolves once the
   * ingress stream stored it. Sending again with the same `messageId` is safe.
   */
  async send<K extends Kind>(kind: K, recipient: string, body: BodyInit<K>, opts: SendOptions = {}): Promise<SendResult> {
    this.checkOpen();
    const messageId = opts.messageId ?? randomUUID();
    // Three steps, so that each can grow on its own: what may leave (patron tokens), the
    // bytes (wire; a signature belongs here, over the body as prepared), the publish.
    const outgoing = await this.prepare(kind, recipient, body, messageId, opts);
    const bytes = this.encode(kind, recipient, outgoing, messageId, opts.correlationId);
    return this.publish(kind, recipient, bytes, messageId);
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
    const tokens = this.tokens;
    // A supplier's final status completes the transaction before the library's system sees it.
    const observed: DeliveryHandler = tokens
      ? async (d) => {
          await tokens.observe(d);
          return handler(d);
        }
      : handler;
    this.pump.setHandler(observed, opts);
    await this.pump.start();
  }

  /**
   * Answer the policy service's patron-fact lookups for this library from `lookup`. With
   * patron tokens, a token minted here is resolved first and `lookup` gets the patron id
   * (`query.patron.patronId`); a token that no longer resolves is answered "not found".
   * Resolves once the server holds the subscription, so a lookup sent after it is answered.
   */
  async serveFacts(lookup: FactsLookup): Promise<void> {
    this.checkOpen();
    const answer = this.tokens ? this.tokens.lookupWith(lookup) : lookup;
    this.factServers.push(new FactsServer(this.nats.nc, this.library, answer, this.log));
    await this.nats.nc.flush();
  }

  /**
   * What the delivery consumer handed over, and the copies of messages already taken that it
   * acked again and skipped (README "Exactly once").
   */
  stats(): ConnectorStats {
    return this.pump.stats();
  }

  /** The library's keystore and ledger, when patron tokens are on. */
  get vault(): TokenVault | undefined {
    return this.tokens?.vault;
  }

  /**
   * The transaction is over for the patron (item returned, hold picked up, request
   * cancelled): its links are kept for the retention period, then expunged (outstanding
   * materials or fines aside). A supplier's terminal SUPPLIER_STATUS does this by itself.
   */
  async completeTransaction(which: { transaction: string; partner?: string } | { token: string }): Promise<number> {
    this.checkOpen();
    return this.requireTokens().complete(which);
  }

  /** Run key rotation, retention and key shredding now (the connector also runs them hourly). */
  async maintainTokens(): Promise<MaintenanceReport> {
    this.checkOpen();
    return this.requireTokens().maintain();
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
    await this.tokens?.stop();
    await this.pump.stop();
    await Promise.all(this.factServers.map((s) => s.stop()));
    this.waiters.closeAll();
    await this.nats.close();
    await this.served?.close();
  }

  /** What may leave: the requester check, and patron references of this library as tokens. */
  private async prepare<K extends Kind>(kind: K, recipient: string, body: BodyInit<K>, messageId: string, opts: SendOptions): Promise<BodyInit<K>> {
    // The broker refuses a LIBRARY requester other than the sender; say so before sending.
    const requester = (body as { requester?: { library?: string | null } }).requester;
    if (requester?.library && requester.library !== this.library) {
      throw new ConnectorError('INVALID_MESSAGE', `requester library ${requester.library} is not the sender ${this.library}`, { messageId });
    }
    if (this.tokens) return this.tokens.outgoing(kind, recipient, body, messageId, opts.patron);
    if (opts.patron) throw new ConnectorError('TOKENS', `${kind}: the patron option needs patron tokens (Connector.connect({ tokens }))`, { messageId });
    return body;
  }

  private encode<K extends Kind>(kind: K, recipient: string, body: BodyInit<K>, messageId: string, correlationId?: string): Uint8Array {
    try {
      const envelope = { messageId, sender: this.library, recipient, kind, createdAt: Date.now(), ...(correlationId ? { correlationId } : {}) };
      const bytes = encodeMessage(envelope, body);
      return this.signer ? this.signer.sign(bytes) : bytes;
    } catch (e) {
      if (e instanceof WireError) throw new ConnectorError('INVALID_MESSAGE', `${kind}: ${e.message}`, { messageId, cause: e });
      throw e;
    }
  }

  private async publish(kind: Kind, recipient: string, bytes: Uint8Array, messageId: string): Promise<SendResult> {
    try {
      const ack = await this.nats.publisher().publish(ingressSubject(this.library, kind), bytes, { msgID: messageKey(this.library, messageId) });
      this.log.debug({ kind, recipient, messageId, seq: ack.seq, duplicate: ack.duplicate }, 'sent');
      return { messageId, seq: ack.seq, duplicate: ack.duplicate };
    } catch (e) {
      throw new ConnectorError('PUBLISH_FAILED', `${kind} ${messageId} was not stored: ${errText(e)}`, { messageId, cause: e });
    }
  }

  private requireTokens(): PatronTokens {
    if (!this.tokens) throw new ConnectorError('TOKENS', `patron tokens are not on for ${this.library} (Connector.connect({ tokens }))`);
    return this.tokens;
  }

  private checkOpen(): void {
    if (this.closed) throw new ConnectorError('CLOSED', 'connector closed');
  }
}
