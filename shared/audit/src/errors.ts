/**
 * The one error type of @ilr/audit. `INVALID_ENTRY`: an entry (or what would become one)
 * breaks the format, naming the field; `INVALID_FILTER`: a query filter is wrong, naming
 * the field; `NOT_AVAILABLE`: the audit stream cannot be read (missing, NATS down).
 */
export type AuditErrorCode = 'INVALID_ENTRY' | 'INVALID_FILTER' | 'NOT_AVAILABLE';

export class AuditError extends Error {
  override readonly name = 'AuditError';
  constructor(
    readonly code: AuditErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
