/** The one error type of the test harness: a server could not be found, started or stopped. */
export class NatsHarnessError extends Error {
  override readonly name = 'NatsHarnessError';
  constructor(message: string, options?: { cause?: unknown; logs?: string }) {
    super(options?.logs ? `${message}\n--- nats-server log (tail) ---\n${options.logs}` : message, {
      cause: options?.cause,
    });
  }
}
