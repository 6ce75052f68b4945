// The credentials store: one directory an operator keeps on the machine that administers
// the consortium (default deploy/generated/, never committed).
//
//   access.json        the registry: every principal's public key(s), revoked keys,
//                      deployment settings. No secrets. 0644.
//   keys/              0700
//     <name>.nk        the nkey seed of a library, service or the operators. 0600. Hand a
//                      library its file through a secure channel; nothing prints a seed.
//     routes.password  the cluster route password. 0600.
//   nats/              the generated nats-server configuration (see config.ts); routes.conf 0600
//
// Seeds are written before the registry that names their key, and deleted after the
// registry stops naming it, so a crash never leaves a listed key without its seed.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isLibraryId } from '@ilr/nats';
import { z } from 'zod';
import {
  AUTH_FILE,
  DEFAULT_DEPLOYMENT,
  ROUTES_FILE,
  SINGLE_FILE,
  clusterNodeFile,
  renderAuthConfig,
  renderClusterNodeConfig,
  renderRoutesConfig,
  renderSingleConfig,
  type AuthModel,
  type AuthUser,
  type Deployment,
} from './config.js';
import { AccessError } from './errors.js';
import { createUserKey, isUserPublicKey } from './keys.js';
import {
  BROKER_PREFIX,
  BROKER_SERVICES,
  CONSOLE_PRINCIPAL,
  OPERATOR_PRINCIPAL,
  consolePermissions,
  libraryUserPermissions,
  parseReviewerPrincipal,
  reviewerPrincipal,
  reviewerUserPermissions,
  type LibraryReviewRole,
  operatorPermissions,
  servicePermissions,
  servicePrincipal,
  type BrokerService,
  type UserPermissions,
} from './permissions.js';

export type PrincipalKind = 'library' | 'service' | 'operator' | 'reviewer';

export interface KeyRecord {
  publicKey: string;
  /** ISO time the key was issued. */
  issuedAt: string;
}

export interface PrincipalRecord {
  name: string;
  kind: PrincipalKind;
  /** Newest first: `[current]`, or `[current, previous]` while a rotation is in progress. */
  keys: KeyRecord[];
}

export interface RevokedRecord {
  name: string;
  kind: PrincipalKind;
  publicKeys: string[];
  revokedAt: string;
}

const zKey = z.strictObject({
  publicKey: z.string().refine(isUserPublicKey, 'must be an nkey user public key (U...)'),
  issuedAt: z.iso.datetime(),
});
const zRegistry = z.strictObject({
  version: z.literal(1),
  deployment: z
    .strictObject({
      storeDir: z.string().min(1),
      listen: z.string().min(1),
      http: z.string().min(1),
      singleName: z.string().min(1),
      clusterName: z.string().min(1),
      clusterRoutes: z.array(z.string().regex(/^[^\s:@/]+:\d+$/, 'must be host:port')).min(1),
      clusterListenHost: z.string().min(1),
      tlsCert: z.string().min(1),
      tlsKey: z.string().min(1),
    })
    .partial()
    .refine((d) => !d.tlsCert === !d.tlsKey, { message: 'tlsCert and tlsKey go together', path: ['tlsKey'] })
    .optional(),
  principals: z.record(
    z.string(),
    z.strictObject({ kind: z.enum(['library', 'service', 'operator', 'reviewer']), keys: z.array(zKey).min(1).max(2) }),
  ),
  revoked: z.array(
    z.strictObject({
      name: z.string(),
      kind: z.enum(['library', 'service', 'operator', 'reviewer']),
      publicKeys: z.array(z.string()),
      revokedAt: z.iso.datetime(),
    }),
  ),
});
type Registry = z.infer<typeof zRegistry>;

export const REGISTRY_FILE = 'access.json';
export const KEYS_DIR = 'keys';
export const NATS_DIR = 'nats';
const ROUTE_PASSWORD_FILE = 'routes.password';
const LOCK_FILE = '.lock';

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The kind a principal name denotes: `ilr-operator`, `ilr-<service>`, `ilr-reviewer-<library>-<role>`, or a library id. */
export function principalKind(name: string): PrincipalKind {
  if (name === OPERATOR_PRINCIPAL) return 'operator';
  if (parseReviewerPrincipal(name)) return 'reviewer';
  if (name === CONSOLE_PRINCIPAL) return 'service';
  if ((BROKER_SERVICES as readonly string[]).some((s) => servicePrincipal(s as BrokerService) === name)) return 'service';
  if (!isLibraryId(name)) {
    throw new AccessError('INVALID_NAME', `${JSON.stringify(name)} is not a library id (lower-case letters, digits and hyphens)`);
  }
  if (name.startsWith(BROKER_PREFIX)) {
    throw new AccessError('INVALID_NAME', `library ids may not start with "${BROKER_PREFIX}": it is reserved for the broker's own users`);
  }
  return 'library';
}

