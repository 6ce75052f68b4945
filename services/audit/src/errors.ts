/**
 * The one error type of the audit service. `UNREADABLE_RECORD`: a decision record that
 * cannot become an entry (it is terminated, never retried); `STOPPED`: the service stopped
 * before the entry was appended (the record is redelivered); `NOT_PROVISIONED`: the audit
 * consumer or stream is missing.
 */
export type AuditServiceErrorCode = 'UNREADABLE_RECORD' | 'STOPPED' | 'NOT_PROVISIONED';

export class AuditServiceError extends Error {
  override readonly name = 'AuditServiceError';
  constructor(
    readonly code: AuditServiceErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
