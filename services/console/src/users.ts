// The console's users: one JSON file in the console's data directory (users.json, 0600),
// written atomically (a temporary file renamed over it), passwords hashed with scrypt
// (node:crypto; the salt and parameters are stored with each hash). The file is read
// afresh for every login, so `ilr console users add|remove` takes effect on a running
// console without a restart.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isLibraryId } from '@ilr/nats';
import { z } from 'zod';

/**
 * viewer reads every view; operator also marks dead letters handled and runs an audit
 * verification; admin also sees the stream totals of ILR_REVIEW, ILR_DECISIONS and
 * ILR_AUDIT (which count gagged items); director belongs to one library and sees its review
 * queue only.
 */
export const CONSOLE_ROLES = ['viewer', 'operator', 'admin', 'director'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export const USERS_FILE = 'users.json';
/** Shortest password `add` accepts. */
export const MIN_PASSWORD_LENGTH = 12;

export interface ConsoleUser {
  name: string;
  role: ConsoleRole;
  /** The director's library; only for role director. */
  library?: string;
  createdAt: string;
}

export class ConsoleUserError extends Error {
  constructor(
    readonly code: 'INVALID' | 'EXISTS' | 'UNKNOWN' | 'STORE',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ConsoleUserError';
  }
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, opts, (e, key) => (e ? reject(e) : resolve(key))));
}

/** `scrypt$N$r$p$<salt b64url>$<hash b64url>` */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function checkPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, salt, hash] = stored.split('$');
  if (algo !== 'scrypt' || !salt || !hash) return false;
  const want = Buffer.from(hash, 'base64url');
  const got = await scrypt(password, Buffer.from(salt, 'base64url'), want.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return got.length === want.length && timingSafeEqual(got, want);
}

// A hash to check against when the user does not exist, so that a wrong name costs the same
// time as a wrong password (no oracle of which names exist).
let dummyHash: Promise<string> | undefined;

/** A password for a generated account: 24 characters from 18 random bytes. */
export const generatePassword = (): string => randomBytes(18).toString('base64url');

const zName = z.string().regex(/^[a-z][a-z0-9._-]{1,63}$/, 'lower-case letters, digits, dots, hyphens and underscores, 2 to 64, starting with a letter');
const zUser = z.strictObject({
  name: zName,
  role: z.enum(CONSOLE_ROLES),
  library: z.string().optional(),
  createdAt: z.string(),
  hash: z.string(),
});
const zFile = z.strictObject({ version: z.literal(1), users: z.array(zUser) });
type StoredUser = z.infer<typeof zUser>;

const publicView = (u: StoredUser): ConsoleUser => ({ name: u.name, role: u.role, ...(u.library ? { library: u.library } : {}), createdAt: u.createdAt });

export interface AddUser {
  name: string;
  role: ConsoleRole;
  library?: string;
  password: string;
}

export class UserStore {
  readonly file: string;

  constructor(readonly dir: string) {
    this.file = join(dir, USERS_FILE);
  }

  /** Every user (never a hash), by name. */
  async list(): Promise<ConsoleUser[]> {
    return (await this.read()).map(publicView).sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(name: string): Promise<ConsoleUser | null> {
    const u = (await this.read()).find((x) => x.name === name);
    return u ? publicView(u) : null;
  }

  async add(a: AddUser): Promise<ConsoleUser> {
    const name = zName.safeParse(a.name);
    if (!name.success) throw new ConsoleUserError('INVALID', `user name ${JSON.stringify(a.name)}: ${name.error.issues[0]!.message}`);
    if (!(CONSOLE_ROLES as readonly string[]).includes(a.role)) {
      throw new ConsoleUserError('INVALID', `role must be one of ${CONSOLE_ROLES.join(', ')}, not ${JSON.stringify(a.role)}`);
    }
    if (a.role === 'director') {
      if (!a.library) throw new ConsoleUserError('INVALID', 'a director belongs to one library: name it (--library <id>)');
      if (!isLibraryId(a.library)) throw new ConsoleUserError('INVALID', `library ${JSON.stringify(a.library)} is not a library id (lower-case letters, digits and hyphens)`);
    } else if (a.library) {
      throw new ConsoleUserError('INVALID', `only a director belongs to a library; a ${a.role} sees the whole consortium (drop --library)`);
    }
    if (a.password.length < MIN_PASSWORD_LENGTH) throw new ConsoleUserError('INVALID', `the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    const users = await this.read();
    if (users.some((u) => u.name === a.name)) throw new ConsoleUserError('EXISTS', `user ${a.name} exists already (remove it first to change its role or password)`);
    const user: StoredUser = {
      name: a.name,
      role: a.role,
      ...(a.library ? { library: a.library } : {}),
      createdAt: new Date().toISOString(),
      hash: await hashPassword(a.password),
    };
    await this.write([...users, user]);
    return publicView(user);
  }

  /** Whether there was such a user. */
  async remove(name: string): Promise<boolean> {
    const users = await this.read();
    const rest = users.filter((u) => u.name !== name);
    if (rest.length === users.length) return false;
    await this.write(rest);
    return true;
  }

  /** The user when the password is theirs, else null (the same time either way). */
  async verify(name: string, password: string): Promise<ConsoleUser | null> {
    const u = (await this.read()).find((x) => x.name === name);
    if (!u) {
      await checkPassword(password, await (dummyHash ??= hashPassword(generatePassword())));
      return null;
    }
    return (await checkPassword(password, u.hash)) ? publicView(u) : null;
  }

  private async read(): Promise<StoredUser[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new ConsoleUserError('STORE', `cannot read ${this.file}: ${(e as Error).message}`, { cause: e });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ConsoleUserError('STORE', `${this.file} is not JSON`);
    }
    const r = zFile.safeParse(json);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new ConsoleUserError('STORE', `${this.file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return r.data.users;
  }

  private async write(users: StoredUser[]): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, `${JSON.stringify({ version: 1, users }, null, 2)}\n`, { mode: 0o600 });
    await chmod(tmp, 0o600); // the umask may have narrowed it; never widened
    await rename(tmp, this.file);
  }
}
