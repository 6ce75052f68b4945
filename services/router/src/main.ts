#!/usr/bin/env node
// ilr-router: runs the router until SIGTERM/SIGINT (finishing the messages in hand; the
// rest stay in the consumer). NATS_URL picks the server.
import { createLogger } from '@ilr/log';
import { runService } from '@ilr/nats';
import { startRouter } from './router.js';

const logger = createLogger('ilr-router');
await runService({ name: 'ilr-router', logger, start: (nats) => startRouter({ nats, logger }) });
