// @ilr/tokens: patron tokens minted and resolved only by the home library; the keys they
// depend on rotate with the retention period and can be shredded; the ledger of links and
// the journal of what retention expunged (counts only).
export { TokenError, type TokenErrorCode } from './errors.js';
export { TOKEN_PREFIX, looksLikeToken, tokenDigest, tokenKeyId, isKeyId, type RandomBytes } from './token.js';
export { Keystore, KEYSTORE_FORMAT, zKeystoreFile, keyInfo, type KeyInfo, type KeyRecord, type KeyState, type KeystoreData } from './keystore.js';
export { Ledger, zLedgerEntry, zLedgerLine, type LedgerEntry, type LedgerLine } from './ledger.js';
export { DAY_MS, rotationPeriodDays, rotationDue, retentionExpired } from './retention.js';
export { zJournalRecord, type JournalRecord, type RetentionReport } from './journal.js';
export {
  TokenVault,
  type VaultOptions,
  type MintRequest,
  type Resolution,
  type UnresolvedReason,
  type OutstandingCheck,
  type VaultStatus,
  type KeyStatus,
  type ShredResult,
  type MaintenanceReport,
} from './vault.js';
