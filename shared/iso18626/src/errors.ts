// The one error type of @ilr/iso18626: an ISO 18626 errorType and an errorValue that names
// the element and the problem, never the value a sender put there.

/** ISO 18626 type_errorType. */
export const ERROR_TYPES = [
  'UnsupportedActionType',
  'UnsupportedReasonForMessageType',
  'UnrecognisedDataElement',
  'UnrecognisedDataValue',
  'BadlyFormedMessage',
] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];

/**
 * A message refused. `httpStatus` is set only where the HTTP face answers with an HTTP
 * error instead of a confirmation (413: the body is over the size limit and is not read).
 */
export class Iso18626Error extends Error {
  override readonly name = 'Iso18626Error';
  constructor(
    readonly errorType: ErrorType,
    readonly errorValue: string,
    readonly httpStatus?: number,
  ) {
    super(`${errorType}: ${errorValue}`);
  }
}
