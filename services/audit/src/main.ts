#!/usr/bin/env node
// ilr-audit: runs the audit service until SIGTERM/SIGINT (appending the batch in flight;
// the rest is redelivered). NATS_URL picks the server.
import { createLogger } from '@ilr/log';
import { runService } from '@ilr/nats';
import { startAuditService } from './service.js';

const logger = createLogger('ilr-audit');
await runService({ name: 'ilr-audit', logger, start: (nats) => startAuditService({ nats, logger }) });
