import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { makeWorkDir, onProcessExit } from './cleanup.js';
import { renderConfig, type ClusterBlock } from './config.js';
import { NatsHarnessError } from './errors.js';
import type { NatsServerHandle, StartNatsOptions } from './types.js';
import { findNatsServerBinary, httpJson, uniqueName, waitUntil } from './util.js';

const HOST = '127.0.0.1';
const LOG_LINES = 400;
const TERMINATING = new Set<NodeJS.Signals>(['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT']);

let pdeathsig: boolean | undefined;
/**
 * On Linux, start the server through `setpriv --pdeathsig KILL` so it dies with the test
 * process even when that process is SIGKILLed (no 'exit' handler runs then). setpriv
 * execs, so the pid we hold is nats-server's own.
 */
function usePdeathsig(): boolean {
  if (pdeathsig === undefined) {
    pdeathsig =
      process.platform === 'linux' &&
      spawnSync('setpriv', ['--help'], { encoding: 'utf8' }).stdout?.includes('--pdeathsig') === true;
  }
  return pdeathsig;
}

export interface LocalServerInit extends StartNatsOptions {
  cluster?: () => ClusterBlock;
}

/** A nats-server child process with a private work dir; see NatsServerHandle. */
export class LocalNatsServer implements NatsServerHandle {
  readonly backend = 'local' as const;
  readonly name: string;
  readonly host = HOST;
  readonly dir: string;
  readonly storeDir: string;
  readonly configPath: string;
  private portNo: number;
  private monitorPortNo: number;
  /** Ports as written in the config the running process was started with (reload must not change them). */
  private spawnPorts: [number, number] = [-1, -1];
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private lines: string[] = [];
  private lineWaiters = new Set<(line: string) => void>();
  private stopped = false;
  private alive = false;
  private readonly unregister: () => void;

  constructor(private readonly opts: LocalServerInit) {
    this.name = opts.serverName ?? uniqueName('ilr-nats');
    this.dir = makeWorkDir();
    this.storeDir = join(this.dir, 'store');
    this.configPath = opts.configFile ?? join(this.dir, 'nats.conf');
    mkdirSync(this.storeDir, { recursive: true });
    this.portNo = opts.port ?? -1;
    this.monitorPortNo = opts.monitorPort ?? -1;
    const dir = this.dir;
    this.unregister = onProcessExit(() => {
      this.child?.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });
  }

