// The audit service: pulls every decision record from ILR_DECISIONS (durable consumer
// `audit`, shared by all instances) and appends it to the hash chain in ILR_AUDIT. A
// record is acked only once its entry is stored (or found already stored), so a crash
// loses nothing: the record is redelivered and appended once.
import { createLogger, type Logger } from '@ilr/log';
import { AUDIT_CONSUMER, parseLibrarySubject, type IlrNats } from '@ilr/nats';
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

  const handle = async (m: JsMsg): Promise<void> => {
    counts.received++;
    let body;
    try {
      body = entryBodyFromBytes(m.data);
      // The subject names the home the router recorded it under; the decision must agree.
      if (parseLibrarySubject('decision', m.subject) !== body.home) {
        throw new AuditServiceError('UNREADABLE_RECORD', `recorded under ${m.subject} but decided by ${body.home}`);
      }
    } catch (e) {
      counts.unreadable++;
      // The reason names a field, never a value: no patron data reaches the log.
      logger.error({ seq: m.info.streamSequence, subject: m.subject, err: (e as Error).message }, 'decision record cannot be audited; terminated');
      m.term();
      return;
    }
    try {
      await writer.append(body);
      m.ack();
    } catch {
      m.nak(); // stopped before it was appended: another instance (or the next start) takes it
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

  return {
    stop: async () => {
      messages.stop();
      await loop;
      await writer.close();
      await Promise.all(inFlight);
      logger.info({ ...counts, ...writer.stats }, 'audit service stopped');
    },
    stats: () => ({ ...counts, ...writer.stats }),
    position: () => writer.position(),
  };
}
