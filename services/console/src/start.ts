// startConsole(): the console's context (users file, sessions, login throttle, directors'
// desk, the operator-actions log) and its HTTP face listening (127.0.0.1 by default).
import { createLogger, type Logger } from '@ilr/log';
import { createIlrMetrics, natsSurveyorMetrics, serveMetrics, type MetricsOption, type ServedMetrics } from '@ilr/metrics';
import type { IlrNats } from '@ilr/nats';
import { Operations } from '@ilr/ops';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ReviewDesk, type DirectorCredential } from './desk.js';
import { FlowRing } from './flow.js';
import { Snapshot } from './snapshot.js';
import { SessionStore } from './sessions.js';
import { LoginThrottle } from './throttle.js';
import type { ActionRecorder, ConsoleContext } from './types.js';
import { UserStore } from './users.js';
import { VerifyJob } from './verify.js';

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
  /** nats-server's monitoring endpoint (http://127.0.0.1:8222) for the NATS server view. */
  monitorUrl?: string;
  /**
   * Serve /metrics, /livez, /readyz (loopback, a free port by default): the console's
   * process metrics and the NATS side under nats-surveyor's names (streams whose totals
   * count gagged items left out). Default: not served.
   */
  metrics?: MetricsOption;
  /**
   * The overview is recomputed in the background this often and served from the latest copy
   * while it is at most twice as old. Default 5 s; 0: computed for every request.
   */
  attentionEveryMs?: number;
  /** How often the flow view samples. Default 10 s. */
  flowIntervalMs?: number;
  logger?: Logger;
}

export interface RunningConsole {
  app: FastifyInstance;
  context: ConsoleContext;
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** http://127.0.0.1:<port>/metrics, when served. */
  metricsUrl?: string;
  close(): Promise<void>;
}

/**
 * Every action to the operator-actions log (ILR_CONSOLE, through @ilr/ops): who (user, role,
 * library), what, on what, and the result, note and address in the note. If the log cannot
 * be written the action still happened: the failure goes to the console's own log.
 */
export function operatorActions(ops: Pick<Operations, 'recordAction'>, logger: Logger): ActionRecorder {
  return {
    record: async (a) => {
      const by = `${a.user}${a.role ? ` (${a.role}${a.library ? ` of ${a.library}` : ''})` : ''}`;
      const note = [a.result, a.note ? `note: ${a.note}` : '', a.address ? `from ${a.address}` : ''].filter(Boolean).join('; ');
      try {
        await ops.recordAction({ by: by.slice(0, 120), action: a.action.slice(0, 120), ...(a.target ? { target: a.target.slice(0, 200) } : {}), note: note.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 1000) });
      } catch (e) {
        logger.error({ err: (e as Error).message, action: a.action, by }, 'operator action not recorded');
      }
    },
  };
}

export async function startConsole(o: StartConsoleOptions): Promise<RunningConsole> {
  const logger = o.logger ?? createLogger('ilr-console');
  const ops = new Operations({ nc: o.nats.nc, ...(o.monitorUrl ? { monitorUrl: o.monitorUrl } : {}) });
  const flow = new FlowRing(() => ops.flowSample(), o.flowIntervalMs ?? 10_000);
  const attentionEvery = o.attentionEveryMs ?? 5_000;
  const attention = new Snapshot(() => ops.attention(), attentionEvery * 2);
  const context: ConsoleContext = {
    users: new UserStore(o.dataDir),
    sessions: new SessionStore(o.sessionIdleMs ? { idleMs: o.sessionIdleMs } : {}),
    throttle: new LoginThrottle(),
    actions: operatorActions(ops, logger),
    reviews: new ReviewDesk(o.directors ?? new Map()),
    ops,
    attention,
    flow,
    verify: new VerifyJob(o.nats, ops),
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
  let served: ServedMetrics | undefined;
  if (o.metrics) {
    const metrics = createIlrMetrics('console', { defaultMetrics: true });
    natsSurveyorMetrics(await o.nats.jetstreamManager(), { registry: metrics.registry, accountName: 'ILR' });
    served = await serveMetrics(metrics, o.metrics, () => ({ nats: !o.nats.nc.isClosed(), http: app.server.listening }));
  }
  flow.start();
  attention.start(attentionEvery);
  logger.info({ url, ...(served ? { metrics: served.url } : {}) }, 'console listening');
  return {
    app,
    context,
    url,
    ...(served ? { metricsUrl: served.url } : {}),
    close: async () => {
      await served?.close();
      await flow.stop();
      await attention.stop();
      await app.close();
      await context.verify.settled();
      await context.reviews.close();
    },
  };
}
