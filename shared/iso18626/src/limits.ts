// Limits on what the gateway reads (documented in the README). ISO 18626 messages are a few
// kilobytes; the ILR envelope carrying one is limited to 64 KiB (@ilr/wire).
export const LIMITS = {
  /** bytes of one HTTP body / one file; above it: HTTP 413, or an ERROR line offline */
  maxBytes: 64 * 1024,
  /** element nesting; the schema itself needs 7 */
  maxDepth: 32,
  /** elements in one document */
  maxElements: 2_000,
} as const;
