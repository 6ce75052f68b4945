/** Why a SIP2 exchange failed. Messages never carry patron data or the answer's content. */
export type Sip2ErrorCode = 'UNREACHABLE' | 'TIMEOUT' | 'LOGIN_FAILED' | 'BAD_CHECKSUM' | 'UNREADABLE' | 'CLOSED';

export class Sip2Error extends Error {
  override readonly name = 'Sip2Error';
  constructor(
    readonly code: Sip2ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
