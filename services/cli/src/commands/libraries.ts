// `ilr libraries ...`: member libraries' NATS credentials, the generated nats-server
// configuration, and their directory entries. The credentials store is a directory on the
// operator's machine (--dir, default deploy/generated or ILR_ACCESS_DIR); see
// docs/OPERATIONS.md for the whole procedure.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  AccessError,
  AccessStore,
  LIBRARY_JS_API_PREFIX,
  LIBRARY_REVIEW_ROLES,
  OPERATOR_PRINCIPAL,
  principalKind,
  reloadNatsServer,
  reviewerPrincipal,
  type LibraryReviewRole,
  type PrincipalRecord,
} from '@ilr/access';
import { Directory, DirectoryError } from '@ilr/directory';
import { NatsSetupError, connectNats, credentialsFromEnv, ensureLibraryConsumer, libraryConsumerName, provision, type IlrNats } from '@ilr/nats';
import { zLibraryEntry, type LibraryEntry } from '@ilr/policy';
import type { Command } from 'commander';
import { CliError } from '../output.js';

const DEFAULT_DIR = 'deploy/generated';

interface CommonOptions {
  dir: string;
  offline?: boolean;
  reload?: string;
  monitor?: string;
}

const show = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/** Every known failure becomes one line for the operator. */
async function run(op: () => Promise<void>): Promise<void> {
  try {
    await op();
  } catch (e) {
    if (e instanceof AccessError || e instanceof NatsSetupError || e instanceof DirectoryError) throw new CliError(e.message);
    throw e;
  }
}

function common(cmd: Command, what: { offline?: string; reload?: boolean } = {}): Command {
  cmd.option('--dir <dir>', 'the credentials store (keys, registry, generated nats-server config)', process.env['ILR_ACCESS_DIR'] ?? DEFAULT_DIR);
  if (what.offline) cmd.option('--offline', what.offline);
  if (what.reload) {
    cmd.option('--reload <pid|pidfile>', 'then make nats-server reload its configuration (SIGHUP; this host only; on a cluster reload every node)');
    cmd.option('--monitor <url>', "with --reload: the server's monitoring URL, to wait for each reload (default http://<http of the config>)");
  }
  return cmd;
}

/** Writes the server configuration; prints where. */
async function writeConfig(store: AccessStore): Promise<void> {
  const files = await store.writeConfigs();
  console.log(`server config: ${show(files[0]!)} and ${files.length - 1} more files written`);
}

/**
 * Reloads the server if asked, else says to. Called after any NATS work of the command:
 * nats-server 2.9 may refuse a connection made while it reloads its accounts. A new
 * library (a new account) needs two reloads on nats-server 2.9.10 (@ilr/access reload.ts).
 */
async function reloadOrHint(store: AccessStore, opts: CommonOptions, who: string, times = 1): Promise<void> {
  if (opts.reload) {
    const monitorUrl = opts.monitor ?? `http://${store.deployment().http}`;
    const pid = await reloadNatsServer(opts.reload, { times, monitorUrl });
    console.log(`reload: nats-server ${pid} reloaded its configuration${times > 1 ? ` (${times} times: a new account is bound on the second)` : ''}`);
  } else {
    const how = times > 1 ? 'twice, the second after the first is done' : 'once';
    console.log(`next: reload nats-server ${how} (systemctl reload ilr-nats, or nats-server --signal reload=<pid>) ${who}`);
  }
}

/** The operators' connection: NATS_CREDS / NATS_NKEY_SEED_FILE / NATS_NKEY_SEED, else the store's operator seed. */
async function operatorConnection(store: AccessStore): Promise<IlrNats> {
  const seedFile = store.seedFile(OPERATOR_PRINCIPAL);
  const credentials = credentialsFromEnv() ?? (existsSync(seedFile) ? { seedFile } : undefined);
  return connectNats({ name: 'ilr-cli', timeoutMs: 5000, reconnectTimeWaitMs: 250, ...(credentials ? { credentials } : {}) });
}

async function withDirectory<T>(store: AccessStore, op: (directory: Directory, nats: IlrNats) => Promise<T>): Promise<T> {
  const nats = await operatorConnection(store);
  try {
    return await op(await Directory.open(nats), nats);
  } finally {
    await nats.close();
  }
}

const keysOf = (p: PrincipalRecord): string[] => p.keys.map((k) => k.publicKey);

function parseEntry(fields: Record<string, unknown>): LibraryEntry {
  const parsed = zLibraryEntry.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new CliError(`${field ? `--${field}` : 'the entry'}: ${issue.message}`);
  }
  return parsed.data;
}

