/** Why a LookupUser got no usable answer. Messages never carry patron data or the answer's content. */
export type NcipErrorCode = 'UNREACHABLE' | 'TIMEOUT' | 'HTTP' | 'UNREADABLE' | 'PROBLEM';

export class NcipError extends Error {
  override readonly name = 'NcipError';
  constructor(
    readonly code: NcipErrorCode,
    message: string,
  ) {
    super(message);
  }
}
