// Pulls the library's durable consumer `deliver-<library>` and hands each message to the
// right place: replies and errors to waiting request() calls (then acked here), message
// kinds to the library's handler (acked by the handler, explicitly).
import type { Logger } from '@ilr/log';
import { HEADERS, STREAMS, libraryConsumerName, parseDeliverySubject } from '@ilr/nats';
import { decodeDecision, decodeErrorReply, decodeMessage, decodeRequesterReply, type Decision } from '@ilr/wire';
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { ConnectorError } from './errors.js';
import type { ReplyWaiters } from './replies.js';
import type { BrokerReply, DeliveriesOptions, Delivery, DeliveryHandler } from './types.js';

/** A kind delivered before any handler is registered is offered again after this long. */
const NO_HANDLER_RETRY_MS = 5_000;

const errName = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

export class DeliveryPump {
  private handler: DeliveryHandler | undefined;
  private options: DeliveriesOptions = {};
  private starting: Promise<void> | undefined;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly js: JetStreamClient,
    private readonly library: string,
    private readonly waiters: ReplyWaiters,
    private readonly log: Logger,
  ) {}

  setHandler(handler: DeliveryHandler | undefined, options: DeliveriesOptions = {}): void {
    this.handler = handler;
    this.options = options;
  }

  /** Start pulling (once; later calls wait for the first). */
  start(): Promise<void> {
    this.starting ??= this.open().catch((e: unknown) => {
      this.starting = undefined;
      throw e;
    });
    return this.starting;
  }

  private async open(): Promise<void> {
    const name = libraryConsumerName(this.library);
    let consumer;
    try {
      consumer = await this.js.consumers.get(STREAMS.delivery.name, name);
    } catch (e) {
      throw new ConnectorError('CONSUMER', `cannot read consumer ${STREAMS.delivery.name}/${name} (is the library provisioned?): ${errName(e)}`, {
        cause: e,
      });
    }
    const messages = await consumer.consume({ max_messages: 100 });
    this.messages = messages;
    this.loop = (async () => {
      // Not awaited one by one: a slow delivery handler must not hold back the replies
      // request() callers wait for. The consumer's max_ack_pending bounds what is in flight.
      for await (const m of messages) void this.dispatch(m);
    })().catch((e: unknown) => this.log.error({ err: errName(e) }, 'delivery consumer stopped'));
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
  }

  private async dispatch(m: JsMsg): Promise<void> {
    try {
      const { kind } = parseDeliverySubject(m.subject);
      if (kind === 'reply') this.onReply(m);
      else if (kind === 'error') this.onError(m);
      else await this.onDelivery(m);
    } catch (e) {
      // Unreadable (not a subject, envelope or reply of this contract): redelivering will
      // not help, and it stays in the stream for operators. Never log the payload.
      this.log.error({ subject: m.subject, seq: m.seq, err: errName(e) }, 'unreadable delivery; terminated');
      m.term();
    }
  }

  private onReply(m: JsMsg): void {
    const correlationId = m.headers?.get(HEADERS.correlationId) ?? '';
    const status = m.headers?.get(HEADERS.reply) === 'PENDING' ? 'PENDING' : 'FINAL';
    const reply: BrokerReply = {
      correlationId,
      status,
      // A PENDING reply may come without a body; a FINAL one always has one.
      reply: status === 'FINAL' || m.data.length > 0 ? decodeRequesterReply(m.data) : undefined,
      ...(status === 'PENDING' ? { reason: m.headers?.get(HEADERS.reason) || undefined } : {}),
    };
    this.waiters.reply(reply);
    this.callSafely(() => this.options.onReply?.(reply));
    m.ack();
  }

  private onError(m: JsMsg): void {
    const error = decodeErrorReply(m.data);
    const correlationId = m.headers?.get(HEADERS.correlationId) || error.messageId;
    this.waiters.error({ correlationId, error });
    this.callSafely(() => this.options.onError?.({ correlationId, error }));
    m.ack();
  }

  private async onDelivery(m: JsMsg): Promise<void> {
    const message = decodeMessage(m.data);
    const handler = this.handler;
    if (!handler) {
      this.log.warn({ kind: message.kind, messageId: message.envelope.messageId }, 'no delivery handler yet; offered again later');
      m.nak(NO_HANDLER_RETRY_MS);
      return;
    }
    let settled = false;
    const delivery = {
      ...message,
      decision: this.decision(m),
      redelivered: m.redelivered,
      ack: () => {
        settled = true;
        m.ack();
      },
      nak: (delayMs?: number) => {
        settled = true;
        m.nak(delayMs);
      },
    } as Delivery;
    try {
      await handler(delivery);
    } catch (e) {
      // Only the error's name: the library's own error text may quote the patron.
      const err = e instanceof Error ? e.name : 'error';
      this.log.error({ kind: message.kind, messageId: message.envelope.messageId, err }, 'delivery handler failed; redelivering');
      if (!settled) m.nak();
    }
  }

  private decision(m: JsMsg): Decision | undefined {
    const header = m.headers?.get(HEADERS.decision);
    if (!header) return undefined;
    try {
      return decodeDecision(new Uint8Array(Buffer.from(header, 'base64')));
    } catch (e) {
      this.log.warn({ seq: m.seq, err: errName(e) }, 'unreadable Ilr-Decision header');
      return undefined;
    }
  }

  private callSafely(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.log.error({ err: errName(e) }, 'reply/error callback failed');
    }
  }
}
