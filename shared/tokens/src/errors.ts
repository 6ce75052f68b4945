/** What went wrong with a keystore, a ledger or a token operation; callers branch on `code`. */
export type TokenErrorCode =
  /** A keystore, ledger or journal file is not what it should be (the message names the field). */
  | 'INVALID_FILE'
  /** A keystore that group or others may read: refused until it is chmod 600. */
  | 'INSECURE_FILE'
  /** There is no keystore for this library in that directory (and creating one was not asked for). */
  | 'NO_KEYSTORE'
  /** No key with that id in the keystore. */
  | 'UNKNOWN_KEY'
  /** The key cannot be shredded now (it is active, or links are still kept under it). */
  | 'KEY_IN_USE'
  /** Bad arguments (a patron id, partner or transaction that cannot be recorded). */
  | 'INVALID_INPUT'
  /** Another process held the keystore lock for too long. */
  | 'LOCKED'
  /** Reading or writing a file failed. */
  | 'IO';

/** The one error type of @ilr/tokens. Messages never contain patron data or key material. */
export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    readonly code: TokenErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
