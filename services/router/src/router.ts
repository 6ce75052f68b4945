// The router: pulls ILR_INGRESS through the shared durable consumer `router` and handles
// each message (handle.ts). Stateless: any number of routers may share the consumer.
import { Directory } from '@ilr/directory';
import { createLogger, type Logger } from '@ilr/log';
import { createIlrMetrics, serveMetrics, type MetricsOption, type ServedMetrics } from '@ilr/metrics';
import { ROUTER_CONSUMER, ROUTER_SERVICE, type IlrNats } from '@ilr/nats';
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
  /** Serve /metrics, /livez, /readyz (off by default; the bin turns it on). */
  metrics?: MetricsOption;
}

export interface Router {
  stop(): Promise<void>;
  stats(): RouterStats;
  /** The /metrics URL when `metrics` was given. */
  readonly metricsUrl: string | undefined;
}

export async function startRouter(opts: RouterOptions): Promise<Router> {
  const logger = opts.logger ?? createLogger('ilr-router');
  const stats: RouterStats = { received: 0, decided: 0, pending: 0, deadLettered: 0, badMsgIds: 0, retried: 0 };
  const consumer = await opts.nats.jetstream().consumers.get(ROUTER_CONSUMER.stream, ROUTER_CONSUMER.durable);
  // The provisioned consumer is the truth about the last delivery and the retry delays
  // (the catalogue's by default; an operator or a test may have tuned them).
  const { max_deliver: configured, backoff } = (await consumer.info()).config;
  const consumerBackoffMs = backoff?.length ? backoff.map((ns) => ns / 1_000_000) : ROUTER_CONSUMER.backoffMs;
  const metrics = createIlrMetrics('router');
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
    metrics: metrics.router,
  });
  const concurrency = opts.concurrency ?? 128;
  const messages: ConsumerMessages = await consumer.consume({ max_messages: concurrency });
  // $SRV.PING|INFO|STATS answer for the router too (no endpoint: it consumes a stream).
  const service = await opts.nats.services().add({ name: ROUTER_SERVICE.name, version: '0.1.0', description: 'ILR router: ingress to decision, delivery, reply or dead letter' });
  let served: ServedMetrics | undefined;
  if (opts.metrics) {
    let stopped = false;
    served = await serveMetrics(metrics, opts.metrics, () => ({ nats: !opts.nats.nc.isClosed(), consumer: !stopped }));
    messages.closed().then(() => (stopped = true), () => (stopped = true));
  }

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
      await service.stop().catch(() => undefined);
      await served?.close();
      logger.info({ ...stats }, 'router stopped');
    },
    stats: () => ({ ...stats }),
    metricsUrl: served?.url,
  };
}
