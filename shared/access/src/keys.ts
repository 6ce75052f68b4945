// nkeys: the Ed25519 key pairs NATS authenticates users with, and that connectors sign
// envelopes with. Generation and encoding use @nats-io/nkeys; signing and verifying use
// node:crypto, which gives the same Ed25519 signatures about 100 times faster than the
// pure-JS tweetnacl inside nkeys (measured: 0.3 ms against 32 ms per verify), which
// matters on the router's path.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { createUser, fromPublic, fromSeed } from '@nats-io/nkeys';
import { AccessError } from './errors.js';

/** A user nkey pair as issued: the public key goes into configs and the directory; the seed to its owner only. */
export interface UserKey {
  /** `U` + 55 base32 characters. */
  publicKey: string;
  /** `SU...`: the secret. Never log it, never put it in an error message. */
  seed: string;
}

const USER_PUBLIC_KEY = /^U[A-Z2-7]{55}$/;
const USER_SEED = /^SU[A-Z2-7]{56}$/;
// DER prefixes that turn a raw 32-byte Ed25519 seed / public key into PKCS#8 / SPKI.
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function createUserKey(): UserKey {
  const kp = createUser();
  return { publicKey: kp.getPublicKey(), seed: new TextDecoder().decode(kp.getSeed()) };
}

/** A well-formed user public key (prefix, length and checksum). */
export function isUserPublicKey(key: unknown): key is string {
  if (typeof key !== 'string' || !USER_PUBLIC_KEY.test(key)) return false;
  try {
    fromPublic(key);
    return true;
  } catch {
    return false;
  }
}

/** A user seed in text form; throws INVALID_SEED without repeating the input. */
export function seedText(seed: string | Uint8Array, source = 'the seed'): string {
  const text = (typeof seed === 'string' ? seed : new TextDecoder().decode(seed)).trim();
  if (!USER_SEED.test(text)) throw new AccessError('INVALID_SEED', `${source} is not an nkey user seed (SU...)`);
  return text;
}

/** The public key of a user seed. */
export function publicKeyOf(seed: string | Uint8Array, source = 'the seed'): string {
  const text = seedText(seed, source);
  try {
    return fromSeed(new TextEncoder().encode(text)).getPublicKey();
  } catch {
    throw new AccessError('INVALID_SEED', `${source} is not a valid nkey user seed (checksum)`);
  }
}

/** The node:crypto private key of a user seed. */
export function privateKeyOf(seed: string | Uint8Array, source = 'the seed'): KeyObject {
  const text = seedText(seed, source);
  publicKeyOf(text, source); // checks the checksum
  // 2 prefix bytes (seed + user), 32 seed bytes, 2 checksum bytes.
  const raw = base32Decode(text).subarray(2, 34);
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, raw]), format: 'der', type: 'pkcs8' });
}

function base32Decode(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of text) {
    value = (value << 5) | BASE32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out[at++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

// A few dozen libraries, each with one or two keys: caching every key seen is bounded by
// the directory, except for keys named by forged envelopes, hence the cap.
const publicKeys = new Map<string, KeyObject>();
const PUBLIC_KEY_CACHE = 4096;

/** The node:crypto public key of a user public key; throws INVALID_KEY. */
export function publicKeyObject(publicKey: string): KeyObject {
  const cached = publicKeys.get(publicKey);
  if (cached) return cached;
  if (!isUserPublicKey(publicKey)) throw new AccessError('INVALID_KEY', `${JSON.stringify(String(publicKey).slice(0, 60))} is not an nkey user public key`);
  // 1 prefix byte, 32 key bytes, 2 checksum bytes (checked by fromPublic above).
  const raw = base32Decode(publicKey).subarray(1, 33);
  const key = createPublicKey({ key: Buffer.concat([SPKI_ED25519, raw]), format: 'der', type: 'spki' });
  if (publicKeys.size >= PUBLIC_KEY_CACHE) publicKeys.clear();
  publicKeys.set(publicKey, key);
  return key;
}
