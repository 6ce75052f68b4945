import { describe, expect, it } from 'vitest';
import {
  AuditError,
  GENESIS_HASH,
  canonicalJson,
  decodeEntry,
  encodeEntry,
  entryHash,
  entryKey,
  linkHash,
  sealEntry,
  zEntryBody,
} from '../src/index.js';
import { body, digestOf } from './fixtures.js';

describe('canonical JSON and the entry hash', () => {
  it('sorts keys at every level and leaves out undefined members, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, 'x'], c: undefined } })).toBe('{"a":{"d":[true,null,"x"]},"b":1}');
    const e = sealEntry(body(1), { seq: 1, prev: GENESIS_HASH });
    const shuffled = Object.fromEntries(Object.entries(e).reverse());
    expect(entryHash(shuffled)).toBe(e.hash);
  });

  it('escapes strings as JSON does (a quote cannot fake a field boundary)', () => {
    expect(canonicalJson({ a: 'x","b":"y' })).toBe('{"a":"x\\",\\"b\\":\\"y"}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(AuditError);
  });

  it('is the SHA-256 of the canonical JSON without the hash, and covers every field', () => {
    const e = sealEntry(body(7), { seq: 7, prev: 'a'.repeat(64) });
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [{ outcome: 'REFER' }, { seq: 8 }, { prev: 'b'.repeat(64) }, { tokenDigests: [] }, { extra: 1 }]) {
      expect(entryHash({ ...e, ...change }), JSON.stringify(change)).not.toBe(e.hash);
    }
  });

  it('stores the canonical JSON, and reads it back as written', () => {
    const e = sealEntry(body(3), { seq: 3, prev: GENESIS_HASH });
    const data = encodeEntry(e);
    expect(new TextDecoder().decode(data)).toBe(canonicalJson(e));
    expect(decodeEntry(data)).toEqual(e);
    expect(linkHash(data)).toBe(e.hash);
  });

  it('links past a message that is not an entry by the digest of its bytes', () => {
    const junk = new TextEncoder().encode('not an entry');
    expect(linkHash(junk)).toBe(digestOf('not an entry'));
  });

  it('keys a decision by sender, message id and who decided (ids are unique only per sender)', () => {
    expect(entryKey({ sender: 'mt-bozeman', messageId: 'abc', reviewed: false })).toBe('mt-bozeman.abc:decision');
    expect(entryKey({ sender: 'mt-bozeman', messageId: 'abc', reviewed: true })).toBe('mt-bozeman.abc:reviewed');
    expect(entryKey({ sender: 'wi-madison', messageId: 'abc', reviewed: false })).not.toBe(entryKey({ sender: 'mt-bozeman', messageId: 'abc', reviewed: false }));
  });
});

describe('the entry format (invariant 7: no patron identity in the audit log)', () => {
  it('has no field that could hold a name, card, address, title, label, lookup key or token', () => {
    const fields = Object.keys(zEntryBody.shape).map((f) => f.toLowerCase());
    for (const forbidden of ['name', 'card', 'address', 'phone', 'email', 'title', 'label', 'lookup', 'token', 'patron', 'facts', 'notice_text']) {
      expect(fields.filter((f) => f.includes(forbidden) && f !== 'tokendigests'), forbidden).toEqual([]);
    }
  });

  it('refuses a field the format does not have, naming it', () => {
    const withLabel = { ...body(1), label: 'GARC 4567' };
    expect(() => sealEntry(withLabel as never, { seq: 1, prev: GENESIS_HASH })).toThrow(/unknown field "label"/);
    const withPatron = { ...body(1), review: { route: 'DIRECTOR', urgent: false, gag: false, notifyConsortium: false, ceiling: [], patron: 'x' } };
    expect(() => sealEntry(withPatron as never, { seq: 1, prev: GENESIS_HASH })).toThrow(/review: unknown field "patron"/);
  });

  it('takes only SHA-256 digests where tokens were: a token or a card number is refused', () => {
    for (const bad of ['tok-123', '21234001234567', 'A'.repeat(64)]) {
      expect(() => sealEntry(body(1, { tokenDigests: [bad] }), { seq: 1, prev: GENESIS_HASH })).toThrow(/tokenDigests\[0\]: must be 64 lower-case hex digits/);
    }
  });

  it('names the field of a wrong value', () => {
    expect(() => sealEntry(body(1, { outcome: 'MAYBE' as never }), { seq: 1, prev: GENESIS_HASH })).toThrow(/outcome: unknown value; expected one of RELAY, REFER, REFUSE, REVIEW/);
    expect(() => decodeEntry(new TextEncoder().encode('{"v":1}'))).toThrow(/not an audit entry: messageId/);
    expect(() => decodeEntry(new TextEncoder().encode('{'))).toThrow(/not JSON/);
  });

  it('reads an entry from a newer writer with a field it does not know, and keeps that field in the hash', () => {
    const e = sealEntry(body(1), { seq: 1, prev: GENESIS_HASH });
    const { hash: _h, ...rest } = e;
    const newer = { ...rest, v: 2, channel: 'email' };
    const stored = { ...newer, hash: entryHash(newer) };
    const read = decodeEntry(new TextEncoder().encode(JSON.stringify(stored)));
    expect((read as unknown as { channel: string }).channel).toBe('email');
    expect(entryHash(read as never)).toBe(stored.hash);
  });
});
