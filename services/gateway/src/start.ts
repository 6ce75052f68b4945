// startGateway(): the library's connector (its credentials, keystore, signing seed), the
// gateway core, the HTTP face listening.
import { createIlrMetrics, serveMetrics } from '@ilr/metrics';
import { readFileSync } from 'node:fs';
import { Connector, SampleIls } from '@ilr/connector';
import { profileById } from '@ilr/iso18626';
import { createLogger, type Logger } from '@ilr/log';
import type { NatsCredentials } from '@ilr/nats';
import { TokenVault } from '@ilr/tokens';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { GatewayConfig } from './config.js';
import { Gateway } from './gateway.js';
import { TransactionStore } from './store.js';

export interface RunningGateway {
  gateway: Gateway;
  app: FastifyInstance;
  connector: Connector;
  /** http://host:port/iso18626 */
  url: string;
  /** http://host:port/metrics when the configuration has `metrics`. */
  metricsUrl: string | undefined;
  close(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, logger: Logger = createLogger(`ilr-gateway-${config.library}`)): Promise<RunningGateway> {
  const profile = profileById(config.profile);
  const vault = await TokenVault.open({ dir: config.stateDir, library: config.library, retentionDays: config.retentionDays });
  const credentials: NatsCredentials | undefined = config.nats.credsFile
    ? { credsFile: config.nats.credsFile }
    : config.nats.seedFile
      ? { seedFile: config.nats.seedFile }
      : undefined;
  // One registry for the process: the gateway's requests and its connector's deliveries.
  const metrics = createIlrMetrics(`gateway-${config.library}`);
  const connector = await Connector.connect({
    registry: metrics,
    library: config.library,
    servers: config.nats.servers,
    logger,
    tokens: { vault },
    ...(credentials ? { credentials } : {}),
    ...(config.nats.jsApiPrefix ? { jsApiPrefix: config.nats.jsApiPrefix } : {}),
    ...(config.signingSeedFile ? { signingSeed: readFileSync(config.signingSeedFile, 'utf8').trim() } : {}),
  });
  const store = TransactionStore.open(config.stateDir, config.library);
  const gateway = new Gateway({
    library: config.library,
    connector,
    store,
    illEndpoint: config.illEndpoint,
    profile,
    logger,
    deadlineMs: config.deadlineMs,
    ...(config.backoffMs ? { backoffMs: config.backoffMs } : {}),
  });
  if (config.ilsFile) {
    const ils = await SampleIls.load(config.ilsFile);
    await connector.serveFacts(ils.lookup);
  }
  await gateway.start();
  const app = await buildApp({ gateway, metrics: metrics.gateway });
  const address = await app.listen({ host: config.listen.host, port: config.listen.port });
  const url = `${address.replace('[::1]', '127.0.0.1')}/iso18626`;
  const served = config.metrics ? await serveMetrics(metrics, config.metrics, () => ({ nats: !connector.nats.nc.isClosed(), listening: app.server.listening })) : undefined;
  logger.info({ library: config.library, url, profile: profile.id }, 'gateway listening');
  return {
    gateway,
    app,
    connector,
    url,
    metricsUrl: served?.url,
    close: async () => {
      await served?.close();
      await app.close();
      await gateway.stop();
      await connector.close();
      store.close();
    },
  };
}
