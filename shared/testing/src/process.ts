// A service (router, policy service, ...) as a real child process, so a test can kill -9 it
// and start it again: what a crash does to a service, not what a stop() does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { onProcessExit } from './cleanup.js';
import { NatsHarnessError } from './errors.js';

const LOG_LINES = 400;
const TERMINATING = new Set<NodeJS.Signals>(['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGQUIT']);

export interface ServiceProcessOptions {
  /** A short name for errors, e.g. `router`. */
  name: string;
  /**
   * A TypeScript entry point, run from source without a build:
   * `node --conditions=source --import tsx <main>`. Give this or `command`.
   */
  main?: string;
  /** Or any command (with `args`), e.g. a built `dist/main.js` under `process.execPath`. */
  command?: string;
  args?: string[];
  /** Added to the test process's environment (e.g. NATS_URL, ILR_LOG_LEVEL). */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /**
   * Ready once a line of its stdout/stderr matches (e.g. `/"msg":"router started"/`).
   * Without it, ready as soon as the process has spawned.
   */
  ready?: RegExp;
  /** How long start() waits for `ready`. Default 30 s. */
  readyTimeoutMs?: number;
  /** Copy every output line to the test's stderr, prefixed with the name. Default: env ILR_TEST_ECHO=1. */
  echo?: boolean;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** False when the process ended without kill()/stop() asking it to (a crash). */
  expected: boolean;
}

export interface ServiceProcess {
  readonly name: string;
  /** Process id while running. */
  readonly pid: number | undefined;
  readonly running: boolean;
  /** How many times it was started (1 after startService). */
  readonly starts: number;
  /** How the last run ended; undefined while the first run is still going. */
  readonly lastExit: ExitStatus | undefined;
  /** Every run that ended without being asked to (code, signal): a crash the test should see. */
  readonly crashes: readonly ExitStatus[];
  /** Start it (again) and wait until it is ready. */
  start(): Promise<void>;
  /** Send a signal (default SIGKILL); for terminating signals resolves once it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Graceful stop (SIGTERM, SIGKILL after 10 s), then start. */
  restart(): Promise<void>;
  /** Graceful stop; final (start() refuses afterwards). Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves with the next output line matching `re` (from now on); rejects if it exits first. */
  waitForLine(re: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves when the current run has ended (at once if it is not running). */
  waitForExit(): Promise<ExitStatus | undefined>;
  /** Recent output lines (for failure messages). */
  logs(): string;
}

let pdeathsig: boolean | undefined;
/** As for nats-server (local.ts): the child dies with the test process even on its SIGKILL. */
function usePdeathsig(): boolean {
  if (pdeathsig === undefined) {
    pdeathsig =
      process.platform === 'linux' &&
      spawnSync('setpriv', ['--help'], { encoding: 'utf8' }).stdout?.includes('--pdeathsig') === true;
  }
  return pdeathsig;
}

let tsxLoader: string | undefined;
/** tsx's loader as a file URL, so the child finds it whatever its cwd (the workspace root has tsx). */
function tsx(): string {
  if (tsxLoader === undefined) {
    try {
      tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    } catch {
      tsxLoader = 'tsx';
    }
  }
  return tsxLoader;
}

/** `node --conditions=source --import tsx <main>`: a service's src/main.ts, no build needed. */
export function sourceCommand(main: string): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--conditions=source', '--import', tsx(), main] };
}

class ChildService implements ServiceProcess {
  readonly name: string;
  private child: ChildProcess | undefined;
  private alive = false;
  private exited: Promise<void> = Promise.resolve();
  private expectingExit = false;
  private stopped = false;
  private lines: string[] = [];
  private lineWaiters = new Set<(line: string) => void>();
  private readonly unregister: () => void;
  private readonly crashList: ExitStatus[] = [];
  starts = 0;
  lastExit: ExitStatus | undefined;

  constructor(private readonly opts: ServiceProcessOptions) {
    if (!opts.main === !opts.command) throw new NatsHarnessError(`service ${opts.name}: give exactly one of main or command`);
    this.name = opts.name;
    this.unregister = onProcessExit(() => this.child?.kill('SIGKILL'));
  }

