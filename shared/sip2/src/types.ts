import type { ConnectionOptions } from 'node:tls';

export interface Sip2ClientOptions {
  host: string;
  port: number;
  /** Login (93) user id (CN) and password (CO); without a user, no login is sent. */
  user?: string | undefined;
  password?: string | undefined;
  /** Login location code (CP). */
  location?: string | undefined;
  /** Institution id (AO) of every request. */
  institutionId: string;
  /** Terminal password (AC), where the ILS wants one. */
  terminalPassword?: string | undefined;
  /** How long one lookup (its exchanges together) may take. Default 3000 ms. */
  timeoutMs?: number | undefined;
  /** TLS to the ILS: true, or node's TLS options (a private CA, a server name). Default plain TCP. */
  tls?: boolean | ConnectionOptions | undefined;
  /** The field carrying the patron's birth date, where the ILS sends one (Evergreen: PB). */
  birthDateField?: string | undefined;
  /** The field naming the patron's home library or branch (Evergreen: AQ). */
  homeLibraryField?: string | undefined;
}

/** What Patron Information (64) said. */
export interface Sip2Patron {
  /** BL: Y, N, or absent. */
  validPatron: boolean | undefined;
  /** AE as sent (e.g. "Garcia-Lopez, Maria"), when not empty. */
  personalName?: string;
  /** BV in currency units, when sent. */
  feeAmount?: number;
  /** BH, when sent. */
  currency?: string;
  /** The fixed-field overdue items count, when the ILS fills it. */
  overdueCount?: number;
  /** YYYY-MM-DD, from the configured birth date field, when sent and readable. */
  birthDate?: string;
  /** The configured home library field, when sent. */
  homeLibrary?: string;
}
