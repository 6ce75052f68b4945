import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { StartedTestContainer } from 'testcontainers';
import { makeWorkDir, onProcessExit } from './cleanup.js';
import { renderConfig } from './config.js';
import { NatsHarnessError } from './errors.js';
import type { NatsServerHandle, StartNatsOptions } from './types.js';
import { httpJson, reserveFreePorts, uniqueName, waitUntil } from './util.js';

/** The production target is nats-server 2.9.10; the container runs the same version. */
const IMAGE = process.env['ILR_NATS_IMAGE'] ?? 'nats:2.9.10';
const IN_DIR = '/ilr';
const CLIENT_PORT = 4222;
const MONITOR_PORT = 8222;
const TERMINATING = new Set<NodeJS.Signals>(['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT']);

let dockerAnswer: Promise<boolean> | undefined;

/**
 * Is a Docker engine answering? Cheap and silent: without DOCKER_HOST or a docker socket
 * we do not even load testcontainers; with one we ask testcontainers once and cache it.
 */
export function dockerAvailable(): Promise<boolean> {
  dockerAnswer ??= (async () => {
    const sockets = [
      '/var/run/docker.sock',
      join(homedir(), '.docker/run/docker.sock'),
      ...(process.env['XDG_RUNTIME_DIR'] ? [join(process.env['XDG_RUNTIME_DIR'], 'docker.sock')] : []),
    ];
    if (!process.env['DOCKER_HOST'] && !sockets.some((s) => existsSync(s))) return false;
    try {
      const { getContainerRuntimeClient } = await import('testcontainers');
      await getContainerRuntimeClient();
      return true;
    } catch {
      return false;
    }
  })();
  return dockerAnswer;
}

/**
 * nats-server in a container. Uses testcontainers' GenericContainer with the official image
 * rather than @testcontainers/nats: that module hard-wires `--user test --pass test`,
 * which conflicts with the account/nkey configs the tests generate. Host ports are fixed
 * (reserved up front) and the work dir is bind-mounted, so restart() is a new container on
 * the same ports with the same store.
 */
export class DockerNatsServer implements NatsServerHandle {
  readonly backend = 'docker' as const;
  readonly name: string;
  readonly dir: string;
  readonly storeDir: string;
  readonly configPath: string;
  host = '127.0.0.1';
  port = 0;
  monitorPort = 0;
  private container: StartedTestContainer | undefined;
  private lines: string[] = [];
  private lineWaiters = new Set<(line: string) => void>();
  private stopped = false;
  private readonly unregister: () => void;

  constructor(private readonly opts: StartNatsOptions) {
    this.name = opts.serverName ?? uniqueName('ilr-nats');
    this.dir = makeWorkDir();
    this.storeDir = join(this.dir, 'store');
    this.configPath = join(this.dir, 'nats.conf');
    mkdirSync(this.storeDir, { recursive: true });
    const dir = this.dir;
    // Containers themselves are reaped by testcontainers (Ryuk); the work dir is ours.
    this.unregister = onProcessExit(() => rmSync(dir, { recursive: true, force: true }));
  }

  get url(): string {
    return `nats://${this.host}:${this.port}`;
  }
  get monitorUrl(): string {
    return `http://${this.host}:${this.monitorPort}`;
  }
  get pid(): number | undefined {
    return undefined;
  }
  get running(): boolean {
    return this.container !== undefined;
  }
  logs(): string {
    return this.lines.slice(-60).join('\n');
  }

  private writeConfig(): void {
    for (const [file, text] of Object.entries(this.opts.files ?? {})) writeFileSync(join(this.dir, file), text);
    writeFileSync(
      this.configPath,
      renderConfig({
        serverName: this.name,
        host: '0.0.0.0',
        port: CLIENT_PORT,
        monitorPort: MONITOR_PORT,
        ctx: { dir: IN_DIR, storeDir: `${IN_DIR}/store` },
        jetstream: this.opts.jetstream,
        config: this.opts.config,
      }),
    );
  }

  async start(): Promise<void> {
    if (this.stopped) throw new NatsHarnessError(`nats server ${this.name} was stopped; start a new one`);
    if (this.container) return;
    if (!this.port || !this.monitorPort) {
      const [p, m] = await reserveFreePorts(2);
      this.port = this.opts.port ?? p!;
      this.monitorPort = this.opts.monitorPort ?? m!;
    }
    this.writeConfig();
    const timeoutMs = this.opts.readyTimeoutMs ?? 60_000;
    const { GenericContainer, Wait } = await import('testcontainers');
    let c = new GenericContainer(IMAGE)
      .withCommand(['-c', `${IN_DIR}/nats.conf`, ...(this.opts.debug ? ['-DV'] : []), ...(this.opts.args ?? [])])
      .withExposedPorts({ container: CLIENT_PORT, host: this.port }, { container: MONITOR_PORT, host: this.monitorPort })
      .withBindMounts([{ source: this.dir, target: IN_DIR, mode: 'rw' }])
      .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
      .withStartupTimeout(timeoutMs);
    // Files the server writes into the bind mount stay removable by us.
    if (typeof process.getuid === 'function' && typeof process.getgid === 'function') {
      c = c.withUser(`${process.getuid()}:${process.getgid()}`);
    }
    try {
      this.container = await c.start();
    } catch (e) {
      throw new NatsHarnessError(`cannot start ${IMAGE} container for ${this.name}: ${(e as Error).message}`, { cause: e });
    }
    this.host = this.container.getHost();
    const stream = await this.container.logs();
    createInterface({ input: stream }).on('line', (l) => {
      this.lines.push(l);
      if (this.lines.length > 400) this.lines.splice(0, this.lines.length - 400);
      for (const w of [...this.lineWaiters]) w(l);
    });
    await waitUntil(
      `${this.name} /healthz`,
      async () => ((await httpJson(`${this.monitorUrl}/healthz`)).status === 200 ? true : undefined),
      { timeoutMs },
    );
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const started = this.container;
    if (!started) return;
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await getContainerRuntimeClient();
    const container = client.container.getById(started.getId());
    await container.kill({ signal });
    if (TERMINATING.has(signal)) {
      await container.wait();
      await client.container.remove(container, { removeVolumes: true });
      this.container = undefined;
    }
  }

  async restart(): Promise<void> {
    await this.shutdown();
    await this.start();
  }

  async reload(config?: StartNatsOptions['config']): Promise<void> {
    if (!this.container) throw new NatsHarnessError(`nats server ${this.name} is not running`);
    if (config !== undefined) this.opts.config = config;
    this.writeConfig();
    const line = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.lineWaiters.delete(w);
        reject(new NatsHarnessError(`timed out waiting for ${this.name} to reload`, { logs: this.logs() }));
      }, 10_000);
      const w = (l: string): void => {
        if (/Reloaded server configuration|Failed to reload/.test(l)) {
          clearTimeout(timer);
          this.lineWaiters.delete(w);
          resolve(l);
        }
      };
      this.lineWaiters.add(w);
    });
    await this.kill('SIGHUP');
    const l = await line;
    if (/Failed to reload/.test(l)) throw new NatsHarnessError(`nats server ${this.name}: ${l}`, { logs: this.logs() });
  }

  private async shutdown(): Promise<void> {
    const c = this.container;
    this.container = undefined;
    if (c) await c.stop({ timeout: 10_000 });
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
}
