// A local consortium: a nats-server (a temporary JetStream store unless NATS_URL is given),
// the streams and buckets, the sample directory, the policy service, the router, the
// review service (legal process waits there for a library director), and a
// reference connector (sample ILS) for every library in the directory.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReferenceConnector, type ReferenceConnector } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger, type Logger } from '@ilr/log';
import { connectNats, provision, type IlrNats } from '@ilr/nats';
import { startAuditService } from '@ilr/audit-service';
import { startPolicyService } from '@ilr/policy-service';
import { startReviewService } from '@ilr/review-service';
import { startRouter } from '@ilr/router';
import { startNats, type NatsServerHandle } from '@ilr/testing';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../deploy/sample/', import.meta.url));

export interface ConsortiumOptions {
  /** Use this NATS instead of starting one. */
  natsUrl?: string | undefined;
  sampleDir?: string;
  /** Log level of the services and connectors (their lines go to stderr). */
  logLevel?: string;
}

export interface Consortium {
  url: string;
  nats: IlrNats;
  libraries: string[];
  connectors: Map<string, ReferenceConnector>;
  stop(): Promise<void>;
}

export async function startConsortium(opts: ConsortiumOptions = {}): Promise<Consortium> {
  const sampleDir = opts.sampleDir ?? SAMPLE_DIR;
  const level = opts.logLevel ?? process.env.ILR_LOG_LEVEL ?? 'warn';
  const logger = (name: string): Logger => createLogger(name, { level, destination: process.stderr });
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    let server: NatsServerHandle | undefined;
    if (!opts.natsUrl) {
      server = await startNats({ backend: 'local' });
      stops.push(() => server!.stop());
    }
    const url = opts.natsUrl ?? server!.url;
    const nats = await connectNats({ servers: url, name: 'ilr-consortium' });
    stops.push(() => nats.close());

    const entries = await loadDirectoryFile(join(sampleDir, 'directory.yaml'));
    const libraries = entries.map((e) => e.id);
    await provision(nats, { replicas: 1, libraries });
    const directory = await Directory.open(nats);
    for (const entry of entries) await directory.put(entry);

    const policy = await startPolicyService({ nats, logger: logger('policy') });
    stops.push(() => policy.stop());
    const router = await startRouter({ nats, logger: logger('router') });
    stops.push(() => router.stop());
    const review = await startReviewService({ nats, logger: logger('review') });
    stops.push(() => review.stop());
    const audit = await startAuditService({ nats, logger: logger('audit') });
    stops.push(() => audit.stop());

    const connectors = new Map<string, ReferenceConnector>();
    for (const library of libraries) {
      const c = await startReferenceConnector({ library, servers: url, ilsFile: join(sampleDir, 'ils', `${library}.json`), logger: logger(`connector-${library}`) });
      connectors.set(library, c);
      stops.push(() => c.close());
    }
    return { url, nats, libraries, connectors, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
