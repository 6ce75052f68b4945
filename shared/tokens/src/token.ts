// The patron token as it leaves the home library: `ilr1.<key id>.<22 characters>`, where
// the last part is 16 random bytes (base64url). It carries no patron data at all, not even
// encrypted: it is a handle into the home library's ledger, whose entry (patron, item) is
// sealed under the key the token names. Random bytes make every token differ, so two
// partners, or two transactions, cannot match their tokens; destroying the key makes
// every entry under it unreadable, so every copy of every token minted under it is dead.
import { createHash } from 'node:crypto';

export const TOKEN_PREFIX = 'ilr1';
export const TOKEN_HANDLE_BYTES = 16;
const KEY_ID = /^k[0-9a-f]{8}$/;
const TOKEN = /^ilr1\.(k[0-9a-f]{8})\.([A-Za-z0-9_-]{22})$/;

/** Random bytes; injected so tests can be deterministic. */
export type RandomBytes = (n: number) => Buffer;

export const isKeyId = (id: unknown): id is string => typeof id === 'string' && KEY_ID.test(id);

/** A fresh key id: `k` and 8 hex digits, random (it must not tell when the key was made). */
export const newKeyId = (random: RandomBytes): string => `k${random(4).toString('hex')}`;

export function formatToken(kid: string, handle: Buffer): string {
  return `${TOKEN_PREFIX}.${kid}.${handle.toString('base64url')}`;
}

/** True when `s` has the form of a token minted by an ILR connector (of any library). */
export const looksLikeToken = (s: unknown): s is string => typeof s === 'string' && TOKEN.test(s);

/** The key id a token was minted under, or undefined when it is not an ILR token. */
export function tokenKeyId(token: string): string | undefined {
  return TOKEN.exec(token)?.[1];
}

/** SHA-256 of the token (hex): what the ledger and the audit log keep instead of the token. */
export const tokenDigest = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
