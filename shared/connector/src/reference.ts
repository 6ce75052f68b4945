// The reference connector of the local consortium (deploy/): Connector + SampleIls.
import { createLogger } from '@ilr/log';
import { enumFromWire } from '@ilr/wire';
import { Connector } from './connector.js';
import { SampleIls } from './sample-ils.js';
import type { ConnectOptions, Delivery } from './types.js';

export interface ReferenceConnectorOptions extends ConnectOptions {
  /** deploy/sample/ils/<library>.json */
  ilsFile: string;
}

export interface ReferenceConnector {
  connector: Connector;
  ils: SampleIls;
  /** The last deliveries received (the reference system "takes" a message by keeping it; at most 1000). */
  received: Delivery[];
  close(): Promise<void>;
}

/** Connect, answer fact lookups from the sample ILS, and take (log, keep, ack) every delivery. */
export async function startReferenceConnector(opts: ReferenceConnectorOptions): Promise<ReferenceConnector> {
  const ils = await SampleIls.load(opts.ilsFile);
  if (ils.library !== opts.library) throw new Error(`${opts.ilsFile} is the ILS of ${ils.library}, not ${opts.library}`);
  const log = opts.logger ?? createLogger(`connector-${opts.library}`);
  const connector = await Connector.connect({ ...opts, logger: log });
  const received: Delivery[] = [];
  connector.serveFacts(ils.lookup);
  await connector.deliveries(
    (d) => {
      received.push(d);
      if (received.length > 1000) received.shift();
      // Ids, kinds and the outcome only: bodies may name a patron.
      const outcome = d.decision?.outcome ? enumFromWire('Outcome', d.decision.outcome) : undefined;
      log.info({ kind: d.kind, messageId: d.envelope.messageId, from: d.envelope.sender, outcome }, 'delivery received');
      d.ack();
    },
    {
      onReply: (r) => log.info({ correlationId: r.correlationId, status: r.status, reason: r.reason }, 'broker reply'),
      onError: (e) => log.warn({ correlationId: e.correlationId, code: e.error.code, reason: e.error.reason }, 'broker rejected a message'),
    },
  );
  log.info({ library: opts.library }, 'reference connector ready');
  return { connector, ils, received, close: () => connector.close() };
}
