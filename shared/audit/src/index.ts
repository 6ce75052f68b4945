// @ilr/audit: the hash-chained audit log (DOMAIN.md invariants 7 and 8): the entry format
// and its canonical hash, chain verification over stored messages (pure), the reader of
// the audit stream, and queries with aggregate counts. The writer is services/audit.
export { AuditError, type AuditErrorCode } from './errors.js';
export {
  CITATION_STATUSES,
  ENTRY_VERSION,
  GENESIS_HASH,
  canonicalJson,
  checkEntryBody,
  decodeEntry,
  encodeEntry,
  entryHash,
  entryKey,
  linkHash,
  sealEntry,
  zAuditEntry,
  zEntryBody,
  type AuditEntry,
  type AuditEntryBody,
} from './entry.js';
export {
  ChainVerifier,
  parseAnchor,
  verifyChain,
  type Anchor,
  type BreakCode,
  type ChainBreak,
  type StoredMessage,
  type VerifyOptions,
  type VerifyReport,
} from './verify.js';
export {
  auditStreamState,
  readAudit,
  readHead,
  verifyAuditStream,
  type AuditHead,
  type AuditMessage,
  type ReadOptions,
  type VerifyStreamOptions,
} from './stream.js';
export {
  AuditTally,
  checkFilter,
  matchesFilter,
  queryAudit,
  zAuditFilter,
  type AuditCounts,
  type AuditFilter,
  type QueryOptions,
  type QueryResult,
} from './query.js';