  get port(): number {
    return this.portNo;
  }
  get monitorPort(): number {
    return this.monitorPortNo;
  }
  get url(): string {
    return `nats://${HOST}:${this.portNo}`;
  }
  get monitorUrl(): string {
    return `http://${HOST}:${this.monitorPortNo}`;
  }
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }
  get running(): boolean {
    return this.alive;
  }

  logs(): string {
    return this.lines.slice(-60).join('\n');
  }

  private writeConfig(ports: [number, number] = [this.portNo, this.monitorPortNo]): void {
    if (this.opts.configFile) return; // the caller's file, used as it is
    for (const [file, text] of Object.entries(this.opts.files ?? {})) writeFileSync(join(this.dir, file), text);
    const text = renderConfig({
      serverName: this.name,
      host: HOST,
      port: ports[0],
      monitorPort: ports[1],
      ctx: { dir: this.dir, storeDir: this.storeDir },
      jetstream: this.opts.jetstream,
      config: this.opts.config,
      ...(this.opts.cluster ? { cluster: this.opts.cluster() } : {}),
    });
    writeFileSync(this.configPath, text);
  }

  private onLine(line: string): void {
    this.lines.push(line);
    if (this.lines.length > LOG_LINES) this.lines.splice(0, this.lines.length - LOG_LINES);
    // "Listening for client connections on 127.0.0.1:34567" (port -1 => the one picked)
    const client = /Listening for client connections on .*:(\d+)\s*$/.exec(line);
    if (client?.[1]) this.portNo = Number(client[1]);
    const http = /Starting http monitor on .*:(\d+)\s*$/.exec(line);
    if (http?.[1]) this.monitorPortNo = Number(http[1]);
    for (const w of [...this.lineWaiters]) w(line);
  }

  /** Resolves with the first log line matching `re` from now on; rejects if the process exits first. */
  private waitForLine(re: RegExp, timeoutMs: number, what: string): Promise<string> {
    const child = this.child;
    return new Promise<string>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.lineWaiters.delete(waiter);
        child?.off('exit', onExit);
      };
      const waiter = (line: string): void => {
        if (re.test(line)) {
          done();
          resolve(line);
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        done();
        reject(
          new NatsHarnessError(`nats-server ${this.name} exited (${signal ?? `code ${code}`}) while waiting for ${what}`, {
            logs: this.logs(),
          }),
        );
      };
      const timer = setTimeout(() => {
        done();
        reject(new NatsHarnessError(`timed out after ${timeoutMs} ms waiting for ${what} from ${this.name}`, { logs: this.logs() }));
      }, timeoutMs);
      this.lineWaiters.add(waiter);
      child?.once('exit', onExit);
    });
  }

  /** Start the process and wait until it is ready (and healthy, unless told otherwise). */
  async start(): Promise<void> {
    if (this.stopped) throw new NatsHarnessError(`nats-server ${this.name} was stopped; start a new one`);
    if (this.running) return;
    const timeoutMs = this.opts.readyTimeoutMs ?? 30_000;
    // After the first start the ports are known: pinning them here brings a restarted
    // server back on the same ones.
    this.spawnPorts = [this.portNo, this.monitorPortNo];
    this.writeConfig(this.spawnPorts);
    const bin = findNatsServerBinary();
    // A caller's config file keeps everything but where to listen (not even the name:
    // nats-server 2.9 refuses to reload when a -n flag differs from the file's server_name).
    const listen = this.opts.configFile ? ['-a', HOST, '-p', String(this.spawnPorts[0]), '-m', String(this.spawnPorts[1])] : [];
    const args = ['-c', this.configPath, ...listen, ...(this.opts.debug ? ['-DV'] : []), ...(this.opts.args ?? [])];
    const [cmd, argv] = usePdeathsig() ? ['setpriv', ['--pdeathsig', 'KILL', '--', bin, ...args]] : [bin, args];
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    // 'close' comes after 'exit' once the pipes are drained, so no line of this process
    // can arrive after a restart. A process that failed to spawn emits 'error' and maybe
    // never 'exit'.
    this.alive = true;
    child.once('exit', () => (this.alive = false));
    this.exited = new Promise<void>((resolve) => {
      const gone = (): void => {
        this.alive = false;
        resolve();
      };
      child.once('close', gone);
      child.once('error', gone);
    });
    const spawnError = new Promise<never>((_, reject) =>
      child.once('error', (e) => reject(new NatsHarnessError(`cannot start ${bin}: ${e.message}`, { cause: e }))),
    );
    // Always drain both pipes: a full pipe would block the server.
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (l) => this.onLine(l));
    }
    spawnError.catch(() => undefined); // only ever observed through the race below
    try {
      await Promise.race([this.waitForLine(/Server is ready/, timeoutMs, '"Server is ready"'), spawnError]);
      await this.waitReady(timeoutMs);
    } catch (e) {
      // Never leave a half-started server behind.
      child.kill('SIGKILL');
      await this.exited;
      throw e;
    }
  }

  /**
   * Standalone: /healthz answers 200 (JetStream up, every stream recovered).
   * Cluster node: JetStream is enabled and the node knows the meta leader (it has
   * rejoined). The full /healthz is not usable there on 2.9.10: after a restart it keeps
   * reporting idle streams and consumers "not current" (improved only in later 2.9.x,
   * nats-server PR #4172), so tests that need a replica caught up check the stream's
   * replica state themselves.
   */
  private async waitReady(timeoutMs: number): Promise<void> {
    const clustered = this.opts.cluster !== undefined;
    const jetstream = this.opts.jetstream !== false;
    await waitUntil(
      `${this.name} to be ready`,
      async () => {
        if (!clustered) return (await httpJson(`${this.monitorUrl}/healthz`)).status === 200 ? true : undefined;
        if (!jetstream) return true;
        if ((await httpJson(`${this.monitorUrl}/healthz?js-enabled-only=true`)).status !== 200) return undefined;
        const jsz = (await httpJson(`${this.monitorUrl}/jsz`)).body as { meta_cluster?: { leader?: string } };
        return jsz.meta_cluster?.leader ? true : undefined;
      },
      {
        timeoutMs,
        abort: () =>
          this.running ? undefined : new NatsHarnessError(`nats-server ${this.name} exited while starting`, { logs: this.logs() }),
      },
    );
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.child?.kill(signal);
    if (TERMINATING.has(signal)) await this.exited;
  }

  /** Graceful shutdown (SIGTERM), escalating to SIGKILL if the server hangs. */
  private async shutdown(): Promise<void> {
    if (!this.running) return;
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    try {
      await this.kill('SIGTERM');
    } finally {
      clearTimeout(timer);
    }
  }

  async restart(): Promise<void> {
    await this.shutdown();
    await this.start();
  }

  async reload(config?: StartNatsOptions['config']): Promise<void> {
    if (!this.running) throw new NatsHarnessError(`nats-server ${this.name} is not running`);
    if (config !== undefined && this.opts.configFile) {
      throw new NatsHarnessError(`nats-server ${this.name} runs from ${this.opts.configFile}: change that file, then reload()`);
    }
    if (config !== undefined) this.opts.config = config;
    this.writeConfig(this.spawnPorts);
    const result = this.waitForLine(/Reloaded server configuration|Failed to reload/, 10_000, 'config reload');
    this.child?.kill('SIGHUP');
    const line = await result;
    if (/Failed to reload/.test(line)) throw new NatsHarnessError(`nats-server ${this.name}: ${line}`, { logs: this.logs() });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await this.shutdown();
    } finally {
      this.unregister();
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** True if the last failure was a port clash (a reserved port got taken before the server bound it). */
  portClash(): boolean {
    return this.lines.some((l) => /address already in use/.test(l));
  }
}
