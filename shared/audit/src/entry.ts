// One audit entry: what was decided about one message, and its place in the hash chain.
//
// An entry is a JSON object. Its `hash` is the lower-case hex SHA-256 of the entry's
// canonical JSON without `hash` (keys sorted at every level, no whitespace: RFC 8785 for
// the strings, integers and booleans an entry holds); its `prev` is the `hash` of the entry
// stored just before it in ILR_AUDIT (GENESIS_HASH for the first), and its `seq` is the
// stream sequence it was stored at (the writer makes the server check that). Changing,
// removing, inserting or moving an entry therefore breaks the chain where it happened.
//
// What an entry never holds (DOMAIN.md invariant 7): patron names, card numbers,
// addresses, titles, hold-shelf labels, lookup keys, tokens. Patron tokens appear only as
// SHA-256 digests. The body schema is strict, so a writer cannot add a field by accident.
import { createHash } from 'node:crypto';
import {
  DATA_CLASSES,
  LEGAL_BASES,
  MESSAGE_KINDS,
  NOTICE_DETAILS,
  OUTCOMES,
  REASON_CODES,
  REVIEW_ROUTES,
  formatPath,
  zodProblem,
  type Citation,
} from '@ilr/policy';
import { messageKey } from '@ilr/nats';
import { z } from 'zod';
import { AuditError } from './errors.js';

/** The entry format written by this code. A reader accepts newer ones (extra fields are hashed like any other). */
export const ENTRY_VERSION = 1;

/** `prev` of the first entry of the chain. */
export const GENESIS_HASH = '0'.repeat(64);

export const CITATION_STATUSES = ['VERIFIED', 'UNVERIFIED', 'READING'] as const satisfies readonly Citation['status'][];

const zHex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (a SHA-256 digest)');
const zLibrary = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a library id');
const zTime = z.iso.datetime({ error: 'must be an ISO 8601 UTC time' });

/** What an entry says about one decision: everything but its place in the chain. */
export const zEntryBody = z.strictObject({
  /** The decided message's id. */
  messageId: z.string().min(1).max(64),
  /** A person's outcome for an earlier REVIEW decision (the review service's record). */
  reviewed: z.boolean(),
  /** Reviewed only: who decided (a staff role or id, never a patron). */
  reviewer: z.string().max(128).optional(),
  kind: z.enum(MESSAGE_KINDS),
  sender: zLibrary,
  recipient: zLibrary,
  /** The home library, whose policy decided. */
  home: zLibrary,
  decidedAt: zTime,
  outcome: z.enum(OUTCOMES),
  basis: z.enum(LEGAL_BASES),
  reasonCode: z.enum(REASON_CODES),
  disclosed: z.array(z.enum(DATA_CLASSES)).max(16),
  citations: z.array(z.strictObject({ cite: z.string().max(256), status: z.enum(CITATION_STATUSES) })).max(100),
  rules: z.array(z.string().max(256)).max(100),
  pack: z.strictObject({ id: z.string().min(1).max(64), version: z.string().max(64) }),
  /** Decided without consulting any patron facts. */
  screened: z.boolean(),
  referTo: zLibrary.optional(),
  review: z
    .strictObject({
      route: z.enum(REVIEW_ROUTES),
      urgent: z.boolean(),
      gag: z.boolean(),
      notifyConsortium: z.boolean(),
      ceiling: z.array(z.enum(DATA_CLASSES)).max(16),
    })
    .optional(),
  notice: z.enum(NOTICE_DETAILS).optional(),
  /** SHA-256 (hex) of each patron token the message named; never a token, never a lookup key. */
  tokenDigests: z.array(zHex64).max(100),
});
export type AuditEntryBody = z.infer<typeof zEntryBody>;

const zChain = {
  v: z.number().int().min(1),
  /** The ILR_AUDIT stream sequence the entry was stored at. */
  seq: z.number().int().min(1),
  prev: zHex64,
  /** When the audit service appended it. */
  recordedAt: zTime,
  hash: zHex64,
};

