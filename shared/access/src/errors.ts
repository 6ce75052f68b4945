/** What went wrong in @ilr/access; callers branch on `code`, people (and senders) read `message`. */
export type AccessErrorCode =
  /** A principal name that is not a library id, or one reserved for the broker (`ilr-...`). */
  | 'INVALID_NAME'
  /** No such library, service or operator in the credentials store. */
  | 'UNKNOWN_PRINCIPAL'
  /** The operation does not apply (revoking a service, finishing a rotation never started...). */
  | 'NOT_ALLOWED'
  /** The credentials store cannot be read or written, or its registry is invalid. */
  | 'STORE'
  /** A seed that is not an nkey user seed (the seed itself is never put in a message). */
  | 'INVALID_SEED'
  /** A public key that is not an nkey user public key (`U...`). */
  | 'INVALID_KEY'
  /** Signaling nats-server to reload failed. */
  | 'RELOAD'
  // Envelope signatures (verifyEnvelope): what a sender is told when its message is refused.
  /** No signature, or no signer. */
  | 'UNSIGNED'
  /** The signature does not verify over the envelope (forged or altered), or there is more than one. */
  | 'BAD_SIGNATURE'
  /** The signer is not a signing key the directory lists for the sender. */
  | 'UNKNOWN_SIGNER'
  /** The directory lists no signing key for the sender. */
  | 'NO_SIGNING_KEY'
  /** created_at is older than the replay window allows. */
  | 'STALE'
  /** created_at is further in the future than clock skew explains. */
  | 'FUTURE_DATED'
  /** Signing would make the envelope larger than the wire limit. */
  | 'OVERSIZED';

/** The one error type of @ilr/access. Signature errors name the envelope field and message id. */
export class AccessError extends Error {
  override readonly name = 'AccessError';
  constructor(
    readonly code: AccessErrorCode,
    message: string,
    readonly field?: string,
    readonly messageId?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
