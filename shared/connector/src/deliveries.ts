// Pulls the library's durable consumer `deliver-<library>` and hands each message to the
// right place: replies and errors to waiting request() calls (then acked here), message
// kinds to the library's handler (acked by the handler, explicitly). Each message is handed
// over once: a copy the server sends again is acked again and skipped (RepeatFilter).
import type { ConnectorMetrics, CounterChild } from '@ilr/metrics';
import type { Logger } from '@ilr/log';
import { HEADERS, STREAMS, libraryConsumerName, parseDeliverySubject } from '@ilr/nats';
import { decodeDecision, decodeErrorReply, decodeMessage, decodeRequesterReply, type Decision } from '@ilr/wire';
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckFloorWatch, FLOOR_EVERY_MS } from './ack-floor.js';
import { ConnectorError } from './errors.js';
import { FloorFile } from './floor-file.js';
import type { ReplyWaiters } from './replies.js';
import { RepeatFilter, type StreamMessageId } from './repeats.js';
import type { BrokerReply, ConnectorStats, DeliveriesOptions, Delivery, DeliveryHandler, RepeatOptions } from './types.js';

/** How long one pull request waits on the server (and so how long a lost one stalls deliveries). */
const PULL_EXPIRES_MS = 10_000;

/** A kind delivered before any handler is registered is offered again after this long. */
const NO_HANDLER_RETRY_MS = 5_000;

const errName = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

export class DeliveryPump {
  private handler: DeliveryHandler | undefined;
  private options: DeliveriesOptions = {};
  private starting: Promise<void> | undefined;
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private readonly repeats: RepeatFilter;
  private readonly counted: Record<'delivery' | 'failed' | 'reply' | 'error' | 'repeat' | 'unreadable', CounterChild | undefined>;
  private readonly floorFile: FloorFile | undefined;
  private watch: AckFloorWatch | undefined;
  private handedOver = 0;

  constructor(
    private readonly js: JetStreamClient,
    private readonly nc: NatsConnection,
    private readonly library: string,
    private readonly waiters: ReplyWaiters,
    private readonly log: Logger,
    private readonly repeatOptions: RepeatOptions & { floorFile?: string | undefined } = {},
    metrics?: ConnectorMetrics,
  ) {
    this.repeats = new RepeatFilter(repeatOptions);
    // One child per outcome, made once: counting a message is one increment.
    const c = (type: string, result: string) => metrics?.deliveries.child(library, type, result);
    this.counted = {
      delivery: c('delivery', 'handled'),
      failed: c('delivery', 'failed'),
      reply: c('reply', 'handled'),
      error: c('error', 'handled'),
      repeat: c('any', 'repeat'),
      unreadable: c('any', 'unreadable'),
    };
    const file = repeatOptions.floorFile;
    this.floorFile = file ? new FloorFile(file, STREAMS.delivery.name, libraryConsumerName(library), log) : undefined;
  }