/** An entry as stored. Fields a newer writer may add are kept (and are part of the hash). */
export const zAuditEntry = z.looseObject({ ...zEntryBody.shape, ...zChain });
export type AuditEntry = AuditEntryBody & { v: number; seq: number; prev: string; recordedAt: string; hash: string };

/** Canonical JSON: object keys sorted (by UTF-16 code units), no whitespace, undefined members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new AuditError('INVALID_ENTRY', `${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const members = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
    return `{${members.join(',')}}`;
  }
  throw new AuditError('INVALID_ENTRY', `a ${typeof value} has no JSON form`);
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The hash an entry must carry: SHA-256 of its canonical JSON without `hash`. */
export function entryHash(entry: Record<string, unknown>): string {
  const { hash: _hash, ...rest } = entry;
  return sha256(canonicalJson(rest));
}

function invalid(error: z.ZodError, what: string): AuditError {
  const issue = error.issues[0]!;
  const path = formatPath(issue.path);
  return new AuditError('INVALID_ENTRY', `${what}${path ? `: ${path}` : ''}: ${zodProblem(issue)}`);
}

/** Checks a body against the strict schema; throws AuditError naming the field. */
export function checkEntryBody(body: unknown): AuditEntryBody {
  const r = zEntryBody.safeParse(body);
  if (!r.success) throw invalid(r.error, 'audit entry');
  return r.data;
}

/** The entry for `body` at stream sequence `seq`, chained to `prev`. */
export function sealEntry(body: AuditEntryBody, chain: { seq: number; prev: string; recordedAt?: Date }): AuditEntry {
  const checked = checkEntryBody(body);
  const unsealed = {
    ...checked,
    v: ENTRY_VERSION,
    seq: chain.seq,
    prev: chain.prev,
    recordedAt: (chain.recordedAt ?? new Date()).toISOString(),
  };
  return { ...unsealed, hash: entryHash(unsealed) };
}

/** The bytes stored in ILR_AUDIT: the entry's canonical JSON, `hash` included. */
export function encodeEntry(entry: AuditEntry): Uint8Array {
  return new TextEncoder().encode(canonicalJson(entry));
}

/** JSON parse and schema check, no hash check (verify.ts checks hashes). Throws AuditError. */
export function decodeEntry(data: Uint8Array): AuditEntry {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch (e) {
    throw new AuditError('INVALID_ENTRY', `not JSON: ${(e as Error).message}`);
  }
  const r = zAuditEntry.safeParse(json);
  if (!r.success) throw invalid(r.error, 'not an audit entry');
  // The raw object, not zod's output: fields a newer writer added stay (and stay hashed).
  return json as AuditEntry;
}

/**
 * What the next entry's `prev` must be: the stored `hash` of an entry, or, for a message
 * that is not an entry at all, the SHA-256 of its bytes (so the chain goes on past it and
 * verify reports it at its own sequence only).
 */
export function linkHash(data: Uint8Array): string {
  try {
    const json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data)) as { hash?: unknown };
    if (json && typeof json === 'object' && typeof json.hash === 'string' && /^[0-9a-f]{64}$/.test(json.hash)) return json.hash;
  } catch {
    // not JSON: hashed as bytes below
  }
  return sha256(data);
}

/**
 * The decision an entry records, as a key: `<sender>.<message_id>:decision` for the
 * policy's, `<sender>.<message_id>:reviewed` for a reviewer's. The audit service appends
 * each key once. The sender is part of it because message ids are unique only per sender:
 * keyed by the id alone, a library reusing another's id would have its decision taken for
 * one already appended, and left out of the log. Entries already written need no change:
 * every entry holds its sender, and the key is derived when read.
 */
export function entryKey(e: Pick<AuditEntryBody, 'messageId' | 'reviewed' | 'sender'>): string {
  return `${messageKey(e.sender, e.messageId)}:${e.reviewed ? 'reviewed' : 'decision'}`;
}
