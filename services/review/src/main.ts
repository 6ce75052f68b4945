#!/usr/bin/env node
// ilr-review: runs the review service until SIGTERM/SIGINT (an outcome recorded but not yet
// published is finished by the next instance). NATS_URL picks the server.
import { createLogger } from '@ilr/log';
import { runService } from '@ilr/nats';
import { startReviewService } from './service.js';

const logger = createLogger('ilr-review');
await runService({ name: 'ilr-review', logger, start: (nats) => startReviewService({ nats, logger }) });
