#!/usr/bin/env node
// ilr-policy: runs the policy service until SIGTERM/SIGINT. NATS_URL picks the server;
// ILR_FACTS_TIMEOUT_MS how long a home connector has to answer a facts lookup.
import { createLogger } from '@ilr/log';
import { runService } from '@ilr/nats';
import { startPolicyService } from './service.js';

const logger = createLogger('ilr-policy');
const timeout = process.env['ILR_FACTS_TIMEOUT_MS'];
await runService({
  name: 'ilr-policy',
  logger,
  start: (nats) => startPolicyService({ nats, logger, ...(timeout ? { factsTimeoutMs: Number(timeout) } : {}) }),
});