  /** What was handed over, and the copies that were not (README "Exactly once"). */
  stats(): ConnectorStats {
    return { handedOver: this.handedOver, ...this.repeats.stats() };
  }

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
    // The floor before the first message: one kept from before this process, then the server's.
    const kept = await this.floorFile?.load();
    if (kept) this.repeats.raiseFloor(kept.seq, kept.ts);
    const watch = new AckFloorWatch(() => consumer.info(false), this.repeats, this.floorFile, this.repeatOptions.floorEveryMs ?? FLOOR_EVERY_MS, this.log);
    await watch.start(this.nc);
    let messages: ConsumerMessages;
    try {
      // A pull request held by a node that dies is gone with it; the client only notices after
      // two missed heartbeats (expires / 2 each) and pulls again. nats.js's 30 s default left a
      // library's deliveries stalled for 30 s after a node loss; 10 s bounds the stall.
      messages = await consumer.consume({ max_messages: 100, expires: PULL_EXPIRES_MS });
    } catch (e) {
      await watch.stop();
      throw e;
    }
    this.watch = watch;
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
    await this.watch?.stop();
  }

  private async dispatch(m: JsMsg): Promise<void> {
    // The stream never holds an effect twice, so its sequence (and timestamp) names the effect.
    const { streamSequence: seq, timestampNanos: ts } = m.info; // parsed from the reply subject on each access
    const id: StreamMessageId = { seq, ts };
    const verdict = this.repeats.check(id);
    if (verdict !== 'new') {
      this.counted.repeat?.inc();
      // Taken already: ack again so the server stops sending it. While the first copy is
      // still with the handler, its own ack (or nak) settles both: acks go by stream sequence.
      if (verdict !== 'inFlight') m.ack();
      this.log.debug({ seq: id.seq, verdict, redelivered: m.redelivered }, 'repeat skipped');
      return;
    }
    try {
      const { kind } = parseDeliverySubject(m.subject);
      if (kind === 'reply') this.onReply(m, id);
      else if (kind === 'error') this.onError(m, id);
      else await this.onDelivery(m, id);
    } catch (e) {
      // Unreadable (not a subject, envelope or reply of this contract): redelivering will
      // not help, and it stays in the stream for operators. Never log the payload.
      this.log.error({ subject: m.subject, seq: m.seq, err: errName(e) }, 'unreadable delivery; terminated');
      this.counted.unreadable?.inc();
      m.term();
    }
  }

  private onReply(m: JsMsg, id: StreamMessageId): void {
    const correlationId = m.headers?.get(HEADERS.correlationId) ?? '';
    const status = m.headers?.get(HEADERS.reply) === 'PENDING' ? 'PENDING' : 'FINAL';
    const reply: BrokerReply = {
      correlationId,
      status,
      // A PENDING reply may come without a body; a FINAL one always has one.
      reply: status === 'FINAL' || m.data.length > 0 ? decodeRequesterReply(m.data) : undefined,
      ...(status === 'PENDING' ? { reason: m.headers?.get(HEADERS.reason) || undefined } : {}),
    };
    this.handedOver++;
    this.counted.reply?.inc();
    this.waiters.reply(reply);
    this.callSafely(() => this.options.onReply?.(reply));
    m.ack();
    this.repeats.taken(id);
  }

  private onError(m: JsMsg, id: StreamMessageId): void {
    const error = decodeErrorReply(m.data);
    const correlationId = m.headers?.get(HEADERS.correlationId) || error.messageId;
    this.handedOver++;
    this.counted.error?.inc();
    this.waiters.error({ correlationId, error });
    this.callSafely(() => this.options.onError?.({ correlationId, error }));
    m.ack();
    this.repeats.taken(id);
  }

  private async onDelivery(m: JsMsg, id: StreamMessageId): Promise<void> {
    const message = decodeMessage(m.data);
    const handler = this.handler;
    if (!handler) {
      this.log.warn({ kind: message.kind, messageId: message.envelope.messageId }, 'no delivery handler yet; offered again later');
      m.nak(NO_HANDLER_RETRY_MS);
      return;
    }
    // Only the first of ack() and nak() counts, as for the message itself.
    let settled = false;
    const delivery = {
      ...message,
      decision: this.decision(m),
      redelivered: m.redelivered,
      ack: () => {
        if (settled) return;
        settled = true;
        this.counted.delivery?.inc();
        m.ack();
        this.repeats.taken(id);
      },
      nak: (delayMs?: number) => {
        if (settled) return;
        settled = true;
        this.counted.failed?.inc();
        m.nak(delayMs);
        this.repeats.release(id);
      },
    } as Delivery;
    this.repeats.begin(id);
    this.handedOver++;
    try {
      await handler(delivery);
    } catch (e) {
      // Only the error's name: the library's own error text may quote the patron.
      const err = e instanceof Error ? e.name : 'error';
      this.log.error({ kind: message.kind, messageId: message.envelope.messageId, err }, 'delivery handler failed; redelivering');
      delivery.nak();
    } finally {
      // Returned without settling: the server offers it again after the ack wait, and then
      // it is handed over again (the library has not said it took it).
      if (!settled) this.repeats.release(id);
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
