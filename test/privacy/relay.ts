// The relay the canary test runs: a real nats-server, the catalogue provisioned, the
// planted sample directory, the policy, router, review and audit services in-process (each
// on its own connection, as in production), a reference connector per library and, for the
// gateway libraries (gateways.yaml), an ISO 18626 gateway beside a simulated ILL system,
// every one logging at trace level into the capture. Taps record what libraries published and
// the patron-fact lookups they received; a recorder lets flows await the broker's writes.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAuditService, type AuditService } from '@ilr/audit-service';
import { SampleIls, createPatronSource, startReferenceConnector, startSimulatedIls, type ReferenceConnector, type SimulatedIls } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { parseConfig, startGateway, type RunningGateway } from '@ilr/gateway';
import { PeerSimulator, type AgencyId } from '@ilr/iso18626';
import type { Logger } from '@ilr/log';
import { ROUTER_CONSUMER, connectNats, ensureConsumer, provision, type IlrNats } from '@ilr/nats';
import { startPolicyService, type PolicyService } from '@ilr/policy-service';
import { startReviewService, type ReviewService } from '@ilr/review-service';
import { startRouter, type Router } from '@ilr/router';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import type { Msg } from '@nats-io/transport-node';
import { SILENT_LIBRARY } from './canaries.js';

/** A message as a tap or the recorder saw it on the wire. */
export interface Seen {
  subject: string;
  headers: Record<string, string[]>;
  data: Uint8Array;
}

export function headersOf(h: { keys(): string[]; values(k: string): string[] } | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const k of h?.keys() ?? []) out[k] = h!.values(k);
  return out;
}

const seen = (m: Msg): Seen => ({ subject: m.subject, headers: headersOf(m.headers), data: new Uint8Array(m.data) });

/** Records messages on some subjects; waitFor resolves on the first match (already seen or still to come). */
export class Recorder {
  readonly seen: Seen[] = [];
  private waiters: Array<{ pred: (s: Seen) => boolean; resolve: (s: Seen) => void }> = [];

  constructor(nats: IlrNats, subjects: string[]) {
    for (const s of subjects) nats.nc.subscribe(s, { callback: (_e, m) => this.add(seen(m)) });
  }

  private add(s: Seen): void {
    this.seen.push(s);
    this.waiters = this.waiters.filter((w) => (w.pred(s) ? void w.resolve(s) : true));
  }

  waitFor(pred: (s: Seen) => boolean, what: string, timeoutMs = 30_000): Promise<Seen> {
    const hit = this.seen.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (s) => {
          clearTimeout(timer);
          resolve(s);
        },
      });
    });
  }
}

/** `Nats-Msg-Id`: `<sender>.<message id>` on ingress, `<sender>.<message id>:<what>` on the broker's writes. */
export const msgIdOf = (s: Pick<Seen, 'headers'>): string | undefined => s.headers['Nats-Msg-Id']?.[0];
/** The parts of a Nats-Msg-Id: the sender and message id (messageKey of @ilr/nats), and which write it is. */
export function idParts(s: Pick<Seen, 'headers'>): { sender: string; id: string; what?: string } | undefined {
  const m = /^([a-z0-9-]+)\.([^:]+)(?::(.+))?$/.exec(msgIdOf(s) ?? '');
  return m ? { sender: m[1]!, id: m[2]!, ...(m[3] ? { what: m[3] } : {}) } : undefined;
}
/** The broker's write `what` about message `id` (from `sender`, when given). */
export const isWrite = (id: string, what: string, sender?: string) => (s: Seen) => {
  const p = idParts(s);
  return p?.id === id && p.what === what && (sender === undefined || p.sender === sender);
};
export const isReply = (id: string, kind: 'FINAL' | 'PENDING') => (s: Seen) =>
  s.headers['Ilr-Correlation-Id']?.[0] === id && s.headers['Ilr-Reply']?.[0] === kind;

export interface CanaryRelayOptions {
  sampleDir: string;
  /** Where each library's keystore, ledger and journal go (one directory per library). */
  keysRoot: string;
  /** Every service and connector logs through a logger from here. */
  logger: (name: string) => Logger;
}

/** Libraries whose connector reads its patrons from an ILS over a protocol (simulators holding the planted sample). */
export const ILS_OVER: Readonly<Record<string, 'ncip' | 'sip2'>> = { 'mt-imagineif': 'ncip', 'co-bemis': 'sip2' };

/** A gateway library: its gateway (its connector) and its simulated ILL system. */
export interface GatewaySite {
  gateway: RunningGateway;
  ill: PeerSimulator;
  agency: AgencyId;
}

export const agencyId = (id: string): AgencyId => {
  const i = id.indexOf(':');
  return { agencyIdType: { value: id.slice(0, i) }, agencyIdValue: id.slice(i + 1) };
};

export interface CanaryRelay {
  server: NatsServerHandle;
  /** The test's own connection (no permissions: it publishes bad input and reads everything). */
  admin: IlrNats;
  /** Every library: reference-connector libraries and gateway libraries. */
  libraries: string[];
  connectors: Map<string, ReferenceConnector>;
  /** The gateway libraries (gateways.yaml): each runs a gateway instead of a reference connector. */
  gateways: Map<string, GatewaySite>;
  /** The NCIP and SIP2 simulators behind the connectors of ILS_OVER. */
  ils: Map<string, SimulatedIls>;
  router: Router;
  policy: PolicyService;
  review: ReviewService;
  audit: AuditService;
  /** Everything libraries published (ilr.in.>), as published. */
  ingress: Recorder;
  /** Every patron-fact lookup a home library was sent (ilr.facts.*). */
  facts: Recorder;
  /** The broker's writes: deliveries, replies, errors, decisions, reviews, dead letters, audit. */
  broker: Recorder;
  /** Starts the reference connector of a library (the silent one is started late). */
  startConnector(library: string): Promise<ReferenceConnector>;
  /** Stops the services and connectors (their last log lines are written), keeps nats-server. */
  stopServices(): Promise<void>;
  stop(): Promise<void>;
}