export function registerLibraries(program: Command): void {
  const libraries = program
    .command('libraries')
    .description("member libraries' NATS credentials (nkeys), the generated nats-server config, and their directory entries")
    .addHelpText(
      'after',
      `
The store (--dir) holds access.json (public keys), keys/<name>.nk (seeds, 0600) and nats/ (the
generated nats-server config: single.conf, cluster/node-N.conf, auth.conf, routes.conf).
Commands that change the directory connect to NATS (NATS_URL) as the operators, with
NATS_NKEY_SEED_FILE or else <dir>/keys/ilr-operator.nk; --offline skips that part.

Examples:
  ilr libraries init
  ilr libraries add mt-bozeman --name "Bozeman Public Library" --jurisdiction US-MT --groups msc --reload /run/nats/nats.pid
  ilr libraries rotate mt-bozeman            then, once the library runs on its new seed:
  ilr libraries rotate mt-bozeman --finish
  ilr libraries revoke mt-bozeman --reload 4242
  ilr libraries list`,
    );

  common(
    libraries
      .command('init')
      .description('create the store: nkeys for the broker services (ilr-router, -policy, -audit, -review) and the operators (ilr-operator), and the server config')
      .option('--store-dir <dir>', 'JetStream store directory written into the server config (default /var/lib/nats)')
      .option('--cluster-routes <routes>', 'route address host:port of each cluster node, comma-separated (default nats-1:6222,nats-2:6222,nats-3:6222)')
      .option('--tls-cert <file>', 'TLS certificate (PEM) for client connections, as nats-server sees it; with --tls-key')
      .option('--tls-key <file>', 'its private key (PEM)')
      .option('--provision', "then create or update the streams, KV buckets and consumers, each library's included (needs the server running)")
      .option('--replicas <n>', 'with --provision: 1 for a single server, 3 for the cluster', '1')
      .addHelpText(
        'after',
        `
Run it before starting nats-server with <dir>/nats/single.conf (or cluster/node-N.conf), then
again with --provision once the server runs. Safe to run again; the settings given are kept
in <dir>/access.json for later commands.`,
      ),
    { reload: true },
  ).action((opts: CommonOptions & { storeDir?: string; clusterRoutes?: string; tlsCert?: string; tlsKey?: string; provision?: boolean; replicas: string }) =>
    run(async () => {
      const store = await AccessStore.open(opts.dir);
      const routes = opts.clusterRoutes?.split(',').map((r) => r.trim()).filter(Boolean);
      const settings = {
        ...(opts.storeDir ? { storeDir: opts.storeDir } : {}),
        ...(routes ? { clusterRoutes: routes } : {}),
        ...(opts.tlsCert ? { tlsCert: opts.tlsCert } : {}),
        ...(opts.tlsKey ? { tlsKey: opts.tlsKey } : {}),
      };
      if (Object.keys(settings).length) await store.configure(settings);
      const issued = await store.ensureBroker();
      for (const name of issued) console.log(`${name}: key ${store.principal(name)!.keys[0]!.publicKey} issued (seed: ${show(store.seedFile(name))})`);
      if (issued.length === 0) console.log(`${show(opts.dir)}: the broker's credentials already exist`);
      await writeConfig(store);
      if (opts.provision) {
        const replicas = Number(opts.replicas);
        if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) throw new CliError(`--replicas must be 1..5, not "${opts.replicas}"`);
        const libraries = store.principals().filter((p) => p.kind === 'library').map((p) => p.name);
        const nats = await operatorConnection(store);
        try {
          const report = await provision(nats, { replicas, libraries });
          const all = [...Object.entries(report.streams), ...Object.entries(report.kv), ...Object.entries(report.consumers)];
          const changed = all.filter(([, action]) => action !== 'unchanged');
          console.log(`provisioned (R${replicas}): ${all.length - changed.length} unchanged${changed.map(([name, action]) => `, ${name} ${action}`).join('')}`);
        } finally {
          await nats.close();
        }
      }
      await reloadOrHint(store, opts, 'if it is running');
    }),
  );

  common(
    libraries
      .command('list')
      .description('list the credentials in the store (libraries, services, operators) and whether each library is in the directory'),
    { offline: 'do not read the directory (no NATS needed)' },
  ).action((opts: CommonOptions) =>
    run(async () => {
      const store = await AccessStore.open(opts.dir);
      const principals = store.principals();
      let entries: Map<string, LibraryEntry> | undefined;
      if (!opts.offline) entries = new Map((await withDirectory(store, (d) => d.list())).map((e) => [e.id, e]));
      const width = Math.max(12, ...principals.map((p) => p.name.length));
      for (const p of principals) {
        const [current, previous] = p.keys;
        let line = `${p.name.padEnd(width)}  ${p.kind.padEnd(8)}  ${current!.publicKey}`;
        if (previous) line += `  rotating (previous ${previous.publicKey} still valid)`;
        if (entries && p.kind === 'library') {
          const entry = entries.get(p.name);
          const same = entry && JSON.stringify(entry.signingKeys ?? []) === JSON.stringify(keysOf(p));
          line += entry ? (same ? '  in directory' : '  in directory, SIGNING KEYS DIFFER: run add again') : '  NOT in directory';
        }
        console.log(line);
      }
      for (const e of entries?.values() ?? []) {
        if (!store.principal(e.id)) console.log(`${e.id.padEnd(width)}  library   (no credentials in this store)  in directory`);
      }
      const revoked = store.revoked().length;
      console.log(`${principals.length} with credentials${revoked ? `, ${revoked} revoked key records` : ''}`);
    }),
  );

  common(
    libraries
      .command('add')
      .description('register a member library: issue its nkey, regenerate the server config, put its directory entry and create its delivery consumer')
      .argument('<id>', 'library id: lower-case letters, digits and hyphens, e.g. mt-bozeman')
      .requiredOption('--name <name>', 'the library\'s name, e.g. "Bozeman Public Library"')
      .requiredOption('--jurisdiction <code>', 'ISO 3166-2 code of its state, e.g. US-MT')
      .option('--groups <groups>', 'consortium groups, comma-separated, e.g. msc,ocln')
      .option('--profile <profile>', 'its library policy profile (shared/policy/profiles), e.g. multnomah')
      .addHelpText(
        'after',
        `
Running it again for an existing library keeps its key and updates its entry (settings
already in the directory are kept). The seed goes to <dir>/keys/<id>.nk (0600) and is never
printed: hand that file to the library over a secure channel. Its connector runs with
NATS_NKEY_SEED_FILE=<that file> and NATS_JS_API_PREFIX=${LIBRARY_JS_API_PREFIX} (its own NATS account).
A new library takes two reloads on nats-server 2.9.10 (its account is bound on the second):
--reload does both.`,
      ),
    { offline: 'only issue the key and write the config; leave the directory and streams alone', reload: true },
  ).action((id: string, opts: CommonOptions & { name: string; jurisdiction: string; groups?: string; profile?: string }) =>
    run(async () => {
      if (principalKind(id) !== 'library') throw new CliError(`${id} is one of the broker's own users, not a library id`);
      const groups = opts.groups?.split(',').map((g) => g.trim()).filter(Boolean);
      // Check the entry before anything is written.
      const given = { id, name: opts.name, jurisdiction: opts.jurisdiction, ...(groups ? { groups } : {}), ...(opts.profile ? { profile: opts.profile } : {}) };
      parseEntry(given);
      const store = await AccessStore.open(opts.dir);
      await store.ensureBroker();
      const { principal, issued } = await store.addLibrary(id);
      const key = principal.keys[0]!.publicKey;
      console.log(`${id}: ${issued ? 'key issued' : 'has a key already'} ${key} (seed: ${show(store.seedFile(id))}, 0600: hand it to the library securely)`);
      await writeConfig(store);
      if (opts.offline) {
        console.log(`directory: not updated (--offline); run this command again without --offline once nats-server runs`);
      } else {
        await withDirectory(store, async (directory, nats) => {
          const existing = await directory.get(id);
          const entry = parseEntry({ ...existing, ...given, signingKeys: keysOf(principal) });
          await directory.put(entry);
          await ensureLibraryConsumer(await nats.jetstreamManager(), id);
          console.log(`directory: ${id} ${existing ? 'updated' : 'added'} with signing key ${key}; delivery consumer ${libraryConsumerName(id)} ready`);
        });
      }
      await reloadOrHint(store, opts, `so that ${id} can connect`, issued ? 2 : 1);
    }),
  );

  common(
    libraries
      .command('reviewer')
      .description("issue (or --revoke) a library reviewer's credential: its director or records custodian acting on its review queue (ilr review, the console)")
      .argument('<library>', 'library id, e.g. mt-bozeman')
      .option('--role <role>', `${LIBRARY_REVIEW_ROLES.join(' or ')}`, 'director')
      .option('--revoke', "take the reviewer's access away: its key leaves the server config and its seed is deleted")
      .addHelpText(
        'after',
        `
The reviewer is a user of the broker's account named ilr-reviewer-<library>-<role> that may
only ask the review service as that library and role, and read the answers on its own inbox
(docs/REVIEW.md). The seed goes to <dir>/keys/ilr-reviewer-<library>-<role>.nk (0600) and is
never printed: hand it to the person securely, who runs
  ilr review list --as <library> --role <role> --creds <that file>
or put it in the console's configuration (directors: { <library>: { seedFile } }) when the
library's director has a console account. Running it again keeps an existing key.`,
      ),
    { reload: true },
  ).action((library: string, opts: CommonOptions & { role: string; revoke?: boolean }) =>
    run(async () => {
      if (!(LIBRARY_REVIEW_ROLES as readonly string[]).includes(opts.role)) {
        throw new CliError(`--role must be ${LIBRARY_REVIEW_ROLES.join(' or ')}, not ${JSON.stringify(opts.role)} (an operator is ilr-operator)`);
      }
      const role = opts.role as LibraryReviewRole;
      const store = await AccessStore.open(opts.dir);
      const name = reviewerPrincipal(library, role);
      if (opts.revoke) {
        const record = await store.revokeReviewer(library, role);
        console.log(`${name}: revoked key${record.publicKeys.length > 1 ? 's' : ''} ${record.publicKeys.join(', ')}; seed deleted`);
      } else {
        const { principal, issued } = await store.addReviewer(library, role);
        console.log(`${name}: ${issued ? 'key issued' : 'has a key already'} ${principal.keys[0]!.publicKey} (seed: ${show(store.seedFile(name))}, 0600: hand it to ${library}'s ${role} securely)`);
      }
      await writeConfig(store);
      await reloadOrHint(store, opts, opts.revoke ? `to cut ${name} off` : `so that ${name} can connect`);
    }),
  );

  common(
    libraries
      .command('revoke')
      .description("take a library's access away: remove its keys from the server config and delete its seed, then remove its directory entry")
      .argument('<id>', 'library id')
      .option('--keep-entry', 'keep its directory entry (messages addressed to it keep being delivered to its consumer)')
      .addHelpText(
        'after',
        `
Its connections are cut when nats-server reloads (--reload, or systemctl reload ilr-nats on
every node). Without its directory entry the router refuses its messages, and messages to
it, as from or to an unknown library. Its delivery consumer and stored messages are kept.`,
      ),
    { offline: 'leave the directory alone', reload: true },
  ).action((id: string, opts: CommonOptions & { keepEntry?: boolean }) =>
    run(async () => {
      const store = await AccessStore.open(opts.dir);
      const record = await store.revokeLibrary(id);
      console.log(`${id}: revoked key${record.publicKeys.length > 1 ? 's' : ''} ${record.publicKeys.join(', ')}; seed deleted`);
      await writeConfig(store);
      if (opts.offline || opts.keepEntry) {
        console.log(`directory: ${id} kept (${opts.offline ? '--offline' : '--keep-entry'})`);
      } else {
        await withDirectory(store, async (directory) => {
          await directory.remove(id);
          console.log(`directory: ${id} removed`);
        });
      }
      await reloadOrHint(store, opts, `to cut ${id} off`);
    }),
  );

  common(
    libraries
      .command('rotate')
      .description('rotate a key: issue a new one, valid together with the old one until --finish')
      .argument('<name>', 'a library id, a service (ilr-router, ilr-policy, ilr-audit, ilr-review) or ilr-operator')
      .option('--finish', 'end the rotation: the previous key stops working')
      .addHelpText(
        'after',
        `
1. ilr libraries rotate <name> --reload <pid>     new seed in <dir>/keys/<name>.nk; both keys work
2. give the new seed to its owner and restart the connector or service with it
3. ilr libraries rotate <name> --finish --reload <pid>   connections still on the old key are cut
For a library the directory's signingKeys follow (both keys during the rotation).`,
      ),
    { offline: 'leave the directory alone', reload: true },
  ).action((name: string, opts: CommonOptions & { finish?: boolean }) =>
    run(async () => {
      const store = await AccessStore.open(opts.dir);
      let principal: PrincipalRecord;
      if (opts.finish) {
        const done = await store.finishRotation(name);
        principal = done.principal;
        console.log(`${name}: rotation finished; key ${done.retired} retired, ${principal.keys[0]!.publicKey} current`);
      } else {
        principal = await store.rotate(name);
        console.log(`${name}: new key ${principal.keys[0]!.publicKey} (seed: ${show(store.seedFile(name))}); the previous key stays valid until --finish`);
      }
      await writeConfig(store);
      if (principal.kind === 'library' && !opts.offline) {
        await withDirectory(store, async (directory) => {
          const entry = await directory.get(name);
          if (!entry) {
            console.log(`directory: ${name} is not in the directory; run ilr libraries add to put it there`);
            return;
          }
          await directory.put({ ...entry, signingKeys: keysOf(principal) });
          console.log(`directory: ${name} signing keys ${keysOf(principal).join(', ')}`);
        });
      }
      await reloadOrHint(store, opts, 'to apply it');
    }),
  );
}
