/** What went wrong in the NATS layer; callers branch on `code`, people read `message`. */
export type NatsErrorCode =
  /** A library id or message kind is not a valid subject token. */
  | 'INVALID_TOKEN'
  /** A subject does not have the shape of its catalogue family. */
  | 'INVALID_SUBJECT'
  /** No server answered. */
  | 'UNREACHABLE'
  /** A server answered but refused the credentials. */
  | 'AUTH'
  /** Bad connection options (credentials file unreadable, ...). */
  | 'CONFIG'
  /** JetStream is off, or a stream/consumer/bucket is missing (run provision). */
  | 'NOT_PROVISIONED'
  /** Creating or updating a stream, consumer or bucket failed. */
  | 'PROVISION'
  /** A JetStream publish got no PubAck: no answer in time, no stream for the subject, connection lost. */
  | 'PUBLISH'
  /** A request found no subscriber on its subject. */
  | 'NO_RESPONDERS'
  /** A request got no answer in time. */
  | 'TIMEOUT'
  /** A request failed otherwise: the requester was closed, or the connection failed. */
  | 'REQUEST';

/** The one error type of @ilr/nats (connection, catalogue validation, provisioning). */
export class NatsSetupError extends Error {
  override readonly name = 'NatsSetupError';
  constructor(
    readonly code: NatsErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
