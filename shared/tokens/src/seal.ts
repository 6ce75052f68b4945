// AES-256-GCM with a fresh random 96-bit nonce per seal. The associated data binds a sealed
// ledger entry to its library, key, token digest, partner and transaction, so an entry
// cannot be moved to another token or partner without failing to open.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { RandomBytes } from './token.js';

const NONCE = 12;
const TAG = 16;

export function seal(key: Buffer, aad: string, plain: Buffer, random: RandomBytes): string {
  const nonce = random(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

/** The plaintext, or undefined when the key, the associated data or the bytes do not match. */
export function unseal(key: Buffer, aad: string, sealed: string): Buffer | undefined {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < NONCE + TAG) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE, bytes.length - TAG)), decipher.final()]);
  } catch {
    return undefined;
  }
}
