#!/usr/bin/env node
// ilr-router: runs the router until SIGTERM/SIGINT. NATS_URL picks the server.
import { createLogger } from '@ilr/log';
import { connectNats } from '@ilr/nats';
import { startRouter } from './router.js';

const logger = createLogger('ilr-router');

try {
  const nats = await connectNats({ name: 'ilr-router' });
  const router = await startRouter({ nats, logger });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await router.stop(); // finishes the messages in hand; the rest stay in the consumer
    await nats.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
} catch (e) {
  logger.fatal({ err: (e as Error).message }, 'cannot start');
  process.exit(1);
}
