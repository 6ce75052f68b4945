#!/usr/bin/env node
// ilr-review: runs the review service until SIGTERM/SIGINT (an outcome recorded but not yet
// published is finished by the next instance). NATS_URL picks the server; ILR_METRICS_PORT
// the port of /metrics, /livez, /readyz (default a free port; `off`).
import { createLogger } from '@ilr/log';
import { metricsPortFromEnv } from '@ilr/metrics';
import { runService } from '@ilr/nats';
import { startReviewService } from './service.js';

const logger = createLogger('ilr-review');
const metrics = metricsPortFromEnv();
await runService({
  name: 'ilr-review',
  logger,
  start: async (nats) => {
    const service = await startReviewService({ nats, logger, ...(metrics ? { metrics } : {}) });
    if (service.metricsUrl) logger.info({ url: service.metricsUrl }, 'metrics');
    return service;
  },
});
