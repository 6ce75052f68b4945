// When links are expunged and keys rotate, as pure functions of the clock.
import type { Keystore } from './keystore.js';
import type { LedgerEntry } from './ledger.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keys rotate once per retention period (at least daily): every key then stops minting
 * within one period, and once the links it sealed are expunged it is shredded, so no
 * key outlives its tokens' retention by more than one period (outstanding materials or
 * fines aside).
 */
export const rotationPeriodDays = (retentionDays: number): number => Math.max(1, retentionDays);

/** True when there is no active key, or the active key is older than the rotation period. */
export function rotationDue(keystore: Keystore, now: Date, retentionDays: number): boolean {
  const active = keystore.active();
  if (!active) return true;
  return now.getTime() - Date.parse(active.createdAt) >= rotationPeriodDays(retentionDays) * DAY_MS;
}

/** A completed link whose retention period has run out (outstanding materials or fines are checked apart). */
export function retentionExpired(entry: LedgerEntry, now: Date, retentionDays: number): boolean {
  if (entry.state !== 'COMPLETED' || !entry.completedAt) return false;
  return now.getTime() - Date.parse(entry.completedAt) >= retentionDays * DAY_MS;
}
