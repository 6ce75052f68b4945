// The one error type of the review service and its client. The code travels to the CLI
// (service error body), so a person sees the same words the service chose.

export const REVIEW_ERROR_CODES = [
  'INVALID_REQUEST',
  'BEYOND_CEILING',
  'NOT_AUTHORISED',
  'UNKNOWN_LIBRARY',
  'UNKNOWN_ID',
  'ALREADY_DECIDED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ReviewErrorCode = (typeof REVIEW_ERROR_CODES)[number];

/** The NATS service error code sent with each (HTTP-like, for generic NATS tools). */
export const STATUS_OF: Record<ReviewErrorCode, number> = {
  INVALID_REQUEST: 400,
  BEYOND_CEILING: 422,
  NOT_AUTHORISED: 403,
  UNKNOWN_LIBRARY: 404,
  UNKNOWN_ID: 404,
  ALREADY_DECIDED: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export class ReviewError extends Error {
  override readonly name = 'ReviewError';
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  get status(): number {
    return STATUS_OF[this.code];
  }
}

export const isReviewErrorCode = (c: unknown): c is ReviewErrorCode => (REVIEW_ERROR_CODES as readonly unknown[]).includes(c);
