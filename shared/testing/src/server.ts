import { DockerNatsServer, dockerAvailable } from './docker.js';
import { NatsHarnessError } from './errors.js';
import { LocalNatsServer } from './local.js';
import type { NatsBackend, NatsServerHandle, StartNatsOptions } from './types.js';

/** 'auto' prefers Docker when an engine answers; ILR_NATS_BACKEND=local|docker forces one. */
export async function chooseBackend(requested: StartNatsOptions['backend']): Promise<NatsBackend> {
  const env = process.env['ILR_NATS_BACKEND'];
  const want = requested && requested !== 'auto' ? requested : env === 'local' || env === 'docker' ? env : 'auto';
  if (want !== 'auto') return want;
  return (await dockerAvailable()) ? 'docker' : 'local';
}

/**
 * Start a nats-server with JetStream in a fresh temp dir on free ports and wait until it
 * is ready ("Server is ready", then /healthz 200). Stop it with `stop()`; anything left
 * running is killed, and its dir removed, when the test process exits.
 */
export async function startNats(opts: StartNatsOptions = {}): Promise<NatsServerHandle> {
  const backend = opts.configFile ? 'local' : await chooseBackend(opts.backend);
  if (opts.configFile && opts.backend === 'docker') throw new NatsHarnessError('configFile needs the local backend');
  if (backend === 'docker') {
    const server = new DockerNatsServer(opts);
    try {
      await server.start();
    } catch (e) {
      await server.stop().catch(() => undefined);
      throw e;
    }
    return server;
  }
  const server = new LocalNatsServer(opts);
  try {
    await server.start();
  } catch (e) {
    await server.stop().catch(() => undefined);
    throw e instanceof NatsHarnessError ? e : new NatsHarnessError('cannot start nats-server', { cause: e });
  }
  return server;
}
