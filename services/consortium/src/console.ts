// The operations console as a part of the local consortium: ilr-console under its own NATS
// user (ilr-console: reads only), on a free loopback port, with one operator account made
// for this run. Prints `console: <url>`, `console login: <user> <password>` and
// `metrics console: <url>` (its /metrics: nats-surveyor's names, gagged totals left out).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_PRINCIPAL } from '@ilr/access';
import { UserStore, generatePassword, startConsole } from '@ilr/console';
import type { ConsortiumPart } from './parts.js';

/** The operator account made for each run of the local consortium. */
export const CONSOLE_OPERATOR = 'operator';

export const consolePart: ConsortiumPart = {
  name: 'console',
  async start(ctx) {
    const dataDir = await mkdtemp(join(tmpdir(), 'ilr-console-'));
    const password = generatePassword();
    await new UserStore(dataDir).add({ name: CONSOLE_OPERATOR, role: 'operator', password });
    const monitorUrl = ctx.components.get('nats monitoring');
    const running = await startConsole({
      nats: await ctx.connect(CONSOLE_PRINCIPAL),
      dataDir,
      port: Number(process.env['ILR_CONSOLE_PORT'] ?? 0),
      ...(monitorUrl ? { monitorUrl } : {}),
      metrics: { host: '127.0.0.1', port: 0 },
      logger: ctx.logger('console'),
    });
    ctx.onStop(async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    });
    ctx.components.add('console', running.url);
    ctx.components.add('console login', `${CONSOLE_OPERATOR} ${password}`);
    if (running.metricsUrl) ctx.components.add('metrics console', running.metricsUrl);
  },
};
