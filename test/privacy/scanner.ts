// The canary scanner: looks for every needle (canaries.ts) in everything captured, in the
// raw bytes and in the obvious transformations a leak could take on the way: any case,
// card and phone digits with separators, base64 (headers, JSON fields), hex, and byte
// arrays as JSON serialises a Buffer or Uint8Array. A hit is a leak unless an allowance
// (a lawful disclosure the flow declared) covers that place, message and library.
import type { Needle } from './canaries.js';

/** Where something was captured. */
export type Place =
  | 'log' // a log line of a service or connector
  | 'stream' // a message stored in a JetStream stream (KV buckets included: their streams)
  | 'metrics' // stats, service info, server monitoring
  | 'facts' // a patron-fact lookup a home library received (ilr.facts.<library>)
  | 'review-answer' // what the review service answered a reviewer
  | 'server-log' // nats-server's own log
  | 'keys' // a library's keystore, ledger or journal file, a gateway's transactions
  | 'ill'; // what a gateway library's ILL system received from its gateway (ISO 18626)

export interface Artifact {
  /** For a person reading a failure: "ILR_DELIVERY #12 ilr.out.ma-plymouth.patron_inquiry". */
  where: string;
  place: Place;
  stream?: string | undefined;
  subject?: string | undefined;
  /** The message the artifact is about (deliveries, review items, facts lookups), when known. */
  messageId?: string | undefined;
  /** The library it went to (deliveries, facts lookups) or whose queue it is in (review items). */
  library?: string | undefined;
  data: string | Uint8Array;
  headers?: Record<string, string[]> | undefined;
}

/** A lawful disclosure: these values may appear in this place, for this message, at this library. */
export interface Allowance {
  place: 'delivery' | 'review' | 'facts';
  messageId: string;
  library: string;
  values: string[];
  why: string;
}

export interface Hit {
  artifact: Artifact;
  needle: Needle;
  /** Which view of the artifact it was found in: raw, base64, hex, bytes. */
  view: string;
}

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

/** Card and phone digits as they might be written: "2150 9173-6284 50", "(406) 555.7341". */
export const digitsOnly = (s: string): string => s.replace(/(?<=\d)[\s\-.()/]+(?=\d)/g, '');

const BASE64_RUN = /[A-Za-z0-9+/]{12,}={0,2}/g;
const HEX_RUN = /\b(?:[0-9a-fA-F]{2}){8,}\b/g;
// A Buffer as JSON ({"type":"Buffer","data":[...]}) or any array of byte values.
const BYTE_ARRAY = /\[\s*\d{1,3}(?:\s*,\s*\d{1,3}){7,}\s*\]/g;
// A Uint8Array as JSON: {"0":12,"1":34,...}
const BYTE_OBJECT = /\{\s*"0"\s*:\s*\d{1,3}(?:\s*,\s*"\d+"\s*:\s*\d{1,3}){7,}\s*\}/g;

function bytesOfNumbers(text: string): string {
  return latin1(Uint8Array.from((text.match(/:\s*\d{1,3}|\d{1,3}/g) ?? []).map((x) => Number(x.replace(/[:\s]/g, '')) & 0xff)));
}

/** The raw text and every decoded form found in it, two levels deep (a base64 inside a base64). */
export function viewsOf(a: Artifact): Array<{ view: string; text: string }> {
  let raw = typeof a.data === 'string' ? a.data : latin1(a.data);
  if (a.subject) raw = `${a.subject}\n${raw}`;
  for (const [k, vs] of Object.entries(a.headers ?? {})) for (const v of vs) raw += `\n${k}: ${v}`;
  const out: Array<{ view: string; text: string }> = [];
  const expand = (text: string, view: string, depth: number) => {
    out.push({ view, text });
    if (depth === 0) return;
    for (const m of text.match(BASE64_RUN) ?? []) {
      const decoded = Buffer.from(m, 'base64').toString('latin1');
      if (decoded.length >= 6) expand(decoded, `${view}>base64`, depth - 1);
    }
    for (const m of text.match(HEX_RUN) ?? []) expand(Buffer.from(m, 'hex').toString('latin1'), `${view}>hex`, depth - 1);
    for (const m of text.match(BYTE_ARRAY) ?? []) expand(bytesOfNumbers(m), `${view}>bytes`, depth - 1);
    for (const m of text.match(BYTE_OBJECT) ?? []) expand(bytesOfNumbers(m.replace(/"\d+"\s*:/g, ':')), `${view}>bytes`, depth - 1);
  };
  expand(raw, 'raw', 2);
  return out;
}

export class Scanner {
  private readonly lower: Array<{ needle: Needle; value: string }>;

  constructor(readonly needles: readonly Needle[]) {
    this.lower = needles.map((needle) => ({ needle, value: needle.digits ? needle.value : needle.value.toLowerCase() }));
  }

  /** Every needle found in the artifact (once per needle, with the first view it was found in). */
  scan(a: Artifact): Hit[] {
    const hits = new Map<Needle, Hit>();
    for (const { view, text } of viewsOf(a)) {
      const lower = text.toLowerCase();
      const digits = digitsOnly(text);
      for (const { needle, value } of this.lower) {
        if (hits.has(needle)) continue;
        if (needle.digits ? digits.includes(value) : lower.includes(value)) hits.set(needle, { artifact: a, needle, view });
      }
    }
    return [...hits.values()];
  }

  scanAll(artifacts: readonly Artifact[]): Hit[] {
    return artifacts.flatMap((a) => this.scan(a));
  }
}

/** Does a lawful disclosure cover this hit? The needle must be (part of) a value allowed for this place, message and library. */
export function isLawful(hit: Hit, allowances: readonly Allowance[]): boolean {
  const a = hit.artifact;
  const place = placeOfAllowance(a);
  if (!place || !a.messageId || !a.library) return false;
  const needle = hit.needle.digits ? hit.needle.value : hit.needle.value.toLowerCase();
  return allowances.some(
    (w) =>
      w.place === place &&
      w.messageId === a.messageId &&
      w.library === a.library &&
      w.values.some((v) => (hit.needle.digits ? digitsOnly(v).includes(needle) : v.toLowerCase().includes(needle))),
  );
}

/** Only three places can ever hold a lawful disclosure; a reply, an error, a log line never. */
function placeOfAllowance(a: Artifact): Allowance['place'] | undefined {
  if (a.place === 'facts') return 'facts';
  if (a.place !== 'stream') return undefined;
  if (a.stream === 'ILR_REVIEW') return 'review';
  if (a.stream === 'ILR_DELIVERY' && a.subject && !/\.(reply|error)$/.test(a.subject)) return 'delivery';
  return undefined;
}

/** One line per hit, for an assertion message a person can act on. */
export function describeHit(h: Hit): string {
  return `${h.needle.owner}'s ${h.needle.form} "${h.needle.value}" in ${h.artifact.where} (${h.view})`;
}
