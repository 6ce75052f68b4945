// The router: pulls ILR_INGRESS through the shared durable consumer `router` and handles
// each message (handle.ts). Stateless: any number of routers may share the consumer.
import { Directory } from '@ilr/directory';
import { createLogger, type Logger } from '@ilr/log';
import { ROUTER_CONSUMER, type IlrNats } from '@ilr/nats';
import type { ConsumerMessages } from '@nats-io/jetstream';
import { MessageHandler, type RouterStats } from './handle.js';
import { DirectoryMembers } from './members.js';
import { Publisher } from '@ilr/outbound';

export interface RouterOptions {
  nats: IlrNats;
  logger?: Logger;
  /** How long to wait for the policy service. Default 5000 ms (above its 2000 ms facts timeout). */
  policyTimeoutMs?: number;
  /** NAK delays for retries (the n-th redelivery waits the n-th, the last repeats); default the consumer's own backoff. */
  retryDelaysMs?: readonly number[];
  /** Messages handled at once. Default 128: each waits mostly on round trips to NATS. */
  concurrency?: number;
}

export interface Router {
  stop(): Promise<void>;
  stats(): RouterStats;
}

export async function startRouter(opts: RouterOptions): Promise<Router> {
  const logger = opts.logger ?? createLogger('ilr-router');
  const stats: RouterStats = { received: 0, decided: 0, pending: 0, deadLettered: 0, badMsgIds: 0, retried: 0 };
  const consumer = await opts.nats.jetstream().consumers.get(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable);
  // The provisioned consumer is the truth about the last delivery and the retry delays
  // (the catalogue's by default; an operator or a test may have tuned them).
  const { max_deliver: configured, backoff } = (await consumer.info()).config;
  const consumerBackoffMs = backoff?.length ? backoff.map((ns) => ns / 1_000_000) : ROUTER_CONSUMER.backoffMs;
  const members = await DirectoryMembers.open(await Directory.open(opts.nats), logger);
  const streams = opts.nats.publisher();
  const handler = new MessageHandler({
    requests: opts.nats.requester(),
    members,
    publisher: new Publisher(streams),
    logger,
    policyTimeoutMs: opts.policyTimeoutMs ?? 5000,
    maxDeliver: configured && configured > 0 ? configured : ROUTER_CONSUMER.maxDeliver,
    retryDelaysMs: opts.retryDelaysMs ?? consumerBackoffMs,
    stats,
  });
  const concurrency = opts.concurrency ?? 128;
  const messages: ConsumerMessages = await consumer.consume({ max_messages: concurrency });

  const inFlight = new Set<Promise<void>>();
  const loop = (async () => {
    for await (const m of messages) {
      const p = handler.handle(m).finally(() => inFlight.delete(p));
      inFlight.add(p);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
  })();
  logger.info({ consumer: ROUTER_CONSUMER.durable, concurrency }, 'router started');

  return {
    stop: async () => {
      messages.stop();
      await loop;
      await Promise.all(inFlight);
      members.stop();
      logger.info({ ...stats }, 'router stopped');
    },
    stats: () => ({ ...stats }),
  };
}
