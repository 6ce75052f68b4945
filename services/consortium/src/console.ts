// The operations console as a part of the local consortium: ilr-console under its own NATS
// user (ilr-console: reads only), on a free loopback port, with one operator account made
// for this run, and one director account (Bozeman's, whose queue the legal-process flow
// fills) acting through that library's reviewer credential. Prints `console: <url>`,
// `console login: <user> <password>`, `console director login: <user> <password>` and
// `metrics console: <url>` (its /metrics: nats-surveyor's names, gagged totals left out).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLE_PRINCIPAL } from '@ilr/access';
import { UserStore, generatePassword, startConsole } from '@ilr/console';
import type { ConsortiumPart } from './parts.js';

/** The operator account made for each run of the local consortium. */
export const CONSOLE_OPERATOR = 'operator';
/** The library whose director gets a console account in each run, and that account. */
export const CONSOLE_DIRECTOR_LIBRARY = 'mt-bozeman';
export const CONSOLE_DIRECTOR = `director-${CONSOLE_DIRECTOR_LIBRARY}`;

export const consolePart: ConsortiumPart = {
  name: 'console',
  async start(ctx) {
    const dataDir = await mkdtemp(join(tmpdir(), 'ilr-console-'));
    const password = generatePassword();
    const users = new UserStore(dataDir);
    await users.add({ name: CONSOLE_OPERATOR, role: 'operator', password });
    // The director acts through the library's reviewer credential, held by the console.
    const reviewer = ctx.reviewerAccess(CONSOLE_DIRECTOR_LIBRARY, 'director');
    const directorPassword = reviewer ? generatePassword() : undefined;
    if (directorPassword) await users.add({ name: CONSOLE_DIRECTOR, role: 'director', library: CONSOLE_DIRECTOR_LIBRARY, password: directorPassword });
    const monitorUrl = ctx.components.get('nats monitoring');
    const running = await startConsole({
      nats: await ctx.connect(CONSOLE_PRINCIPAL),
      dataDir,
      port: Number(process.env['ILR_CONSOLE_PORT'] ?? 0),
      ...(monitorUrl ? { monitorUrl } : {}),
      metrics: { host: '127.0.0.1', port: 0 },
      ...(reviewer ? { directors: new Map([[CONSOLE_DIRECTOR_LIBRARY, { servers: ctx.url, credentials: reviewer }]]) } : {}),
      logger: ctx.logger('console'),
    });
    ctx.onStop(async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    });
    ctx.components.add('console', running.url);
    ctx.components.add('console login', `${CONSOLE_OPERATOR} ${password}`);
    if (directorPassword) ctx.components.add('console director login', `${CONSOLE_DIRECTOR} ${directorPassword}`);
    if (running.metricsUrl) ctx.components.add('metrics console', running.metricsUrl);
  },
};
