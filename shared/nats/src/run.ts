// The life of a service process: connect, start, and on SIGTERM/SIGINT stop what was
// started and close the connection. Every service's main.ts is this one call.
import { connectNats, type IlrNats } from './connect.js';

/** What runService needs of a logger (pino's shape, so @ilr/nats does not depend on @ilr/log). */
export interface ServiceLogger {
  info(obj: object, msg: string): void;
  fatal(obj: object, msg: string): void;
}

export interface RunServiceOptions {
  /** The NATS connection name and the service's name in logs, e.g. `ilr-router`. */
  name: string;
  logger: ServiceLogger;
  /** Starts the service on the connection; its stop() finishes the work in hand. */
  start(nats: IlrNats): Promise<{ stop(): Promise<void> }>;
}

export async function runService(opts: RunServiceOptions): Promise<void> {
  let nats: IlrNats | undefined;
  let service: { stop(): Promise<void> } | undefined;
  // Handlers before starting: a SIGTERM during start-up still closes what was opened.
  const shutdown = async (signal: string) => {
    opts.logger.info({ signal }, 'stopping');
    await service?.stop();
    await nats?.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  try {
    nats = await connectNats({ name: opts.name });
    service = await opts.start(nats);
  } catch (e) {
    opts.logger.fatal({ err: e instanceof Error ? e.message : String(e) }, 'cannot start');
    process.exit(1);
  }
}