  get pid(): number | undefined {
    return this.alive ? this.child?.pid : undefined;
  }
  get running(): boolean {
    return this.alive;
  }
  get crashes(): readonly ExitStatus[] {
    return this.crashList;
  }

  logs(): string {
    return this.lines.slice(-60).join('\n');
  }

  private onLine(line: string): void {
    this.lines.push(line);
    if (this.lines.length > LOG_LINES) this.lines.splice(0, this.lines.length - LOG_LINES);
    if (this.opts.echo ?? process.env['ILR_TEST_ECHO'] === '1') process.stderr.write(`[${this.name}] ${line}\n`);
    for (const w of [...this.lineWaiters]) w(line);
  }

  waitForLine(re: RegExp, timeoutMs = 30_000): Promise<string> {
    const child = this.child;
    return new Promise<string>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.lineWaiters.delete(waiter);
        child?.off('close', onExit);
      };
      const waiter = (line: string): void => {
        if (!re.test(line)) return;
        done();
        resolve(line);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        done();
        reject(this.error(`exited (${signal ?? `code ${code}`}) while waiting for ${re}`));
      };
      const timer = setTimeout(() => {
        done();
        reject(this.error(`no output line matching ${re} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.lineWaiters.add(waiter);
      // 'close', not 'exit': by then every line it printed has been read (and is in the error).
      if (!this.alive) onExit(this.lastExit?.code ?? null, this.lastExit?.signal ?? null);
      else child?.once('close', onExit);
    });
  }

  private error(what: string): NatsHarnessError {
    return new NatsHarnessError(`service ${this.name} ${what}\n--- ${this.name} output (tail) ---\n${this.logs()}`);
  }

  async start(): Promise<void> {
    if (this.stopped) throw new NatsHarnessError(`service ${this.name} was stopped; start a new one`);
    if (this.alive) return;
    const { command, args } = this.opts.main ? sourceCommand(this.opts.main) : { command: this.opts.command!, args: this.opts.args ?? [] };
    const [cmd, argv] = usePdeathsig() ? ['setpriv', ['--pdeathsig', 'KILL', '--', command, ...args]] : [command, args];
    const child = spawn(cmd, argv, {
      cwd: this.opts.cwd,
      env: { ...process.env, ...this.opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.alive = true;
    this.expectingExit = false;
    this.starts += 1;
    const spawned = new Promise<void>((resolve, reject) => {
      child.once('spawn', () => resolve());
      child.once('error', (e) => reject(new NatsHarnessError(`cannot start service ${this.name} (${command}): ${e.message}`, { cause: e })));
    });
    // Armed before anything can match, so a fast service cannot print its line unseen.
    const ready = this.opts.ready ? this.waitForLine(this.opts.ready, this.opts.readyTimeoutMs ?? 30_000) : undefined;
    ready?.catch(() => undefined); // observed below
    // 'close' comes after 'exit' once the pipes are drained: no line of this run arrives after it.
    this.exited = new Promise<void>((resolve) => {
      const gone = (code: number | null, signal: NodeJS.Signals | null): void => {
        this.alive = false;
        const status = { code, signal, expected: this.expectingExit };
        this.lastExit = status;
        if (!status.expected) this.crashList.push(status);
        resolve();
      };
      child.once('close', gone);
      child.once('error', () => gone(null, null));
    });
    // Always drain both pipes: a full pipe would block the service.
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', (l) => this.onLine(l));
    }
    try {
      await spawned;
      await ready;
    } catch (e) {
      await this.kill('SIGKILL'); // never leave a half-started service behind
      throw e;
    }
  }

  async waitForExit(): Promise<ExitStatus | undefined> {
    await this.exited;
    return this.lastExit;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.alive) return;
    if (TERMINATING.has(signal)) this.expectingExit = true;
    this.child?.kill(signal);
    if (TERMINATING.has(signal)) await this.exited;
  }

  private async shutdown(): Promise<void> {
    if (!this.alive) return;
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

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await this.shutdown();
    } finally {
      this.unregister();
    }
  }
}

/**
 * Start a service as a child process and wait until it is ready. It is killed when the
 * test process exits (also on the test process's own SIGKILL, on Linux).
 */
export async function startService(opts: ServiceProcessOptions): Promise<ServiceProcess> {
  const service = new ChildService(opts);
  await service.start();
  return service;
}
