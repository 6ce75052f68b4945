#!/usr/bin/env node
// ilr-router: runs the router until SIGTERM/SIGINT (finishing the messages in hand; the
// rest stay in the consumer). NATS_URL picks the server; ILR_METRICS_PORT the port of
// /metrics, /livez, /readyz (default a free port, logged; `off` serves none).
import { createLogger } from '@ilr/log';
import { metricsPortFromEnv } from '@ilr/metrics';
import { runService } from '@ilr/nats';
import { startRouter } from './router.js';

const logger = createLogger('ilr-router');
const metrics = metricsPortFromEnv();
await runService({
  name: 'ilr-router',
  logger,
  start: async (nats) => {
    const router = await startRouter({ nats, logger, ...(metrics ? { metrics } : {}) });
    if (router.metricsUrl) logger.info({ url: router.metricsUrl }, 'metrics');
    return router;
  },
});
