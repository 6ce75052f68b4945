// A library's keys, as data: which key mints (active), which still open ledger entries
// (retired), which are gone (shredded: the record stays, the material does not). Pure: the
// clock and the random source are arguments; files are keystore-file's business.
import { z } from 'zod';
import { TokenError } from './errors.js';
import { isKeyId, newKeyId, type RandomBytes } from './token.js';

export const KEY_BYTES = 32;
export const KEYSTORE_FORMAT = 'ilr-keystore/1';

export const zLibraryId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a library id is lower-case letters, digits and hyphens').max(63);
const zKeyId = z.string().refine(isKeyId, 'a key id is "k" and 8 hex digits');
const zTime = z.iso.datetime({ offset: false });
const zMaterial = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'key material is 32 bytes in base64');

const zKey = z.discriminatedUnion('state', [
  z.strictObject({ id: zKeyId, state: z.literal('active'), createdAt: zTime, material: zMaterial }),
  z.strictObject({ id: zKeyId, state: z.literal('retired'), createdAt: zTime, retiredAt: zTime, material: zMaterial }),
  // No material field at all: a shredded key cannot be brought back from this file.
  z.strictObject({ id: zKeyId, state: z.literal('shredded'), createdAt: zTime, retiredAt: zTime.optional(), shreddedAt: zTime }),
]);
export type KeyRecord = z.infer<typeof zKey>;
export type KeyState = KeyRecord['state'];

export const zKeystoreFile = z
  .strictObject({ format: z.literal(KEYSTORE_FORMAT), library: zLibraryId, keys: z.array(zKey) })
  .superRefine((ks, ctx) => {
    const seen = new Set<string>();
    ks.keys.forEach((k, i) => {
      if (seen.has(k.id)) ctx.addIssue({ code: 'custom', path: ['keys', i, 'id'], message: `duplicate key id ${k.id}` });
      seen.add(k.id);
    });
    const active = ks.keys.filter((k) => k.state === 'active').length;
    if (active > 1) ctx.addIssue({ code: 'custom', path: ['keys'], message: `${active} active keys; at most one key mints` });
  });
export type KeystoreData = z.infer<typeof zKeystoreFile>;

/** What may be shown about a key: never its material. */
export interface KeyInfo {
  id: string;
  state: KeyState;
  createdAt: string;
  retiredAt?: string | undefined;
  shreddedAt?: string | undefined;
}

export const keyInfo = (k: KeyRecord): KeyInfo => ({
  id: k.id,
  state: k.state,
  createdAt: k.createdAt,
  retiredAt: k.state === 'active' ? undefined : k.retiredAt,
  shreddedAt: k.state === 'shredded' ? k.shreddedAt : undefined,
});

export class Keystore {
  constructor(readonly data: KeystoreData) {}

  static empty(library: string): Keystore {
    return new Keystore({ format: KEYSTORE_FORMAT, library, keys: [] });
  }

  get library(): string {
    return this.data.library;
  }

  keys(): readonly KeyRecord[] {
    return this.data.keys;
  }

  get(id: string): KeyRecord | undefined {
    return this.data.keys.find((k) => k.id === id);
  }

  active(): Extract<KeyRecord, { state: 'active' }> | undefined {
    return this.data.keys.find((k): k is Extract<KeyRecord, { state: 'active' }> => k.state === 'active');
  }

  /** The key bytes of an active or retired key; undefined for a shredded or unknown one. */
  material(id: string): Buffer | undefined {
    const k = this.get(id);
    return k && k.state !== 'shredded' ? Buffer.from(k.material, 'base64') : undefined;
  }

  /** Retire the active key (if any) and make a new one active. Returns the new key. */
  rotate(now: Date, random: RandomBytes): KeyRecord {
    const at = now.toISOString();
    let id = newKeyId(random);
    while (this.get(id)) id = newKeyId(random);
    const keys: KeyRecord[] = this.data.keys.map((k) => (k.state === 'active' ? { id: k.id, state: 'retired', createdAt: k.createdAt, retiredAt: at, material: k.material } : k));
    const fresh: KeyRecord = { id, state: 'active', createdAt: at, material: random(KEY_BYTES).toString('base64') };
    keys.push(fresh);
    this.data.keys = keys;
    return fresh;
  }

  /** Forget a retired key's material (keeping the record of when). The caller checks it may. */
  shred(id: string, now: Date): void {
    const i = this.data.keys.findIndex((k) => k.id === id);
    const k = this.data.keys[i];
    if (!k) throw new TokenError('UNKNOWN_KEY', `no key ${id} in the keystore of ${this.library}`);
    if (k.state === 'active') throw new TokenError('KEY_IN_USE', `key ${id} is the active key of ${this.library}; rotate first, then shred it`);
    if (k.state === 'shredded') return;
    this.data.keys[i] = { id: k.id, state: 'shredded', createdAt: k.createdAt, retiredAt: k.retiredAt, shreddedAt: now.toISOString() };
  }
}
