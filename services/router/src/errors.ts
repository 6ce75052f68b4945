import type { AccessError } from '@ilr/access';
import type { WireError } from '@ilr/wire';

/** Why the router rejects a message; each code goes back to the sender in an ErrorReply. */
export type RejectCode =
  | WireError['code']
  /** Signature and replay checks (@ilr/access verifyEnvelope). */
  | AccessError['code']
  | 'BAD_SUBJECT'
  | 'FORGED_SENDER'
  /** Not published with Nats-Msg-Id <sender>.<message_id>: the claim (handle.ts) cannot hold. */
  | 'BAD_MSG_ID'
  | 'KIND_MISMATCH'
  | 'UNKNOWN_LIBRARY'
  | 'REQUESTER_NOT_SENDER'
  | 'POLICY_REJECTED';

/** The one error type of the router: a message that is bad input and is dead-lettered. */
export class RouterError extends Error {
  override readonly name = 'RouterError';
  constructor(
    readonly code: RejectCode,
    message: string,
    /** Proto field path, e.g. "sender" or "body.requester". */
    readonly field?: string,
    /** The rejected message's id, when it could be read. */
    readonly messageId?: string,
  ) {
    super(message);
  }
}
