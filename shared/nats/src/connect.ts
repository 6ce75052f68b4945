import { coalesceWrites } from './coalesce.js';
import { readFile } from 'node:fs/promises';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { Svcm } from '@nats-io/services';
import {
  connect,
  credsAuthenticator,
  errors,
  jwtAuthenticator,
  nkeyAuthenticator,
  type NatsConnection,
  type NodeConnectionOptions,
} from '@nats-io/transport-node';
import { PipelinedPublisher, type StreamPublisher } from './publish.js';
import { PipelinedRequester } from './request.js';
import { NatsSetupError } from './errors.js';

export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

/** How a client proves who it is. ILR users (libraries, services, operators) use nkey seed files (`seedFile`, @ilr/access). */
export type NatsCredentials =
  /** Path to a `.creds` file (decorated JWT + nkey seed, as `nsc` writes it). */
  | { credsFile: string }
  /** The contents of a `.creds` file. */
  | { creds: string | Uint8Array }
  /** A user JWT and its nkey seed (`SU...`). */
  | { jwt: string; seed: string | Uint8Array }
  /** Plain nkey authentication (server config lists the public key). */
  | { seed: string | Uint8Array }
  /** A file holding an nkey user seed (`SU...`), as `ilr libraries add` writes it (keys/<name>.nk). */
  | { seedFile: string }
  | { user: string; pass: string }
  | { token: string };

export interface ConnectNatsOptions {
  /** Server URL(s). Default: NATS_URL (comma-separated allowed), else nats://127.0.0.1:4222. */
  servers?: string | string[];
  /** Client name shown in the server's monitoring (e.g. `ilr-router`, `connector-mt-bozeman`). */
  name?: string;
  /** Default: from the environment (credentialsFromEnv: NATS_CREDS, NATS_NKEY_SEED_FILE, NATS_NKEY_SEED), else none. */
  credentials?: NatsCredentials;
  /**
   * Inbox prefix for request replies. A library restricted to its own subjects gets
   * `_INBOX.<library>` (see libraryPermissions) and must connect with it.
   */
  inboxPrefix?: string;
  /**
   * JetStream API prefix of jetstream() and jetstreamManager(). A member library's
   * connection is in the library's own NATS account, where the broker's consumer API is
   * imported under a prefix of its own (@ilr/access LIBRARY_JS_API_PREFIX). Default:
   * NATS_JS_API_PREFIX, else `$JS.API`.
   */
  jsApiPrefix?: string;
  /** Wait between reconnect attempts, plus up to `reconnectJitterMs` random. Default 1000 + 1000. */
  reconnectTimeWaitMs?: number;
  reconnectJitterMs?: number;
  /** Handshake timeout of the first connection. Default 5000 ms. */
  timeoutMs?: number;
  /** Anything else nats.js accepts (overrides the above). */
  connectionOptions?: Partial<NodeConnectionOptions>;
}

/** A NATS connection with lazily created JetStream and KV handles. */
export interface IlrNats {
  readonly nc: NatsConnection;
  /** The servers this connection was configured with. */
  readonly servers: string[];
  /** JetStream publish/consume API (created on first use). */
  jetstream(): JetStreamClient;
  /**
   * Publishes to streams and waits for each PubAck, pipelined over one reply
   * subscription (created on first use): what every ILR writer uses instead of
   * jetstream().publish (publish.ts says why).
   */
  publisher(): StreamPublisher;
  /**
   * Core request/reply pipelined over one reply subscription (created on first use): what
   * ILR services use instead of nc.request on hot paths (request.ts says why).
   */
  requester(): PipelinedRequester;
  /** JetStream management API (created on first use; fails clearly if JetStream is off). */
  jetstreamManager(): Promise<JetStreamManager>;
  /** An existing KV bucket (see KV_BUCKETS); fails clearly if it was never provisioned. */
  kv(bucket: string): Promise<KV>;
  /** The micro-services manager (@nats-io/services), e.g. for the `ilr-policy` service. */
  services(): Svcm;
  /** Drain subscriptions and close. */
  close(): Promise<void>;
}

/** The servers to use: explicit, else NATS_URL, else the default. */
export function resolveServers(servers?: string | string[]): string[] {
  const list = servers ?? process.env['NATS_URL'] ?? DEFAULT_NATS_URL;
  const out = (Array.isArray(list) ? list : list.split(',')).map((s) => s.trim()).filter(Boolean);
  if (out.length === 0) throw new NatsSetupError('CONFIG', 'no NATS server given (servers option or NATS_URL)');
  return out;
}

