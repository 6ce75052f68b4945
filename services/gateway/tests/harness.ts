// A real nats-server with the catalogue, the seeds' directory (two libraries listing the
// samples' ISO 18626 agency ids), the policy service and the router; two gateways, each
// beside a simulated ILL system.
import { mkdtempSync } from 'node:fs';
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { PeerSimulator, type AgencyId } from '@ilr/iso18626';
import { createLogger } from '@ilr/log';
import { KV_BUCKETS, ROUTER_CONSUMER, connectNats, ensureConsumer, provision, type IlrNats } from '@ilr/nats';
import { startPolicyService, type PolicyService } from '@ilr/policy-service';
import { startRouter, type Router } from '@ilr/router';
import { SEEDS_FILE, startNats, type NatsServerHandle } from '@ilr/testing';
import { parseConfig, startGateway, type RunningGateway } from '../src/index.js';

export const silent = createLogger('test', { level: (process.env['TEST_LOG'] as 'info') ?? 'silent' });

/** Every log line the broker's services and the gateways wrote, at debug level (the canary reads them). */
export const LOG_LINES: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    LOG_LINES.push(chunk.toString('utf8'));
    done();
  },
});
export const captured = (name: string) => createLogger(name, { level: 'debug', destination: sink });

/** Plymouth's ILL system is the samples' requester, Duxbury's their supplier (and broker). */
export const AGENCIES: Record<string, string[]> = {
  'ma-plymouth': ['ISIL:US-MA-PLY', 'ISIL:REQ', 'ISIL:REQ-CANCEL-{index}', 'ISIL:SUP', 'ISIL:SUP1', 'ISIL:SUP_B', 'ISIL:SLNP_ONE'],
  'ma-duxbury': ['ISIL:US-MA-DUX', 'ISIL:BROKER', 'ISIL:SUP_A', 'ISIL:SLNP_TWO_A'],
  // A library whose own settings turn resource sharing off: its requests are refused.
  'mt-bozeman': ['ISIL:US-MT-BZN'],
};
export const agency = (id: string): AgencyId => {
  const [type, value] = id.split(':') as [string, string];
  return { agencyIdType: { value: type }, agencyIdValue: value };
};

export interface Site {
  library: string;
  sim: PeerSimulator;
  gw: RunningGateway;
  stateDir: string;
}

export interface World {
  server: NatsServerHandle;
  client: IlrNats;
  router: Router;
  policy: PolicyService;
  sites: Record<string, Site>;
  startSite(library: string, stateDir?: string): Promise<Site>;
  stop(): Promise<void>;
}

export async function startWorld(libraries: string[] = ['ma-plymouth', 'ma-duxbury'], opts: { settings?: Record<string, object>; profiles?: Record<string, string> } = {}): Promise<World> {
  const server = await startNats();
  const conn = (name: string) => connectNats({ servers: server.url, name });
  const [client, svcConn, routerConn] = await Promise.all([conn('client'), conn('policy'), conn('router')]);
  const entries = await loadDirectoryFile(SEEDS_FILE);
  await provision(client, { libraries: entries.map((l) => l.id) });
  const dir = await Directory.open(client);
  for (const l of entries) {
    await dir.put({ ...l, ...(AGENCIES[l.id] ? { isoAgencyIds: AGENCIES[l.id] } : {}), ...(opts.settings?.[l.id] ? { settings: { ...l.settings, ...opts.settings[l.id] } } : {}) });
  }
  await ensureConsumer(await client.jetstreamManager(), { ...ROUTER_CONSUMER, ackWaitMs: 1000, backoffMs: [1000], maxDeliver: 4 });
  const policy = await startPolicyService({ nats: svcConn, factsTimeoutMs: 500, logger: captured('policy') });
  const router = await startRouter({ nats: routerConn, logger: captured('router'), policyTimeoutMs: 3000, retryDelaysMs: [1000] });
  const sites: Record<string, Site> = {};
  const startSite = async (library: string, stateDir = mkdtempSync(join(tmpdir(), `gw-${library}-`))): Promise<Site> => {
    const sim = sites[library]?.sim ?? (await PeerSimulator.start({ agency: agency(AGENCIES[library]![0]!), name: library }));
    const gw = await startGateway(
      parseConfig({ library, nats: { servers: server.url }, stateDir, illEndpoint: sim.url, listen: { port: 0 }, deadlineMs: 2000, backoffMs: [200, 500], ...(opts.profiles?.[library] ? { profile: opts.profiles[library] } : {}) }, 'test'),
      captured(`gateway-${library}`),
    );
    sim.peer = gw.url;
    return (sites[library] = { library, sim, gw, stateDir });
  };
  for (const l of libraries) await startSite(l);
  return {
    server,
    client,
    router,
    policy,
    sites,
    startSite,
    stop: async () => {
      for (const s of Object.values(sites)) {
        await s.gw.close().catch(() => undefined);
        await s.sim.close();
      }
      await router.stop();
      await policy.stop();
      for (const c of [routerConn, svcConn, client]) await c.close();
      await server.stop();
    },
  };
}

export { KV_BUCKETS };
