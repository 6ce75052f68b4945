// The gateway libraries (deploy/sample/gateways.yaml): their ILL systems speak ISO 18626,
// so each runs ilr-gateway as its ILR connector (its own account, nkey and signing seed, a
// state directory of its own) beside a simulated ILL system (@ilr/iso18626 PeerSimulator)
// that plays its requester and supplier. Listed as `gateway <library>: <url>`.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, startGateway, type RunningGateway } from '@ilr/gateway';
import { PeerSimulator, type AgencyId } from '@ilr/iso18626';
import { METRICS, listMetrics } from './components.js';
import type { ConsortiumPart } from './parts.js';

export interface GatewaySite {
  library: string;
  /** The agency its ILL system names itself by (the first of its isoAgencyIds). */
  agency: AgencyId;
  gateway: RunningGateway;
  /** Its simulated ILL system: what it received, what its requests were confirmed with. */
  ill: PeerSimulator;
}

/** `ISIL:US-MA-KIN` as an ISO 18626 agency id. */
export function agencyId(id: string): AgencyId {
  const i = id.indexOf(':');
  return { agencyIdType: { value: id.slice(0, i) }, agencyIdValue: id.slice(i + 1) };
}

export const gatewaysPart: ConsortiumPart = {
  name: 'gateways',
  async start(ctx) {
    const libraries = ctx.libraries.filter((l) => ctx.gatewayLibraries.has(l.id));
    if (!libraries.length) return;
    const dir = await mkdtemp(join(tmpdir(), 'ilr-gateways-'));
    ctx.onStop(() => rm(dir, { recursive: true, force: true }));
    for (const entry of libraries) {
      const first = entry.isoAgencyIds?.[0];
      if (!first) throw new Error(`gateway library ${entry.id} lists no isoAgencyIds`);
      const agency = agencyId(first);
      const ill = await PeerSimulator.start({ agency, name: entry.id });
      // Stops run in reverse: the gateway first, then its ILL system.
      ctx.onStop(() => ill.close());
      const access = ctx.libraryAccess(entry.id);
      const stateDir = join(dir, entry.id);
      await mkdir(stateDir, { mode: 0o700 });
      const config = parseConfig(
        {
          library: entry.id,
          nats: {
            servers: ctx.url,
            ...(access.credentials ? { seedFile: access.credentials.seedFile } : {}),
            ...(access.jsApiPrefix ? { jsApiPrefix: access.jsApiPrefix } : {}),
          },
          // The library signs with its nkey's seed (libraryAccess's signingSeed is that file's content).
          ...(access.signingSeed && access.credentials ? { signingSeedFile: access.credentials.seedFile } : {}),
          stateDir,
          illEndpoint: ill.url,
          listen: { host: '127.0.0.1', port: 0 },
          deadlineMs: 5000,
          backoffMs: [500, 2000, 5000],
          metrics: METRICS,
        },
        `the consortium's gateway ${entry.id}`,
      );
      const gateway = await startGateway(config, ctx.logger(`gateway-${entry.id}`));
      ctx.onStop(() => gateway.close());
      ill.peer = gateway.url;
      ctx.components.add(`gateway ${entry.id}`, gateway.url);
      listMetrics(ctx.components, `gateway-${entry.id}`, gateway.metricsUrl);
      ctx.gateways.set(entry.id, { library: entry.id, agency, gateway, ill });
    }
  },
};