const toBytes = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s.trim()) : s);

/**
 * A `.creds` file holds two armored blocks (JWT, then seed). nats.js would only notice a
 * malformed one while connecting and report it as a connection failure; check up front.
 */
function credsBytes(creds: string | Uint8Array, source: string): Uint8Array {
  let text = typeof creds === 'string' ? creds : new TextDecoder().decode(creds);
  if (!text.endsWith('\n')) text += '\n'; // nats.js's parser needs the newline after the last block
  const blocks = text.match(/[-]{3,}[^\n]*[-]{3,}\n.+\n\s*[-]{3,}[^\n]*[-]{3,}\n/g) ?? [];
  if (blocks.length < 2) {
    throw new NatsSetupError('CONFIG', `${source} is not a NATS .creds file (expected a user JWT block and an nkey seed block)`);
  }
  return new TextEncoder().encode(text);
}

/** An nkey seed file: one line `SU...`. The seed is never put into an error message. */
async function seedFileBytes(path: string): Promise<Uint8Array> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).trim();
  } catch (e) {
    throw new NatsSetupError('CONFIG', `cannot read NATS nkey seed file ${path}: ${(e as Error).message}`, { cause: e });
  }
  if (!/^SU[A-Z2-7]{56}$/.test(text)) throw new NatsSetupError('CONFIG', `${path} does not hold an nkey user seed (one line SU...)`);
  return new TextEncoder().encode(text);
}

/**
 * Credentials from the environment, for services and connectors started by systemd or a
 * container: NATS_CREDS (a .creds file), NATS_NKEY_SEED_FILE (a seed file), or
 * NATS_NKEY_SEED (the seed itself; prefer the file: the environment of a process is
 * readable in more places than a 0600 file). At most one may be set.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): NatsCredentials | undefined {
  const set = (['NATS_CREDS', 'NATS_NKEY_SEED_FILE', 'NATS_NKEY_SEED'] as const).filter((k) => env[k]);
  if (set.length > 1) throw new NatsSetupError('CONFIG', `set only one of ${set.join(', ')}`);
  if (env['NATS_CREDS']) return { credsFile: env['NATS_CREDS'] };
  if (env['NATS_NKEY_SEED_FILE']) return { seedFile: env['NATS_NKEY_SEED_FILE'] };
  const seed = env['NATS_NKEY_SEED']?.trim();
  if (seed === undefined) return undefined;
  if (!/^SU[A-Z2-7]{56}$/.test(seed)) throw new NatsSetupError('CONFIG', 'NATS_NKEY_SEED is not an nkey user seed (SU...)');
  return { seed };
}

async function authOptions(c: NatsCredentials | undefined): Promise<Partial<NodeConnectionOptions>> {
  if (!c) return {};
  if ('credsFile' in c) {
    let text: Uint8Array;
    try {
      text = await readFile(c.credsFile);
    } catch (e) {
      throw new NatsSetupError('CONFIG', `cannot read NATS credentials file ${c.credsFile}: ${(e as Error).message}`, { cause: e });
    }
    return { authenticator: credsAuthenticator(credsBytes(text, c.credsFile)) };
  }
  if ('creds' in c) return { authenticator: credsAuthenticator(credsBytes(c.creds, 'the creds option')) };
  if ('jwt' in c) return { authenticator: jwtAuthenticator(c.jwt, toBytes(c.seed)) };
  if ('seed' in c) return { authenticator: nkeyAuthenticator(toBytes(c.seed)) };
  if ('seedFile' in c) return { authenticator: nkeyAuthenticator(await seedFileBytes(c.seedFile)) };
  if ('user' in c) return { user: c.user, pass: c.pass };
  return { token: c.token };
}

function isAuthError(e: unknown): boolean {
  for (let x: unknown = e; x instanceof Error; x = x.cause) {
    if (x instanceof errors.AuthorizationError || x instanceof errors.UserAuthenticationExpiredError) return true;
    if (/authori[sz]ation violation|authentication/i.test(x.message)) return true;
  }
  return false;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * THE way ILR code connects to NATS. Reconnects forever with a jittered wait (so a
 * restarted server is not hit by every client at once), and turns a failed first
 * connection into an error that says what to do.
 */
