#!/usr/bin/env node
// ilr-audit: runs the audit service until SIGTERM/SIGINT (appending the batch in flight;
// the rest is redelivered). NATS_URL picks the server; ILR_METRICS_PORT the port of
// /metrics, /livez, /readyz (default a free port; `off`); ILR_AUDIT_VERIFY_EVERY_MS how
// often the whole chain is verified (default 1 h; 0: never).
import { createLogger } from '@ilr/log';
import { metricsPortFromEnv } from '@ilr/metrics';
import { runService } from '@ilr/nats';
import { startAuditService } from './service.js';

const logger = createLogger('ilr-audit');
const metrics = metricsPortFromEnv();
const verifyEveryMs = Number(process.env['ILR_AUDIT_VERIFY_EVERY_MS'] ?? 3_600_000);
await runService({
  name: 'ilr-audit',
  logger,
  start: async (nats) => {
    const service = await startAuditService({ nats, logger, ...(metrics ? { metrics } : {}), ...(verifyEveryMs > 0 ? { verifyEveryMs } : {}) });
    if (service.metricsUrl) logger.info({ url: service.metricsUrl }, 'metrics');
    return service;
  },
});
