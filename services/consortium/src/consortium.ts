// A local consortium in the shape of a real one: generated credentials (@ilr/access: the
// broker's account ILR with one NATS user per service and the operators, one account per
// library), a nats-server on that configuration with a temporary JetStream store, the
// streams and buckets, the sample directory with each library's signing key, then the
// parts (parts.ts): the broker's services, a signing reference connector per library of
// directory.yaml, an ISO 18626 gateway beside a simulated ILL system per library of
// gateways.yaml (gateways.ts).
// With NATS_URL (natsUrl) it uses that server as it is, without generated credentials.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AccessStore, LIBRARY_JS_API_PREFIX, OPERATOR_PRINCIPAL, principalKind, reviewerPrincipal, type LibraryReviewRole } from '@ilr/access';
import type { ReferenceConnector } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger, type Logger } from '@ilr/log';
import { connectNats, libraryInboxPrefix, provision, type IlrNats } from '@ilr/nats';
import type { LibraryEntry } from '@ilr/policy';
import { Components } from './components.js';
import type { GatewaySite } from './gateways.js';
import { startLocalNats } from './nats-server.js';
import { PARTS, type ConsortiumPart, type LibraryAccess, type PartContext } from './parts.js';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../deploy/sample/', import.meta.url));

export interface ConsortiumOptions {
  /** Use this NATS (as it is: no generated credentials) instead of starting one. */
  natsUrl?: string | undefined;
  /** Client port of the nats-server started here; default any free port. */
  port?: number;
  sampleDir?: string;
  /** Log level of the services and connectors (their lines go to stderr). */
  logLevel?: string;
  /** The parts to start after NATS and the directory; default PARTS. */
  parts?: readonly ConsortiumPart[];
}

export interface Consortium {
  url: string;
  /** The operators' connection (ilr-operator). */
  nats: IlrNats;
  libraries: string[];
  connectors: Map<string, ReferenceConnector>;
  /** The gateway libraries' gateways and simulated ILL systems (gateways.yaml). */
  gateways: Map<string, GatewaySite>;
  components: Components;
  /** The generated credentials store (undefined on NATS_URL): keys/<name>.nk, nats/*.conf. */
  access: AccessStore | undefined;
  /** A new connection as a principal (a library id, `ilr-router`..., `ilr-operator`); closed by stop(). */
  connect(principal: string): Promise<IlrNats>;
  /** Stops everything, the nats-server last; resolves within `deadlineMs` (default 2500) whatever hangs. */
  stop(deadlineMs?: number): Promise<void>;
}

const withDeadline = (p: Promise<unknown>, ms: number): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    p.catch(() => undefined).finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });

export async function startConsortium(opts: ConsortiumOptions = {}): Promise<Consortium> {
  const sampleDir = opts.sampleDir ?? SAMPLE_DIR;
  const level = opts.logLevel ?? process.env.ILR_LOG_LEVEL ?? 'warn';
  const logger = (name: string): Logger => createLogger(name, { level, destination: process.stderr });
  const components = new Components();
  const connectors = new Map<string, ReferenceConnector>();
  const gateways = new Map<string, GatewaySite>();
  const stops: Array<() => Promise<void>> = [];
  let serverStop: (() => Promise<void>) | undefined;
  let workDir: string | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (deadlineMs = 2500): Promise<void> =>
    (stopping ??= (async () => {
      const until = Date.now() + deadlineMs;
      // Clients first (the services finish the work in hand), then the server, then its files.
      await withDeadline(
        (async () => {
          for (const s of stops.reverse()) await s().catch(() => undefined);
        })(),
        Math.max(0, until - Date.now() - 700),
      );
      if (serverStop) await serverStop();
      if (workDir) await rm(workDir, { recursive: true, force: true });
    })());

  try {
    const members = await loadDirectoryFile(join(sampleDir, 'directory.yaml'));
    // Libraries whose ILL systems speak ISO 18626: they run a gateway, not a reference connector.
    const gatewayFile = join(sampleDir, 'gateways.yaml');
    const withGateway = existsSync(gatewayFile) ? await loadDirectoryFile(gatewayFile) : [];
    for (const g of withGateway) {
      if (members.some((m) => m.id === g.id)) throw new Error(`${gatewayFile}: library ${g.id} is in directory.yaml too`);
    }
    const entries = [...members, ...withGateway];
    const gatewayLibraries = new Set(withGateway.map((g) => g.id));
    let url: string;
    let access: AccessStore | undefined;
    if (opts.natsUrl) {
      url = opts.natsUrl;
    } else {
      workDir = await mkdtemp(join(tmpdir(), 'ilr-consortium-'));
      access = await AccessStore.open(join(workDir, 'access'), { deployment: { storeDir: join(workDir, 'nats-store') } });
      await access.ensureBroker();
      // Each library's director gets a reviewer credential (ilr review --creds; the console
      // holds the ones of directors with a console account).
      for (const { id } of entries) {
        await access.addLibrary(id);
        await access.addReviewer(id, 'director');
      }
      await access.writeConfigs();
      const server = await startLocalNats(join(access.natsDir, 'single.conf'), { ...(opts.port ? { port: opts.port } : {}) });
      serverStop = () => server.stop(700);
      url = server.url;
      components.add('nats', url);
      components.add('nats monitoring', server.monitorUrl);
    }
    if (!components.get('nats')) components.add('nats', url);

    const store = access;
    const connect = async (principal: string): Promise<IlrNats> => {
      const library = principalKind(principal) === 'library';
      const nats = await connectNats({
        servers: url,
        name: library ? `connector-${principal}` : principal,
        ...(store ? { credentials: { seedFile: store.seedFile(principal) } } : {}),
        ...(store && library ? { inboxPrefix: libraryInboxPrefix(principal), jsApiPrefix: LIBRARY_JS_API_PREFIX } : {}),
      });
      stops.push(() => nats.close());
      return nats;
    };
    const seeds = new Map<string, string>();
    for (const { id } of store ? entries : []) seeds.set(id, (await readFile(store!.seedFile(id), 'utf8')).trim());
    const reviewerAccess = (library: string, role: LibraryReviewRole): { seedFile: string } | undefined =>
      store?.principal(reviewerPrincipal(library, role)) ? { seedFile: store.seedFile(reviewerPrincipal(library, role)) } : undefined;
    const libraryAccess = (library: string): LibraryAccess =>
      store ? { credentials: { seedFile: store.seedFile(library) }, jsApiPrefix: LIBRARY_JS_API_PREFIX, signingSeed: seeds.get(library)! } : {};

    const nats = await connect(OPERATOR_PRINCIPAL);
    const libraries = entries.map((e) => e.id);
    await provision(nats, { replicas: 1, libraries });
    const directory = await Directory.open(nats);
    // Every library signs: its directory entry lists the public key of its nkey.
    const listed: LibraryEntry[] = entries.map((e) => (store ? { ...e, signingKeys: store.principal(e.id)!.keys.map((k) => k.publicKey) } : e));
    for (const entry of listed) await directory.put(entry);

    const ctx: PartContext = {
      url,
      sampleDir,
      libraries: listed,
      gatewayLibraries,
      components,
      connectors,
      gateways,
      logger,
      connect,
      libraryAccess,
      reviewerAccess,
      onStop: (s) => void stops.push(s),
    };
    for (const part of opts.parts ?? PARTS) {
      try {
        await part.start(ctx);
      } catch (e) {
        throw new Error(`the consortium's ${part.name} did not start: ${(e as Error).message}`, { cause: e });
      }
    }
    return { url, nats, libraries, connectors, gateways, components, access, connect, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
