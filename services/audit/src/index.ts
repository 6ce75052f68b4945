// @ilr/audit-service: ilr-audit appends every decision on ILR_DECISIONS to the hash-chained
// audit stream ILR_AUDIT (DOMAIN.md invariants 7 and 8). Reading and verifying: @ilr/audit.
export { startAuditService, type AuditService, type AuditServiceOptions, type AuditServiceStats } from './service.js';
export { ChainWriter, type AppendOutcome, type ChainWriterOptions, type WriterStats } from './writer.js';
export { entryBodyOf, entryBodyFromBytes } from './record.js';
export { AuditServiceError, type AuditServiceErrorCode } from './errors.js';