export async function startCanaryRelay(o: CanaryRelayOptions): Promise<CanaryRelay> {
  const stops: Array<() => Promise<void>> = [];
  const runStops = async () => {
    for (const s of stops.splice(0).reverse()) await s().catch(() => undefined);
  };
  const server = await startNats();
  const conn = (name: string) => connectNats({ servers: server.url, name });
  try {
    const admin = await conn('canary-admin');
    const gatewayFile = join(o.sampleDir, 'gateways.yaml');
    const gatewayEntries = existsSync(gatewayFile) ? await loadDirectoryFile(gatewayFile) : [];
    const entries = [...(await loadDirectoryFile(join(o.sampleDir, 'directory.yaml'))), ...gatewayEntries];
    const libraries = entries.map((e) => e.id);
    await provision(admin, { replicas: 1, libraries });
    const directory = await Directory.open(admin);
    for (const e of entries) await directory.put(e);
    // Retries within seconds, not the catalogue's 30 s..30 min: the first redelivery after
    // 3 s (above the policy service's 2 s wait for facts), the last (third) 5 s later, when
    // a still undecidable message is dead-lettered.
    await ensureConsumer(await admin.jetstreamManager(), { ...ROUTER_CONSUMER, ackWaitMs: 3000, backoffMs: [3000, 5000], maxDeliver: 3 });

    const ingress = new Recorder(admin, ['ilr.in.>']);
    const facts = new Recorder(admin, ['ilr.facts.*']);
    const broker = new Recorder(admin, ['ilr.out.>', 'ilr.decision.*', 'ilr.review.*', 'ilr.dlq.*', 'ilr.audit.*']);
    await admin.nc.flush();

    const [policyConn, routerConn, reviewConn, auditConn] = await Promise.all(['ilr-policy', 'ilr-router', 'ilr-review', 'ilr-audit'].map(conn));
    const serviceConns = [policyConn!, routerConn!, reviewConn!, auditConn!];
    const policy = await startPolicyService({ nats: policyConn!, logger: o.logger('ilr-policy') });
    const audit = await startAuditService({ nats: auditConn!, logger: o.logger('ilr-audit') });
    const review = await startReviewService({ nats: reviewConn!, logger: o.logger('ilr-review') });
    const router = await startRouter({ nats: routerConn!, logger: o.logger('ilr-router'), policyTimeoutMs: 5000 });
    let servicesUp = true;
    const stopServices = async () => {
      if (!servicesUp) return;
      servicesUp = false;
      for (const c of connectors.values()) await c.close();
      for (const g of gateways.values()) {
        await g.gateway.close();
        await g.ill.close();
      }
      await router.stop();
      await review.stop();
      await audit.stop();
      await policy.stop();
      for (const c of serviceConns) await c.close();
    };
    stops.push(stopServices);

    const connectors = new Map<string, ReferenceConnector>();
    const ils = new Map<string, SimulatedIls>();
    const sourceFor = async (library: string) => {
      const type = ILS_OVER[library];
      if (!type) return {};
      const sample = await SampleIls.load(join(o.sampleDir, 'ils', `${library}.json`));
      const sim = await startSimulatedIls(sample.data, type);
      ils.set(library, sim);
      stops.push(() => sim.close());
      return { source: await createPatronSource(sim.config, { library, settings: sim.settings, homes: sim.homes }) };
    };
    const startConnector = async (library: string) => {
      const keysDir = join(o.keysRoot, library);
      mkdirSync(keysDir, { recursive: true, mode: 0o700 });
      const c = await startReferenceConnector({
        library,
        servers: server.url,
        ...(await sourceFor(library)),
        ilsFile: join(o.sampleDir, 'ils', `${library}.json`),
        keysDir,
        maintainEveryMs: 0,
        logger: o.logger(`connector-${library}`),
      });
      connectors.set(library, c);
      return c;
    };
    for (const library of libraries) if (library !== SILENT_LIBRARY && !gatewayEntries.some((g) => g.id === library)) await startConnector(library);

    // The gateway libraries: the gateway's state (transactions, keystore, ledger) beside the
    // other libraries' vaults, so that the keys scan reads it too.
    const gateways = new Map<string, GatewaySite>();
    for (const entry of gatewayEntries) {
      const agency = agencyId(entry.isoAgencyIds![0]!);
      const ill = await PeerSimulator.start({ agency, name: entry.id });
      const stateDir = join(o.keysRoot, entry.id);
      mkdirSync(stateDir, { recursive: true, mode: 0o700 });
      const gateway = await startGateway(
        parseConfig({ library: entry.id, nats: { servers: server.url }, stateDir, illEndpoint: ill.url, listen: { port: 0 }, deadlineMs: 5000, backoffMs: [500, 1000] }, 'canary'),
        o.logger(`gateway-${entry.id}`),
      );
      ill.peer = gateway.url;
      gateways.set(entry.id, { gateway, ill, agency });
    }

    stops.push(async () => {
      await admin.close();
      await server.stop();
    });
    return { server, admin, libraries, connectors, gateways, ils, router, policy, review, audit, ingress, facts, broker, startConnector, stopServices, stop: runStops };
  } catch (e) {
    await runStops();
    await server.stop();
    throw e;
  }
}
