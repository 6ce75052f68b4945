/** The one error type of the directory: a bad entry, a missing bucket, an unreadable file. */
export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
  constructor(
    message: string,
    /** The library id or file the problem is about, when known. */
    readonly subject?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
