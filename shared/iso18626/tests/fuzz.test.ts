// 10,000 mutated samples through the answer every peer gets: always a schema-valid
// confirmation (HTTP 200) or the documented 413, never a throw or a hang. Deterministic
// (a seeded generator), so a failure names a case that can be replayed.
import { describe, expect, it } from 'vitest';
import { ERROR_TYPES, LIMITS, answer, checkConfirmation } from '../src/index.js';
import { SAMPLES } from './helpers.js';

const CASES = 10_000;
const TOKENS = [
  '<', '>', '&', '&amp;', '&#0;', '&#x1F600;', '&bogus;', '<!DOCTYPE x [<!ENTITY e "e">]>', '<!ENTITY e SYSTEM "file:///etc/passwd">',
  '<![CDATA[', ']]>', '<!--', '-->', '<?pi x?>', '</', '/>', '"', "'", '=', 'xmlns="urn:x"', 'xmlns:ill="urn:y"', '\u0000', '\u0001',
  '\uFFFE', '\uD800', '\u00e9', 'ill:scheme="s"', '<note>n</note>', '<header/>', '<status>Loaned</status>', '<action>Cancel</action>',
  '<requestingAgencyRequestId></requestingAgencyRequestId>', '<timestamp>not-a-date</timestamp>', ' ', '\n', '\t', 'x',
];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

function mutate(src: string, r: () => number): string | Uint8Array {
  let s = src;
  const n = 1 + Math.floor(r() * 4);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(r() * (s.length + 1));
    const len = Math.floor(r() * 40);
    switch (Math.floor(r() * 8)) {
      case 0: // delete a span
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 1: // insert a token
        s = s.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)]! + s.slice(at);
        break;
      case 2: // duplicate a span
        s = s.slice(0, at) + s.slice(at, at + len * 4) + s.slice(at);
        break;
      case 3: // truncate
        s = s.slice(0, at);
        break;
      case 4: {
        // swap one element's text for another's
        const texts = [...s.matchAll(/>([^<]{1,40})</g)];
        if (texts.length > 1) {
          const a = texts[Math.floor(r() * texts.length)]!;
          const b = texts[Math.floor(r() * texts.length)]!;
          s = s.slice(0, a.index + 1) + b[1] + s.slice(a.index + 1 + a[1]!.length);
        }
        break;
      }
      case 5: {
        // rename an element (start or end tag)
        const tags = [...s.matchAll(/<\/?([A-Za-z0-9:]+)/g)];
        if (tags.length) {
          const t = tags[Math.floor(r() * tags.length)]!;
          const names = tags.map((x) => x[1]!);
          s = s.slice(0, t.index + (t[0].startsWith('</') ? 2 : 1)) + names[Math.floor(r() * names.length)]! + s.slice(t.index + t[0].length);
        }
        break;
      }
      case 6: // nest deeply
        s = s.slice(0, at) + '<a>'.repeat(len * 10) + '</a>'.repeat(len * 10) + s.slice(at);
        break;
      default: {
        // flip bytes (possibly breaking UTF-8)
        const b = Buffer.from(s, 'utf8');
        for (let i = 0; i < 1 + len / 10; i++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
        return r() < 0.05 ? Buffer.concat([b, Buffer.alloc(LIMITS.maxBytes, 0x20)]) : b;
      }
    }
  }
  return s;
}

describe('fuzz: mutated samples', () => {
  it(`${CASES} cases: a valid confirmation or a documented HTTP error, never a throw`, () => {
    const samples = [...SAMPLES.values()];
    const r = rng(0x18626);
    const seen = { ok: 0, error: 0, 413: 0 };
    for (let i = 0; i < CASES; i++) {
      const input = mutate(samples[i % samples.length]!, r);
      let a;
      try {
        a = answer(input);
      } catch (e) {
        throw new Error(`case ${i} threw: ${(e as Error).stack}`);
      }
      if (a.httpStatus === 413) {
        seen[413]++;
        continue;
      }
      expect(a.httpStatus, `case ${i}`).toBe(200);
      const c = checkConfirmation(a.xml);
      if (!c.ok) throw new Error(`case ${i}: the confirmation is not valid: ${c.error.message}`);
      if (a.result.ok) seen.ok++;
      else {
        seen.error++;
        expect(ERROR_TYPES, `case ${i}`).toContain(a.result.error.errorType);
      }
    }
    // The mutations reach every branch: some still valid, most refused, some too large.
    expect(seen.ok).toBeGreaterThan(100);
    expect(seen.error).toBeGreaterThan(5_000);
    expect(seen[413]).toBeGreaterThan(10);
  }, 900_000); // ~13 s on an idle machine; the limit only catches a hang
});
