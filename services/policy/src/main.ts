#!/usr/bin/env node
// ilr-policy: runs the policy service until SIGTERM/SIGINT. NATS_URL picks the server.
import { createLogger } from '@ilr/log';
import { connectNats } from '@ilr/nats';
import { startPolicyService } from './service.js';

const logger = createLogger('ilr-policy');
const timeout = process.env['ILR_FACTS_TIMEOUT_MS'];

try {
  const nats = await connectNats({ name: 'ilr-policy' });
  const service = await startPolicyService({ nats, logger, ...(timeout ? { factsTimeoutMs: Number(timeout) } : {}) });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await service.stop();
    await nats.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
} catch (e) {
  logger.fatal({ err: (e as Error).message }, 'cannot start');
  process.exit(1);
}
