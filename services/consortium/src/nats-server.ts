// The consortium's own nats-server: the generated configuration (single.conf + auth.conf of
// @ilr/access), on loopback ports chosen here, as a child process that
// - runs in a process group of its own, so that a terminal's Ctrl-C reaches the consortium
//   only, which stops the server last, after its clients have closed;
// - dies with the consortium even when that is SIGKILLed (setpriv --pdeathsig, Linux).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findNatsServerBinary } from '@ilr/testing';

const HOST = '127.0.0.1';

export interface LocalNatsServer {
  readonly url: string;
  readonly monitorUrl: string;
  readonly pid: number;
  /** Last lines of the server's log (for error messages). */
  logs(): string;
  /** SIGTERM, SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

let pdeathsig: boolean | undefined;
const hasPdeathsig = (): boolean =>
  (pdeathsig ??= process.platform === 'linux' && spawnSync('setpriv', ['--help'], { encoding: 'utf8' }).stdout?.includes('--pdeathsig') === true);

/** Starts nats-server with `configFile`, listening on HOST:`port` (-1: any free port); resolves when it is ready. */
export async function startLocalNats(configFile: string, opts: { port?: number; readyTimeoutMs?: number } = {}): Promise<LocalNatsServer> {
  const bin = findNatsServerBinary();
  const args = ['-c', configFile, '-a', HOST, '-p', String(opts.port ?? -1), '-m', '-1'];
  const [cmd, argv] = hasPdeathsig() ? ['setpriv', ['--pdeathsig', 'KILL', '--', bin, ...args]] : [bin, args];
  const child: ChildProcess = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  let port = 0;
  let monitorPort = 0;
  // However the consortium ends (an uncaught error included), the server goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => {
    const gone = () => {
      process.off('exit', killOnExit);
      resolve();
    };
    child.once('exit', gone);
    child.once('error', gone);
  });
  const logs = () => lines.slice(-30).join('\n');
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nats-server was not ready within ${opts.readyTimeoutMs ?? 30_000} ms:\n${logs()}`)), opts.readyTimeoutMs ?? 30_000);
    child.once('error', (e) => reject(new Error(`cannot start ${bin}: ${e.message}`)));
    child.once('exit', (code, signal) => reject(new Error(`nats-server exited (${signal ?? `code ${code}`}) before it was ready:\n${logs()}`)));
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        if (lines.length > 200) lines.shift();
        const client = /Listening for client connections on .*:(\d+)\s*$/.exec(line);
        if (client) port = Number(client[1]);
        const http = /Starting http monitor on .*:(\d+)\s*$/.exec(line);
        if (http) monitorPort = Number(http[1]);
        if (/Server is ready/.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      });
    }
  });
  const stop = async (graceMs = 2000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  try {
    await ready;
  } catch (e) {
    await stop(500);
    throw e;
  }
  return { url: `nats://${HOST}:${port}`, monitorUrl: `http://${HOST}:${monitorPort}`, pid: child.pid!, logs, stop };
}

/** Whether a TCP port on loopback is free right now (to prefer the well-known 4222). */
export async function portFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, HOST, () => s.close(() => resolve(true)));
  });
}
