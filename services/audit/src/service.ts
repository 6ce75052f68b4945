// The audit service: pulls every decision record from ILR_DECISIONS (durable consumer
// `audit`, shared by all instances) and appends it to the hash chain in ILR_AUDIT. A
// record is acked only once its entry is stored (or found already stored), so a crash
// loses nothing: the record is redelivered and appended once.
import { createLogger, type Logger } from '@ilr/log';
import { verifyAuditStream, type VerifyReport } from '@ilr/audit';
import { createIlrMetrics, serveMetrics, type MetricsOption, type ServedMetrics } from '@ilr/metrics';
import { AUDIT_CONSUMER, AUDIT_SERVICE, parseLibrarySubject, type IlrNats } from '@ilr/nats';
import type { ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import { AuditServiceError } from './errors.js';
import { entryBodyFromBytes } from './record.js';
import { ChainWriter, type WriterStats } from './writer.js';

export interface AuditServiceOptions {
  nats: IlrNats;
  logger?: Logger;
  /** The audit stream. Default ILR_AUDIT. */
  stream?: string;
  /** The consumer to read decision records from. Default AUDIT_CONSUMER (ILR_DECISIONS/audit). */
  consumer?: { stream: string; durable: string };
  /** Entries published at once. Default 256. */
  window?: number;
  /** Entries read back on start to know which decisions are already in the chain. Default 10 000. */
  tailScan?: number;
  /** Serve /metrics, /livez, /readyz (off by default; the bin turns it on). */
  metrics?: MetricsOption;
  /** Verify the whole chain once started and then this often (ilr_audit_last_verify_*); default never. */
  verifyEveryMs?: number;
}

export interface AuditServiceStats extends WriterStats {
  /** Decision records received. */
  received: number;
  /** Records that cannot become an entry: terminated, with an error log naming their sequence. */
  unreadable: number;
}

export interface AuditService {
  stop(): Promise<void>;
  stats(): AuditServiceStats;
  /** The chain's last sequence and hash as this instance knows them. */
  position(): { seq: number; link: string };
  /** Verifies the chain now and records the result in ilr_audit_last_verify_*. */
  verifyNow(): Promise<VerifyReport>;
  /** The /metrics URL when `metrics` was given. */
  readonly metricsUrl: string | undefined;
}

export async function startAuditService(opts: AuditServiceOptions): Promise<AuditService> {
  const logger = opts.logger ?? createLogger('ilr-audit');
  const source = opts.consumer ?? AUDIT_CONSUMER;
  let consumer;
  try {
    consumer = await opts.nats.jetstream().consumers.get(source.stream, source.durable);
    await consumer.info();
  } catch (e) {
    throw new AuditServiceError('NOT_PROVISIONED', `consumer ${source.durable} on ${source.stream} is not available (run provision): ${(e as Error).message}`, { cause: e });
  }
  const writer = await ChainWriter.open({
    nats: opts.nats,
    logger,
    ...(opts.stream ? { stream: opts.stream } : {}),
    ...(opts.window ? { window: opts.window } : {}),
    ...(opts.tailScan !== undefined ? { tailScan: opts.tailScan } : {}),
  });
  const counts = { received: 0, unreadable: 0 };
  const metrics = createIlrMetrics('audit');
  const m = metrics.audit;

  const handle = async (msg: JsMsg): Promise<void> => {
    counts.received++;
    let body;
    try {
      body = entryBodyFromBytes(msg.data);
      // The subject names the home the router recorded it under; the decision must agree.
      if (parseLibrarySubject('decision', msg.subject) !== body.home) {
        throw new AuditServiceError('UNREADABLE_RECORD', `recorded under ${msg.subject} but decided by ${body.home}`);
      }
    } catch (e) {
      counts.unreadable++;
      // The reason names a field, never a value: no patron data reaches the log.
      logger.error({ seq: msg.info.streamSequence, subject: msg.subject, err: (e as Error).message }, 'decision record cannot be audited; terminated');
      msg.term();
      return;
    }
    try {
      const out = await writer.append(body);
      msg.ack();
      if (out.status === 'appended') {
        m.appended.inc();
        m.lagSeconds.set(Math.max(0, (Date.now() - Date.parse(body.decidedAt)) / 1000));
      }
    } catch {
      msg.nak(); // stopped before it was appended: another instance (or the next start) takes it
    }
  };

  // Records are handed to the writer as they arrive (not one at a time), so it can chain
  // and publish them in batches; the consumer's max_ack_pending bounds how many wait.
  const messages: ConsumerMessages = await consumer.consume({ max_messages: 1024 });
  const inFlight = new Set<Promise<void>>();
  const loop = (async () => {
    for await (const m of messages) {
      const p = handle(m).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  })();
  logger.info({ consumer: `${source.stream}/${source.durable}`, head: writer.position().seq }, 'audit service started');

  // $SRV.PING|INFO|STATS answer for the audit writer too (no endpoint: it consumes a stream).
  const service = await opts.nats.services().add({ name: AUDIT_SERVICE.name, version: '0.1.0', description: 'ILR audit writer: decisions to the hash chain (docs/AUDIT.md)' });
  let stopped = false;
  const served: ServedMetrics | undefined = opts.metrics
    ? await serveMetrics(metrics, opts.metrics, () => ({ nats: !opts.nats.nc.isClosed(), consumer: !stopped }))
    : undefined;
  const verifyNow = async (): Promise<VerifyReport> => {
    const report = await verifyAuditStream(opts.nats, opts.stream ? { stream: opts.stream } : {});
    m.lastVerifyTime.set(Date.now() / 1000);
    m.lastVerifyOk.set(report.ok ? 1 : 0);
    if (!report.ok) logger.error({ breaks: report.breakCount, first: report.breaks[0]?.seq }, 'audit chain verification failed');
    return report;
  };
  let verifying: Promise<unknown> | undefined;
  const verifyQuietly = (): void => {
    verifying ??= verifyNow()
      .catch((e: unknown) => logger.warn({ err: e instanceof Error ? e.message : String(e) }, 'audit chain not verified (stream not readable)'))
      .finally(() => (verifying = undefined));
  };
  const verifyTimer = opts.verifyEveryMs ? setInterval(verifyQuietly, opts.verifyEveryMs) : undefined;
  verifyTimer?.unref();
  if (opts.verifyEveryMs) verifyQuietly();

  return {
    stop: async () => {
      stopped = true;
      if (verifyTimer) clearInterval(verifyTimer);
      messages.stop();
      await loop;
      await writer.close();
      await Promise.all(inFlight);
      await verifying;
      await service.stop().catch(() => undefined);
      await served?.close();
      logger.info({ ...counts, ...writer.stats }, 'audit service stopped');
    },
    stats: () => ({ ...counts, ...writer.stats }),
    position: () => writer.position(),
    verifyNow,
    metricsUrl: served?.url,
  };
}
