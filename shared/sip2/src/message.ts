// SIP2 (3M Standard Interchange Protocol 2.00) framing: fixed fields, then variable fields
// `XXvalue|`, then error detection `AY<seq>AZ<checksum>` and a carriage return.

/** The checksum: the two's complement of the 16-bit sum of every byte up to and including "AZ", as 4 hex digits. */
export function checksum(upToAz: string): string {
  let sum = 0;
  for (const b of Buffer.from(upToAz, 'latin1')) sum = (sum + b) & 0xffff;
  return ((-sum) & 0xffff).toString(16).toUpperCase().padStart(4, '0');
}

/** A message with its sequence number and checksum, terminated. */
export function frame(body: string, seq: number): string {
  const upToAz = `${body}AY${seq % 10}AZ`;
  return `${upToAz}${checksum(upToAz)}\r`;
}

/** A message without a sequence number (Request Resend, 96), with its checksum. */
export function frameNoSeq(body: string): string {
  return `${body}AZ${checksum(`${body}AZ`)}\r`;
}

export type Checked = { ok: true; seq: number | undefined; body: string } | { ok: false; why: string };

/** Checks a received message (without its terminator): the checksum, and returns the body and sequence. */
export function check(line: string): Checked {
  const m = /^(.*?)(?:AY(\d))?AZ([0-9A-Fa-f]{4})$/s.exec(line);
  if (!m) return { ok: false, why: 'no checksum' };
  const upToAz = line.slice(0, line.length - 4);
  if (checksum(upToAz) !== m[3]!.toUpperCase()) return { ok: false, why: 'bad checksum' };
  return { ok: true, seq: m[2] === undefined ? undefined : Number(m[2]), body: m[1]! };
}

/** SIP2's 18-character date: YYYYMMDD, a 4-character zone, HHMMSS (UTC here). */
export function sipDate(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}   Z${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/** The variable fields from `start` on: `XXvalue|` each; a code sent twice keeps the first. */
export function fields(body: string, start: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of body.slice(start).split('|')) {
    if (part.length < 2) continue;
    const code = part.slice(0, 2);
    if (!out.has(code)) out.set(code, part.slice(2));
  }
  return out;
}

/** A variable field; `|` and control characters cannot travel in one and are dropped. */
export const field = (code: string, value: string): string => `${code}${value.replace(/[|\r\n\u0000-\u001f]/g, '')}|`;

// Message codes used here.
export const SIP = {
  login: '93',
  loginResponse: '94',
  patronInformation: '63',
  patronInformationResponse: '64',
  endPatronSession: '35',
  endSessionResponse: '36',
  requestResend: '96',
} as const;

/** Length of 64's fixed part: code, patron status (14), language (3), date (18), six counts (4 each). */
export const PATRON_INFO_FIXED = 2 + 14 + 3 + 18 + 6 * 4;
