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

/**
 * Bytes are never logged, only their size: a payload can carry a patron's identity. This
 * also keeps redaction from walking into a Buffer, which throws (and a logger must not).
 * Plain objects and arrays are looked into as deep as redaction looks; nothing is copied
 * unless it holds bytes.
 */
function withoutBytes<T>(value: T, depth: number): T {
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]` as T;
  if (value instanceof ArrayBuffer) return `[${value.byteLength} bytes]` as T;
  if (depth === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map((v: unknown) => withoutBytes(v, depth - 1));
    return (items.some((v, i) => v !== value[i]) ? items : value) as T;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(value)) {
    const w = withoutBytes(v, depth - 1);
    if (w !== v) (copy ??= { ...(value as Record<string, unknown>) })[k] = w;
  }
  return (copy ?? value) as T;
}

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
      formatters: { level: (label) => ({ level: label }), log: (obj) => withoutBytes(obj, 4) },
      redact: { paths, censor: '[redacted]' },
    },
    options.destination,
  );
}
