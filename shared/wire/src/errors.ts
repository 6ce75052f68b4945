/**
 * The codes this layer reports. Each one goes back to the sender in an ErrorReply
 * (DOMAIN.md invariant 6), so each says what to fix, never anything about a patron.
 */
export const WIRE_ERROR_CODES = [
  'MALFORMED', // not a valid protobuf message, or a value of the wrong type
  'OVERSIZED', // over MAX_MESSAGE_BYTES, or a repeated field over its cap
  'UNKNOWN_KIND', // Envelope.kind is not a MessageKind this version knows
  'UNKNOWN_ENUM', // any other enum field holds a value this version does not know
  'MISSING_FIELD', // a required field is empty
  'INVALID_UTF8', // a string is not valid UTF-8 (or, when encoding, has a lone surrogate)
  'INVALID_VALUE', // well-formed but not allowed, e.g. a library id that is not lower-case
  'UNSUPPORTED_VERSION', // Envelope.schema_version is newer than this reader
] as const;
export type WireErrorCode = (typeof WIRE_ERROR_CODES)[number];

/** The one error type of @ilr/wire: what was wrong, and in which field. */
export class WireError extends Error {
  override readonly name = 'WireError';

  constructor(
    readonly code: WireErrorCode,
    message: string,
    /** Proto field path, e.g. "sender" or "body.wants[3]". */
    readonly field?: string,
    /** The rejected envelope's message_id, when it could be read and is a valid id (safe in a header or a key). */
    readonly messageId?: string,
  ) {
    super(message);
  }

  /** The same error seen from an enclosing message: field "wants" becomes "body.wants". */
  within(prefix: string, messageId?: string): WireError {
    const field = this.field ? `${prefix}.${this.field}` : prefix;
    return new WireError(this.code, `${prefix}: ${this.message}`, field, messageId ?? this.messageId);
  }
}
