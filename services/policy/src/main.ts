#!/usr/bin/env node
// ilr-policy: runs the policy service until SIGTERM/SIGINT. NATS_URL picks the server;
// ILR_FACTS_TIMEOUT_MS how long a home connector has to answer a facts lookup;
// ILR_METRICS_PORT the port of /metrics, /livez, /readyz (default a free port; `off`).
import { createLogger } from '@ilr/log';
import { metricsPortFromEnv } from '@ilr/metrics';
import { runService } from '@ilr/nats';
import { startPolicyService } from './service.js';

const logger = createLogger('ilr-policy');
const timeout = process.env['ILR_FACTS_TIMEOUT_MS'];
const metrics = metricsPortFromEnv();
await runService({
  name: 'ilr-policy',
  logger,
  start: async (nats) => {
    const service = await startPolicyService({ nats, logger, ...(timeout ? { factsTimeoutMs: Number(timeout) } : {}), ...(metrics ? { metrics } : {}) });
    if (service.metricsUrl) logger.info({ url: service.metricsUrl }, 'metrics');
    return service;
  },
});
