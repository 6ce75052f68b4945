// startConsole(): the console's context (users file, sessions, login throttle, directors'
// desk, the operator-actions log) and its HTTP face listening (127.0.0.1 by default).
import { createLogger, type Logger } from '@ilr/log';
import type { IlrNats } from '@ilr/nats';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ReviewDesk, type DirectorCredential } from './desk.js';
import { SessionStore } from './sessions.js';
import { LoginThrottle } from './throttle.js';
import type { ActionRecorder, ConsoleContext } from './types.js';
import { UserStore } from './users.js';

export interface StartConsoleOptions {
  /** The console's own NATS connection (the read models). */
  nats: IlrNats;
  /** Where users.json is. */
  dataDir: string;
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** The director credential of each library whose director has an account. */
  directors?: ReadonlyMap<string, DirectorCredential>;
  secureCookies?: boolean | 'auto';
  trustProxy?: boolean | string | string[];
  sessionIdleMs?: number;
  logger?: Logger;
}

export interface RunningConsole {
  app: FastifyInstance;
  context: ConsoleContext;
  /** http://127.0.0.1:<port>/ */
  url: string;
  close(): Promise<void>;
}

/** Until the operations stream records them, actions go to the console's log. */
function loggedActions(logger: Logger): ActionRecorder {
  return { record: async (a) => logger.info({ operatorAction: a }, `operator action: ${a.user} ${a.action} ${a.result}`) };
}

export async function startConsole(o: StartConsoleOptions): Promise<RunningConsole> {
  const logger = o.logger ?? createLogger('ilr-console');
  const context: ConsoleContext = {
    users: new UserStore(o.dataDir),
    sessions: new SessionStore(o.sessionIdleMs ? { idleMs: o.sessionIdleMs } : {}),
    throttle: new LoginThrottle(),
    actions: loggedActions(logger),
    reviews: new ReviewDesk(o.directors ?? new Map()),
    secureCookies: o.secureCookies ?? 'auto',
    logger,
    now: Date.now,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  };
  const app = await buildApp({ context, ...(o.trustProxy !== undefined ? { trustProxy: o.trustProxy } : {}) });
  const host = o.host ?? '127.0.0.1';
  await app.listen({ host, port: o.port ?? 8480 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  logger.info({ url }, 'console listening');
  return {
    app,
    context,
    url,
    close: async () => {
      await app.close();
      await context.reviews.close();
    },
  };
}
