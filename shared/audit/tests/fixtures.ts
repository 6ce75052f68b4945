// Entries for tests: a plausible decision body, and a chain of them as stored messages.
import { createHash } from 'node:crypto';
import { GENESIS_HASH, encodeEntry, sealEntry, type AuditEntry, type AuditEntryBody } from '../src/index.js';
import type { StoredMessage } from '../src/index.js';

export const digestOf = (token: string) => createHash('sha256').update(token).digest('hex');

const HOMES = ['mt-bozeman', 'or-multnomah', 'ma-duxbury'] as const;

export function body(i: number, over: Partial<AuditEntryBody> = {}): AuditEntryBody {
  return {
    messageId: `m-${String(i).padStart(6, '0')}`,
    reviewed: false,
    kind: 'PATRON_INQUIRY',
    sender: 'wi-madison',
    recipient: HOMES[i % HOMES.length]!,
    home: HOMES[i % HOMES.length]!,
    decidedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    outcome: i % 2 === 0 ? 'REFUSE' : 'RELAY',
    basis: i % 2 === 0 ? 'MATERIAL_RECOVERY' : 'PATRON_WRITTEN_CONSENT',
    reasonCode: i % 2 === 0 ? 'NO_LEGAL_BASIS' : 'RELAYED',
    disclosed: i % 2 === 0 ? [] : ['CONTACT'],
    citations: [{ cite: 'MCA 22-1-1103', status: 'VERIFIED' }],
    rules: ['mt-no-disclosure'],
    pack: { id: 'US-MT', version: '2026.1.0' },
    screened: i % 2 === 0,
    tokenDigests: [digestOf(`tok-${i}`)],
    ...over,
  };
}

/** A well-formed chain of n entries, as the audit service would store them from seq 1. */
export function chain(n: number, bodyOf: (i: number) => AuditEntryBody = (i) => body(i)): { entries: AuditEntry[]; messages: StoredMessage[] } {
  const entries: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = sealEntry(bodyOf(seq), { seq, prev, recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq, 500)) });
    entries.push(e);
    prev = e.hash;
  }
  const messages = entries.map((e) => ({ seq: e.seq, subject: `ilr.audit.${e.home}`, data: encodeEntry(e) }));
  return { entries, messages };
}

export const json = (m: StoredMessage) => JSON.parse(new TextDecoder().decode(m.data)) as Record<string, unknown>;
export const bytes = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
