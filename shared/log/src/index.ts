// @ilr/log: the one logger. pino, JSON lines with ISO times and level names, and redaction
// of every field that could carry patron identity (invariant 7: no identity in logs).
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** Field names that may hold patron identity, wherever they appear (two levels deep). */
export const REDACTED_FIELDS = [
  'patron',
  'facts',
  'lastName',
  'firstName',
  'name',
  'card',
  'cardNumber',
  'barcode',
  'pin',
  // Key material (nkey seeds, token keys) is never logged either.
  'seed',
  'address',
  'email',
  'phone',
  'birthDate',
  'title',
  'titles',
  'userKey',
  'label',
  'credentialValue',
  'lookupKey',
  'noticeText',
] as const;

const paths = REDACTED_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]);

export interface LogOptions {
  level?: LoggerOptions['level'];
  /** Where lines go; defaults to stdout. Tests pass a stream to capture every line. */
  destination?: DestinationStream;
}

export function createLogger(service: string, options: LogOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.ILR_LOG_LEVEL ?? 'info',
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths, censor: '[redacted]' },
    },
    options.destination,
  );
}