export async function connectNats(opts: ConnectNatsOptions = {}): Promise<IlrNats> {
  const servers = resolveServers(opts.servers);
  const auth = await authOptions(opts.credentials ?? credentialsFromEnv());
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers,
      ...(opts.name ? { name: opts.name } : {}),
      ...(opts.inboxPrefix ? { inboxPrefix: opts.inboxPrefix } : {}),
      ...auth,
      reconnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: opts.reconnectTimeWaitMs ?? 1000,
      reconnectJitter: opts.reconnectJitterMs ?? 1000,
      reconnectJitterTLS: opts.reconnectJitterMs ?? 1000,
      timeout: opts.timeoutMs ?? 5000,
      // A rejected credential is not going to start working on retry.
      ignoreAuthErrorAbort: false,
      // nats.js otherwise builds an Error (with a stack) for every request and JetStream
      // publish in case it fails: about a third of the router's CPU. Errors keep their message.
      noAsyncTraces: true,
      ...opts.connectionOptions,
    });
  } catch (e) {
    const where = servers.join(', ');
    if (isAuthError(e)) {
      throw new NatsSetupError('AUTH', `NATS at ${where} refused the credentials: ${reason(e)}`, { cause: e });
    }
    throw new NatsSetupError(
      'UNREACHABLE',
      `cannot reach NATS at ${where}: ${reason(e)}; is nats-server running? set NATS_URL`,
      { cause: e },
    );
  }
  // One socket write per event-loop turn (coalesce.ts); ILR_NATS_COALESCE=off keeps nats.js's own flushing.
  if (process.env['ILR_NATS_COALESCE'] !== 'off') coalesceWrites(nc);
  const apiPrefix = opts.jsApiPrefix ?? process.env['NATS_JS_API_PREFIX'];
  return wrap(nc, servers, apiPrefix ? { apiPrefix } : {}, opts.inboxPrefix);
}

/** Wrap an existing connection (e.g. one made by a test) with the lazy accessors. */
export function wrapConnection(nc: NatsConnection, servers: string[] = []): IlrNats {
  return wrap(nc, servers);
}

function wrap(nc: NatsConnection, servers: string[], jsOptions: { apiPrefix?: string } = {}, inboxPrefix?: string): IlrNats {
  let js: JetStreamClient | undefined;
  let requester: PipelinedRequester | undefined;
  let publisher: PipelinedPublisher | undefined;
  let jsm: Promise<JetStreamManager> | undefined;
  const buckets = new Map<string, Promise<KV>>();
  let svcm: Svcm | undefined;

  const getRequester = (): PipelinedRequester => (requester ??= new PipelinedRequester(nc, inboxPrefix ? { inboxPrefix } : {}));

  const getJsm = (): Promise<JetStreamManager> => {
    jsm ??= jetstreamManager(nc, jsOptions).catch((e: unknown) => {
      jsm = undefined; // let a later call retry (e.g. after a reconnect)
      throw new NatsSetupError('NOT_PROVISIONED', `JetStream is not available: ${reason(e)}`, { cause: e });
    });
    return jsm;
  };

  const openKv = async (bucket: string): Promise<KV> => {
    const kv = await new Kvm(nc).open(bucket);
    try {
      await kv.status(); // open() binds without checking; fail here, not on first get()
    } catch (e) {
      throw new NatsSetupError('NOT_PROVISIONED', `KV bucket ${bucket} is not available (run provision): ${reason(e)}`, {
        cause: e,
      });
    }
    return kv;
  };

  return {
    nc,
    servers,
    jetstream: () => (js ??= jetstream(nc, jsOptions)),
    requester: getRequester,
    publisher: () => (publisher ??= new PipelinedPublisher(getRequester())),
    jetstreamManager: getJsm,
    kv(bucket: string): Promise<KV> {
      let p = buckets.get(bucket);
      if (!p) {
        p = openKv(bucket);
        buckets.set(bucket, p);
        p.catch(() => buckets.delete(bucket));
      }
      return p;
    },
    // @nats-io/services 3.0.0-25 (the newest release) pins its own @nats-io/nats-core
    // 3.0.0-50, whose NatsConnection type no longer matches 3.4's although the runtime
    // API it uses is the same; the cast lives here so no caller needs one.
    services: () => (svcm ??= new Svcm(nc as unknown as ConstructorParameters<typeof Svcm>[0])),
    close: async () => {
      if (!nc.isClosed()) await nc.drain();
      requester?.close();
    },
  };
}
