/** The one error type of the policy service: `code` is the NATS service error code sent back. */
export class PolicyServiceError extends Error {
  override readonly name = 'PolicyServiceError';
  constructor(
    readonly code: 400 | 500,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
