/** Where the server runs: a local nats-server process, or a container (testcontainers). */
export type NatsBackend = 'local' | 'docker';

/** Paths a config generator may reference, as the *server* sees them (differ under docker). */
export interface ConfigContext {
  /** The server's private work directory (holds the config; put key/jwt files here). */
  dir: string;
  /** JetStream store directory. */
  storeDir: string;
}

export interface StartNatsOptions {
  /**
   * Extra server configuration appended after the generated base (listen ports, monitor,
   * server_name, jetstream). Use it for accounts, users, nkeys, permissions. Do not
   * redeclare `port`, `http` or `jetstream` here (use `port` / `jetstream` below).
   * A function receives the paths as the server sees them.
   */
  config?: string | ((ctx: ConfigContext) => string);
  /** Extra files written into the work dir before start (e.g. `{ 'sys.jwt': '...' }`). */
  files?: Record<string, string>;
  /** Extra nats-server command line arguments. */
  args?: string[];
  /** Fixed client port. Default: the server picks a free one (`-1`), kept across restarts. */
  port?: number;
  /** Fixed monitoring port. Default: a free one, kept across restarts. */
  monitorPort?: number;
  /** JetStream: true (default), false, or extra lines for the `jetstream {}` block. */
  jetstream?: boolean | string;
  /** Server name (JetStream and clustering need stable names). Default: a unique one. */
  serverName?: string;
  /** Pass -DV to the server (verbose logs, kept in `logs()`). */
  debug?: boolean;
  /** How long to wait for readiness (start and restart). Default 30 s. */
  readyTimeoutMs?: number;
  /** Backend: 'auto' (default; env ILR_NATS_BACKEND overrides), 'local' or 'docker'. */
  backend?: NatsBackend | 'auto';
  /**
   * Start from this server configuration file (e.g. a generated deploy config) instead of
   * the generated one; local backend only. The file is used as it is (its includes, store
   * dir, server name, cluster block) except host, client and monitor ports, which are
   * given on the command line (`-a -p -m`) and override it. `config`, `files`, `jetstream`
   * and `serverName` are ignored (`name` is only a label then); `reload()` (without
   * arguments) re-reads the file.
   */
  configFile?: string;
}

export interface NatsServerHandle {
  readonly backend: NatsBackend;
  readonly name: string;
  /** `nats://host:port`, stable across restarts. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly monitorPort: number;
  /** `http://host:monitorPort`. */
  readonly monitorUrl: string;
  /** Work directory (config, extra files, store). Removed by stop(). */
  readonly dir: string;
  /** JetStream store directory (host path). Survives kill() and restart(). */
  readonly storeDir: string;
  /** Generated config file (host path). Until the first restart, ports the server picked itself read -1. */
  readonly configPath: string;
  /** Process id of the current server (local backend, while running). */
  readonly pid: number | undefined;
  readonly running: boolean;
  /** Stop gracefully and remove the work directory. Final; safe to call twice. */
  stop(): Promise<void>;
  /**
   * Send a signal (default SIGKILL, for chaos tests). For terminating signals the promise
   * resolves once the server is gone; the store directory is kept for restart().
   */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /**
   * Start again on the same ports with the same store dir (stops it gracefully first if
   * running). Resolves when ready: a standalone server answers /healthz; a cluster node
   * has rejoined (knows the meta leader); its replicas may still be catching up.
   */
  restart(): Promise<void>;
  /** Rewrite the extra config and hot-reload it (SIGHUP); resolves when the server has reloaded. */
  reload(config?: StartNatsOptions['config']): Promise<void>;
  /** Recent server log lines (for failure messages). */
  logs(): string;
}

export interface StartClusterOptions {
  /** Cluster name shared by the nodes. Default: a unique one. */
  name?: string;
  /** Extra config for every node (see StartNatsOptions.config). */
  config?: StartNatsOptions['config'];
  /** Extra lines for each node's `jetstream {}` block. */
  jetstream?: string;
  debug?: boolean;
  /** How long to wait for the cluster to elect a JetStream meta leader. Default 60 s. */
  readyTimeoutMs?: number;
}

export interface NatsClusterHandle {
  readonly name: string;
  readonly nodes: readonly NatsServerHandle[];
  /** Client URLs of every node (pass as `servers`). */
  readonly servers: string[];
  /** Resolves with the meta leader's server name once every running node agrees on one. */
  waitForMetaLeader(timeoutMs?: number): Promise<string>;
  /** Stop every node and remove their directories. */
  stop(): Promise<void>;
}
