import type { ErrorReply } from '@ilr/wire';

/** What went wrong in the connector; callers branch on `code`, people read `message`. */
export type ConnectorErrorCode =
  /** The message could not be encoded (a WireError, or a requester that is not this library). */
  | 'INVALID_MESSAGE'
  /** JetStream did not store the message (no stream, no ack, no permission). */
  | 'PUBLISH_FAILED'
  /** The broker rejected the message: `errorReply` says why. */
  | 'REJECTED'
  /** No final reply within the request's timeout (the message was sent; a late reply goes to onReply). */
  | 'TIMEOUT'
  /** The connector was closed while waiting. */
  | 'CLOSED'
  /** The delivery consumer could not be read (not provisioned, no permission). */
  | 'CONSUMER'
  /** The keystore or ledger could not be used (the TokenError is the cause). */
  | 'TOKENS'
  /** The library system (NCIP, SIP2) could not answer a patron lookup: down, slow or unreadable. */
  | 'ILS_UNAVAILABLE';

/** The one error type of @ilr/connector. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
    readonly details: { messageId?: string; errorReply?: ErrorReply; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  get messageId(): string | undefined {
    return this.details.messageId;
  }

  get errorReply(): ErrorReply | undefined {
    return this.details.errorReply;
  }
}