/** What a principal may do on NATS. */
export function permissionsOf(name: string): UserPermissions {
  const kind = principalKind(name);
  if (kind === 'operator') return operatorPermissions();
  if (name === CONSOLE_PRINCIPAL) return consolePermissions();
  const reviewer = parseReviewerPrincipal(name);
  if (reviewer) return reviewerUserPermissions(reviewer.library, reviewer.role);
  if (kind === 'service') return servicePermissions(name.slice(BROKER_PREFIX.length) as BrokerService);
  return libraryUserPermissions(name);
}

/** Write a file through a temporary name, so readers never see half of it; `mode` applies on creation. */
async function writeAtomic(path: string, data: string, mode: number): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, data, { mode, flag: 'w' });
  await chmod(tmp, mode); // the umask may have narrowed it; never widened
  await rename(tmp, path);
}

export interface OpenStoreOptions {
  /** Deployment settings for this run, over the registry's and the defaults (tests). */
  deployment?: Partial<Deployment>;
}

async function readRegistry(dir: string): Promise<Registry> {
  const path = join(dir, REGISTRY_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, principals: {}, revoked: [] };
    throw new AccessError('STORE', `cannot read ${path}: ${reason(e)}`, undefined, undefined, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AccessError('STORE', `${path} is not JSON: ${reason(e)}`);
  }
  const parsed = zRegistry.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AccessError('STORE', `${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export class AccessStore {
  private constructor(
    readonly dir: string,
    private registry: Registry,
    private readonly overrides: Partial<Deployment>,
  ) {}

  /** Opens the store in `dir`; a missing directory is an empty store (created on the first change). */
  static async open(dir: string, opts: OpenStoreOptions = {}): Promise<AccessStore> {
    return new AccessStore(dir, await readRegistry(dir), opts.deployment ?? {});
  }

  get keysDir(): string {
    return join(this.dir, KEYS_DIR);
  }
  get natsDir(): string {
    return join(this.dir, NATS_DIR);
  }
  /** The seed file of a principal (exists while the principal does). */
  seedFile(name: string): string {
    principalKind(name);
    return join(this.keysDir, `${name}.nk`);
  }

  deployment(): Deployment {
    return { ...DEFAULT_DEPLOYMENT, ...this.registry.deployment, ...this.overrides };
  }

  principals(): PrincipalRecord[] {
    return Object.entries(this.registry.principals)
      .map(([name, p]) => ({ name, kind: p.kind, keys: p.keys.map((k) => ({ ...k })) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  principal(name: string): PrincipalRecord | undefined {
    const p = this.registry.principals[name];
    return p ? { name, kind: p.kind, keys: p.keys.map((k) => ({ ...k })) } : undefined;
  }

  revoked(): RevokedRecord[] {
    return this.registry.revoked.map((r) => ({ ...r, publicKeys: [...r.publicKeys] }));
  }

  /** Sets deployment settings (kept in the registry) for the configs written from now on. */
  async configure(settings: Partial<Deployment>): Promise<Deployment> {
    return this.locked(async () => {
      const next = { ...this.registry.deployment, ...settings };
      const parsed = zRegistry.shape.deployment.safeParse(next);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new AccessError('STORE', `deployment ${issue.path.join('.')}: ${issue.message}`);
      }
      this.registry.deployment = parsed.data;
      await this.save();
      return this.deployment();
    });
  }

  /** Issues keys for every broker service, the operators and the console that have none. Returns the names issued. */
  async ensureBroker(): Promise<string[]> {
    return this.locked(async () => {
      const missing = [...BROKER_SERVICES.map(servicePrincipal), OPERATOR_PRINCIPAL, CONSOLE_PRINCIPAL].filter((n) => !this.registry.principals[n]);
      for (const name of missing) await this.issue(name);
      if (missing.length) await this.save();
      return missing;
    });
  }

  /** Issues a library's key unless it has one (then nothing changes). */
  async addLibrary(id: string): Promise<{ principal: PrincipalRecord; issued: boolean }> {
    if (principalKind(id) !== 'library') throw new AccessError('INVALID_NAME', `${id} is a broker user, not a library`);
    return this.locked(async () => {
      const issued = !this.registry.principals[id];
      if (issued) {
        await this.issue(id);
        await this.save();
      }
      return { principal: this.principal(id)!, issued };
    });
  }

  /**
   * Issues a reviewer's key for a library's director or records custodian unless it has one:
   * a broker-account user that may only ask the review service as that home and role
   * (`ilr review --creds <dir>/keys/ilr-reviewer-<library>-<role>.nk`, or the console for a
   * director with an account). The library must be a member with credentials.
   */
  async addReviewer(library: string, role: LibraryReviewRole): Promise<{ principal: PrincipalRecord; issued: boolean }> {
    const name = reviewerPrincipal(library, role);
    if (!parseReviewerPrincipal(name)) throw new AccessError('INVALID_NAME', `${JSON.stringify(library)} is not a library id`);
    return this.locked(async () => {
      if (this.registry.principals[library]?.kind !== 'library') {
        throw new AccessError('UNKNOWN_PRINCIPAL', `${library} is not a library with credentials here (ilr libraries add ${library} first)`);
      }
      const issued = !this.registry.principals[name];
      if (issued) {
        await this.issue(name);
        await this.save();
      }
      return { principal: this.principal(name)!, issued };
    });
  }

  /** Takes a reviewer's access away: its keys leave the registry (kept in `revoked`) and its seed is deleted. */
  async revokeReviewer(library: string, role: LibraryReviewRole): Promise<RevokedRecord> {
    const name = reviewerPrincipal(library, role);
    return this.locked(async () => {
      const p = this.existing(name);
      const record: RevokedRecord = { name, kind: p.kind, publicKeys: p.keys.map((k) => k.publicKey), revokedAt: new Date().toISOString() };
      delete this.registry.principals[name];
      this.registry.revoked.push(record);
      await this.save();
      await rm(this.seedFile(name), { force: true });
      return record;
    });
  }

  /**
   * Starts a rotation: a new key becomes current (its seed replaces the seed file) and the
   * previous one stays valid until finishRotation, so the owner can switch without a gap.
   */
  async rotate(name: string): Promise<PrincipalRecord> {
    return this.locked(async () => {
      const p = this.existing(name);
      if (p.keys.length > 1) {
        throw new AccessError('NOT_ALLOWED', `${name} is already rotating; finish that rotation first (rotate ${name} --finish)`);
      }
      const key = createUserKey();
      await this.writeSeed(name, key.seed);
      p.keys.unshift({ publicKey: key.publicKey, issuedAt: new Date().toISOString() });
      await this.save();
      return this.principal(name)!;
    });
  }

  /** Ends a rotation: the previous key stops being valid. */
  async finishRotation(name: string): Promise<{ principal: PrincipalRecord; retired: string }> {
    return this.locked(async () => {
      const p = this.existing(name);
      const previous = p.keys[1];
      if (!previous) throw new AccessError('NOT_ALLOWED', `${name} has no rotation in progress`);
      p.keys.splice(1);
      this.registry.revoked.push({ name, kind: p.kind, publicKeys: [previous.publicKey], revokedAt: new Date().toISOString() });
      await this.save();
      return { principal: this.principal(name)!, retired: previous.publicKey };
    });
  }

  /** Takes a library's access away: its keys leave the registry (kept in `revoked`) and its seed is deleted. */
  async revokeLibrary(id: string): Promise<RevokedRecord> {
    return this.locked(async () => {
      const p = this.existing(id);
      if (p.kind !== 'library') {
        throw new AccessError('NOT_ALLOWED', `${id} is a broker user: rotate its key instead (rotate ${id})`);
      }
      const record: RevokedRecord = { name: id, kind: p.kind, publicKeys: p.keys.map((k) => k.publicKey), revokedAt: new Date().toISOString() };
      delete this.registry.principals[id];
      this.registry.revoked.push(record);
      await this.save();
      await rm(this.seedFile(id), { force: true });
      return record;
    });
  }

  /** Who goes where in auth.conf: every key of every principal (both keys while rotating). */
  authModel(): AuthModel {
    const all = this.principals();
    // The console's grants name every library's delivery consumer (to deny it): rendered with the members.
    const libraries = all.filter((p) => p.kind === 'library').map((p) => p.name);
    const users = (p: PrincipalRecord): AuthUser[] =>
      p.keys.map((k, i) => ({
        label: `${p.kind} ${p.name}${i > 0 ? ' (previous key, valid until the rotation is finished)' : ''}`,
        publicKey: k.publicKey,
        permissions: p.name === CONSOLE_PRINCIPAL ? consolePermissions(libraries) : permissionsOf(p.name),
      }));
    return {
      broker: all.filter((p) => p.kind !== 'library').flatMap(users),
      libraries: all.filter((p) => p.kind === 'library').map((p) => ({ id: p.name, users: users(p) })),
    };
  }

  /**
   * Writes the nats-server configuration into nats/: auth.conf, routes.conf (a route
   * password is created once), single.conf and cluster/node-1..N.conf. Returns the paths.
   * The servers then need a reload (reloadNatsServer) to apply auth.conf.
   */
  async writeConfigs(): Promise<string[]> {
    return this.locked(async () => {
      const d = this.deployment();
      const password = await this.routePassword();
      const files: Array<[string, string, number]> = [
        [AUTH_FILE, renderAuthConfig(this.authModel()), 0o644],
        [ROUTES_FILE, renderRoutesConfig(password, d), 0o600],
        [SINGLE_FILE, renderSingleConfig(d), 0o644],
        ...d.clusterRoutes.map((_, i): [string, string, number] => [clusterNodeFile(i + 1), renderClusterNodeConfig(i + 1, d), 0o644]),
      ];
      const written: string[] = [];
      for (const [file, text, mode] of files) {
        const path = join(this.natsDir, file);
        await mkdir(dirname(path), { recursive: true });
        await writeAtomic(path, text, mode);
        written.push(path);
      }
      return written;
    });
  }

  // -------------------------------------------------------------------------------------

  private existing(name: string): { kind: PrincipalKind; keys: KeyRecord[] } {
    principalKind(name);
    const p = this.registry.principals[name];
    if (!p) throw new AccessError('UNKNOWN_PRINCIPAL', `${name} has no credentials in ${this.dir}`);
    return p;
  }

  private async issue(name: string): Promise<void> {
    const key = createUserKey();
    await this.writeSeed(name, key.seed);
    this.registry.principals[name] = { kind: principalKind(name), keys: [{ publicKey: key.publicKey, issuedAt: new Date().toISOString() }] };
  }

  private async ensureKeysDir(): Promise<void> {
    await mkdir(this.keysDir, { recursive: true, mode: 0o700 });
    await chmod(this.keysDir, 0o700);
  }

  private async writeSeed(name: string, seed: string): Promise<void> {
    await this.ensureKeysDir();
    await writeAtomic(this.seedFile(name), `${seed}\n`, 0o600);
  }

  private async routePassword(): Promise<string> {
    const path = join(this.keysDir, ROUTE_PASSWORD_FILE);
    try {
      return (await readFile(path, 'utf8')).trim();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const password = randomBytes(24).toString('base64url');
    await this.ensureKeysDir();
    await writeAtomic(path, `${password}\n`, 0o600);
    return password;
  }

  private async save(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomic(join(this.dir, REGISTRY_FILE), `${JSON.stringify(this.registry, null, 2)}\n`, 0o644);
  }

  private depth = 0;

  /** One writer at a time across processes (an exclusive lock file); re-entrant within this store. */
  private async locked<T>(op: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return op();
    await mkdir(this.dir, { recursive: true });
    const lock = join(this.dir, LOCK_FILE);
    let handle;
    try {
      handle = await open(lock, 'wx', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        const since = await stat(lock).then((s) => s.mtime.toISOString(), () => 'unknown');
        throw new AccessError('STORE', `${lock} exists (since ${since}): another ilr libraries command is running; remove the file if none is`);
      }
      throw new AccessError('STORE', `cannot lock ${this.dir}: ${reason(e)}`, undefined, undefined, { cause: e });
    }
    this.depth++;
    try {
      await handle.writeFile(`${process.pid}\n`);
      this.registry = await readRegistry(this.dir); // another process may have changed it since open()
      return await op();
    } catch (e) {
      if (e instanceof AccessError) throw e;
      throw new AccessError('STORE', `${this.dir}: ${reason(e)}`, undefined, undefined, { cause: e });
    } finally {
      this.depth--;
      await handle.close();
      await rm(lock, { force: true });
    }
  }
}
