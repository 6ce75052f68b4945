// Bad input, fuzzed (DOMAIN.md invariant 6): well over 100,000 generated payloads through
// decodeMessage (envelope, then body). Every outcome must be a Message or a WireError with
// a known code and a reason (and a field path where one field is at fault); never another
// exception, never a hang, never a decode that costs more than DECODE_BUDGET_MS. Where a
// mutation has a certain result (a cut inside a field is MALFORMED, an unknown enum is
// UNKNOWN_ENUM at its path, an unknown field is kept...) the test says so exactly.
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run --project @ilr/wire fuzz
// Scale the runs (e.g. nightly): FUZZ_SCALE=10.
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BODY_TYPES,
  MAX_MESSAGE_BYTES,
  WIRE_ERROR_CODES,
  WireError,
  decodeDecision,
  decodeErrorReply,
  decodeMessage,
  decodeRequesterReply,
  encodeBody,
  encodeEnvelope,
  encodeMessage,
  type Kind,
  type Message,
} from '../src/index.js';
import {
  INVALID_UTF8,
  KINDS,
  caseArb,
  capOf,
  concat,
  encodeCase,
  envelopeBytes,
  fieldBoundaries,
  isEnumField,
  isMessageField,
  isStringField,
  kindNumber,
  lengthDelimited,
  messageArb,
  parentFor,
  rawEncode,
  rawField,
  slotsOf,
  typeOf,
  enumValues,
  type Case,
  type Obj,
  type Slot,
} from './fuzz-payloads.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 0x11a_f022);
const SCALE = Number(process.env['FUZZ_SCALE'] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));
/** No single decode may take longer (the slowest seen is a fraction of a millisecond; this allows for a loaded CI box). */
const DECODE_BUDGET_MS = 50;
const MIN_PAYLOADS = 100_000;

const MESSAGE_ID = /^[0-9A-Za-z-]{1,64}$/;
const FIELD_PATH = /^[a-z][a-z0-9_]*(\[\d+\])?(\.[a-z][a-z0-9_]*(\[\d+\])?)*$/;
const ENVELOPE_FIELDS = typeOf('Envelope').fields;
const REQUIRED_ENVELOPE_FIELDS = new Set(['message_id', 'sender', 'recipient', 'kind']);

// ---------------------------------------------------------------------------------------
// Counting

interface Tally {
  payloads: number;
  decoded: number;
  rejected: Record<string, number>;
  maxMs: number;
}
const tallies = new Map<string, Tally>();
const tally = (category: string): Tally => {
  let t = tallies.get(category);
  if (!t) tallies.set(category, (t = { payloads: 0, decoded: 0, rejected: {}, maxMs: 0 }));
  return t;
};
const total = () => [...tallies.values()].reduce((n, t) => n + t.payloads, 0);

afterAll(() => {
  const rows = [...tallies].map(([category, t]) => ({
    category,
    payloads: t.payloads,
    decoded: t.decoded,
    rejected: Object.entries(t.rejected)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', '),
    'max ms': Number(t.maxMs.toFixed(2)),
  }));
  console.log(`wire fuzz: seed ${SEED}, ${total()} payloads, 0 crashes, 0 over ${DECODE_BUDGET_MS} ms`);
  console.table(rows);
});

// ---------------------------------------------------------------------------------------
// The one decode every payload goes through

type Outcome = { ok: true; message: Message } | { ok: false; error: WireError };

function timed(bytes: Uint8Array): { outcome: Outcome; ms: number } {
  const t0 = performance.now();
  let outcome: Outcome;
  try {
    outcome = { ok: true, message: decodeMessage(bytes) };
  } catch (e) {
    if (!(e instanceof WireError)) {
      const what = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
      throw new Error(`decodeMessage threw something that is not a WireError (${what}) for ${bytes.length} bytes`);
    }
    outcome = { ok: false, error: e };
  }
  return { outcome, ms: performance.now() - t0 };
}

/** A failed check: plain throws, not expect(), which would cost more than the decode itself. */
function must(ok: boolean, what: string): asserts ok {
  if (!ok) throw new Error(what);
}
const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b) === 0;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Checks `actual` has every property of `expected` (undefined meaning absent). */
function matches(actual: object, expected: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(expected)) {
    const got = (actual as Record<string, unknown>)[k];
    if (got !== v) throw new Error(`${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(got)} (${String((actual as Error).message)})`);
  }
}

/** decodeMessage with every check that holds for any input; returns the outcome for the mutation's own checks. */
function decode(category: string, bytes: Uint8Array): Outcome {
  const before = Buffer.from(bytes); // a copy: the decoder must not touch its input
  let { outcome, ms } = timed(bytes);
  if (ms > DECODE_BUDGET_MS) {
    // A GC pause or a busy neighbour is not the decoder's cost: the best of three is.
    ms = Math.min(ms, ...[1, 2, 3].map(() => timed(bytes).ms));
    must(ms <= DECODE_BUDGET_MS, `decoding ${bytes.length} bytes took ${ms.toFixed(1)} ms, more than ${DECODE_BUDGET_MS}`);
  }
  must(sameBytes(before, bytes), 'the decoder changed its input');

  const t = tally(category);
  t.payloads++;
  t.maxMs = Math.max(t.maxMs, ms);
  if (outcome.ok) {
    t.decoded++;
    reencodes(outcome.message);
  } else {
    const e = outcome.error;
    t.rejected[e.code] = (t.rejected[e.code] ?? 0) + 1;
    must(WIRE_ERROR_CODES.includes(e.code), `unknown code ${e.code}`);
    must(e.message.length > 0, 'a rejection says why');
    must(e.field === undefined || FIELD_PATH.test(e.field), `field ${e.field} is not a proto field path`);
    // The router puts the id in NATS headers (Nats-Msg-Id) and KV keys: only a valid one.
    must(e.messageId === undefined || MESSAGE_ID.test(e.messageId), `WireError carries message id ${JSON.stringify(e.messageId)}`);
  }
  return outcome;
}

const HEADER_KEYS = ['messageId', 'correlationId', 'sender', 'recipient', 'kind', 'createdAt', 'schemaVersion', 'signer'] as const;

/**
 * Whatever decodes can be encoded again (the router re-encodes a body it amends) and
 * decodes to the same thing: nothing accepted is a message this layer cannot write.
 */
function reencodes(m: Message): void {
  const body = encodeBody(m.kind, m.body as never);
  const again = decodeMessage(encodeEnvelope({ ...m.envelope, body }));
  for (const k of HEADER_KEYS) must(again.envelope[k] === m.envelope[k], `${k} changed on re-encoding`);
  must(sameBytes(again.envelope.signature, m.envelope.signature), 'signature changed on re-encoding');
  const unknowns = (e: typeof m.envelope) => (e.unknownFields ?? []).map(hex).join(',');
  must(unknowns(again.envelope) === unknowns(m.envelope), 'unknown fields changed on re-encoding');
  must(sameBytes(encodeBody(again.kind, again.body as never), body), 'body changed on re-encoding');
}

const rejected = (o: Outcome): WireError => {
  if (o.ok) throw new Error(`expected a WireError, decoded a ${o.message.kind}`);
  return o.error;
};
const accepted = (o: Outcome): Message => {
  if (!o.ok) throw new Error(`expected a Message, got ${o.error.code} ${o.error.field ?? ''}: ${o.error.message}`);
  return o.message;
};
/** A body error names the body: "body" or a path under it. */
const underBody = (o: Outcome) => {
  if (!o.ok) must(o.error.field === 'body' || o.error.field?.startsWith('body.') === true, `field ${o.error.field} is not under body`);
};

const property = <T>(arb: fc.Arbitrary<T>, numRuns: number, check: (t: T) => void) => () =>
  fc.assert(
    fc.property(arb, (t) => {
      check(t);
    }),
    { seed: SEED, numRuns: runs(numRuns) },
  );

// ---------------------------------------------------------------------------------------
// Helpers for the mutations

/** A deep copy of a generated body (plain objects, arrays, strings, numbers, bytes): far cheaper than structuredClone. */
function clone<T>(x: T): T {
  if (Array.isArray(x)) return x.map(clone) as T;
  if (x instanceof Uint8Array) return Uint8Array.from(x) as T;
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, clone(v)])) as T;
  return x;
}
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const bodySlots = (kind: Kind, test: (s: Slot) => boolean) => slotsOf(BODY_TYPES[kind]).filter(test);

function flipBits(bytes: Uint8Array, bits: number[]): Uint8Array {
  const out = Uint8Array.from(bytes);
  if (out.length === 0) return out;
  for (const b of bits) out[(b >>> 3) % out.length]! ^= 1 << (b & 7);
  return out;
}

/** Cut offsets of three kinds: anywhere, exactly at a field boundary, one byte either side of one. */
const cutArb = fc.record({ mode: fc.constantFrom('anywhere', 'boundary', 'near-boundary'), n: fc.nat(), side: fc.boolean() });
function cutAt(bytes: Uint8Array, cut: { mode: string; n: number; side: boolean }, at = fieldBoundaries(bytes)): number {
  if (bytes.length === 0) return 0;
  const boundaries = [...at].filter((b) => b < bytes.length);
  if (cut.mode === 'anywhere') return cut.n % bytes.length;
  const b = pick(boundaries, cut.n);
  if (cut.mode === 'boundary') return b;
  return Math.min(bytes.length - 1, Math.max(0, b + (cut.side ? 1 : -1)));
}

const varintSize = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : 4);
/** `bytes` plus one unknown field that brings the total to exactly `target` bytes. */
function padTo(bytes: Uint8Array, target: number): Uint8Array {
  const room = target - bytes.length;
  for (const field of [15, 1000, 100_000]) {
    const tagSize = varintSize(field * 8 + 2);
    for (let lenSize = 1; lenSize <= 4; lenSize++) {
      const len = room - tagSize - lenSize;
      if (len >= 0 && varintSize(len) === lenSize) return concat(bytes, lengthDelimited(field, new Uint8Array(len).fill(0x61)));
    }
  }
  throw new Error(`cannot pad ${bytes.length} bytes to ${target}`);
}

const wrapBody = (c: Case, body: Uint8Array) => envelopeBytes(c.header, kindNumber(c.kind), body);

/** A valid message the mutations start from, encoded once, with its field boundaries. */
interface Sample extends Case {
  bytes: { body: Uint8Array; envelope: Uint8Array };
  boundaries: { body: Set<number>; envelope: Set<number> };
}
// Generated once from the seed: building and encoding a fresh message per payload would
// cost more than decoding it, and the mutations, not the starting points, are the fuzz.
const POOL: Sample[] = fc.sample(caseArb, { seed: SEED, numRuns: runs(2000) }).map((c) => {
  const bytes = encodeCase(c);
  return { ...c, bytes, boundaries: { body: fieldBoundaries(bytes.body), envelope: fieldBoundaries(bytes.envelope) } };
});
const sampleArb = fc.nat(POOL.length - 1).map((i) => POOL[i]!);

// ---------------------------------------------------------------------------------------

describe('wire fuzz: every payload decodes to a Message or a WireError', { timeout: 120_000 }, () => {
  it('valid messages of every kind decode, and the checked encoder writes the same bytes', property(caseArb, 4000, (c) => {
    const { envelope } = encodeCase(c);
    const m = accepted(decode('valid', envelope));
    matches(m, { kind: c.kind });
    matches(m.envelope, { messageId: c.header.messageId, sender: c.header.sender, createdAt: c.header.createdAt });
    const checked = encodeMessage({ ...c.header, kind: c.kind }, c.body as never);
    must(sameBytes(checked, envelope), 'encodeMessage and the generated encoder differ');
  }));

  it('an envelope cut inside a field is MALFORMED; cut between fields it lacks fields, nothing worse', property(fc.tuple(sampleArb, cutArb), 10_000, ([c, cut]) => {
    const { envelope } = c.bytes;
    const at = cutAt(envelope, cut, c.boundaries.envelope);
    const o = decode('envelope cut', envelope.subarray(0, at));
    if (c.boundaries.envelope.has(at)) {
      if (!o.ok) matches(o.error, { code: 'MISSING_FIELD' });
    } else {
      matches(rejected(o), { code: 'MALFORMED', field: undefined });
    }
  }));

  it('a body cut inside a field is MALFORMED body; cut between fields it is a smaller valid body', property(fc.tuple(sampleArb, cutArb), 10_000, ([c, cut]) => {
    const { body } = c.bytes;
    const at = cutAt(body, cut, c.boundaries.body);
    const o = decode('body cut', wrapBody(c, body.subarray(0, at)));
    if (c.boundaries.body.has(at)) accepted(o);
    else matches(rejected(o), { code: 'MALFORMED', field: 'body' });
  }));

  const flips = fc.array(fc.nat(), { minLength: 1, maxLength: 8 });

  it('bit flips anywhere in the envelope', property(fc.tuple(sampleArb, flips), 12_000, ([c, bits]) => {
    decode('envelope bit flips', flipBits(c.bytes.envelope, bits));
  }));

  it('bit flips in the body are reported under "body"', property(fc.tuple(sampleArb, flips), 10_000, ([c, bits]) => {
    underBody(decode('body bit flips', wrapBody(c, flipBits(c.bytes.body, bits))));
  }));

  it('random bytes', property(fc.uint8Array({ maxLength: 600 }), 5000, (bytes) => {
    decode('random bytes', bytes);
  }));

  it('anything over MAX_MESSAGE_BYTES is OVERSIZED, before it is parsed', property(
    fc.tuple(sampleArb, fc.integer({ min: 1, max: 3 * MAX_MESSAGE_BYTES }), fc.boolean()),
    1000,
    ([c, over, garbage]) => {
      const size = MAX_MESSAGE_BYTES + over;
      const bytes = garbage ? new Uint8Array(size).fill(0xff) : padTo(c.bytes.envelope, size);
      const e = rejected(decode('oversized', bytes));
      matches(e, { code: 'OVERSIZED', field: undefined });
      must(e.message.includes(`${size} bytes, at most ${MAX_MESSAGE_BYTES}`), e.message);
    },
  ));

  it('exactly MAX_MESSAGE_BYTES decodes (padding kept as an unknown field); one byte more does not', property(sampleArb, 500, (c) => {
    const { envelope } = c.bytes;
    const m = accepted(decode('at the limit', padTo(envelope, MAX_MESSAGE_BYTES)));
    must(m.envelope.unknownFields?.length === 1, 'the padding is kept as one unknown field');
    matches(rejected(decode('at the limit', padTo(envelope, MAX_MESSAGE_BYTES + 1))), { code: 'OVERSIZED' });
  }));

  const unknownArb = fc.record({
    level: fc.nat(),
    field: fc.integer({ min: 100, max: 2 ** 29 - 1 }),
    wire: fc.constantFrom(0, 1, 2, 3, 5),
    payload: fc.uint8Array({ maxLength: 24 }),
    n: fc.integer({ min: 0, max: 0xffffffff }),
  });

  it('unknown fields at any depth are kept and written back', property(fc.tuple(sampleArb, fc.array(unknownArb, { minLength: 1, maxLength: 5 })), 6000, ([c, unknowns]) => {
    // No type has a field numbered 100 or more, so these are unknown everywhere.
    const body = clone(c.body);
    const atEnvelope: Uint8Array[] = [];
    const nested = bodySlots(c.kind, (s) => isMessageField(s.field));
    for (const u of unknowns) {
      const raw = rawField(u.field, u.wire as 0 | 1 | 2 | 3 | 5, u.payload, u.n);
      const where = u.level % (nested.length + 2);
      if (where === 0) atEnvelope.push(raw);
      else {
        let target = body;
        if (where > 1) {
          const slot = nested[where - 2]!;
          const parent = parentFor(body, BODY_TYPES[c.kind], slot);
          const existing = parent[slot.js];
          if (slot.field.rule === 'repeated') parent[slot.js] = Array.isArray(existing) && existing.length ? existing : [{}];
          else parent[slot.js] = existing ?? {};
          target = (slot.field.rule === 'repeated' ? (parent[slot.js] as Obj[])[0] : parent[slot.js]) as Obj;
        }
        target['$unknowns'] = [...((target['$unknowns'] as Uint8Array[] | undefined) ?? []), raw];
      }
    }
    const bodyBytes = rawEncode(BODY_TYPES[c.kind], body);
    const m = accepted(decode('unknown fields', concat(wrapBody(c, bodyBytes), ...atEnvelope)));
    must((m.envelope.unknownFields ?? []).map(hex).join() === atEnvelope.map(hex).join(), 'envelope unknowns kept, in order');
    must(sameBytes(encodeBody(m.kind, m.body as never), bodyBytes), 'body unknowns written back');
  }));

  it('an enum number this version does not know is UNKNOWN_ENUM (UNKNOWN_KIND for kind) at its path', property(
    fc.tuple(sampleArb, fc.nat(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.nat(16)),
    8000,
    ([c, slotN, bogus, index]) => {
      const slots = bodySlots(c.kind, (s) => isEnumField(s.field));
      // One run in eight (and every kind without enums) aims at the envelope's kind.
      if (slots.length === 0 || slotN % 8 === 0) {
        const known = new Set(enumValues('MessageKind'));
        const kind = known.has(bogus) ? bogus + 1000 : bogus;
        const o = decode('unknown enum', envelopeBytes(c.header, kind, c.bytes.body));
        matches(rejected(o), kind === 0 ? { code: 'MISSING_FIELD', field: 'kind' } : { code: 'UNKNOWN_KIND', field: 'kind' });
        return;
      }
      const slot = pick(slots, slotN);
      const known = enumValues(slot.field.type)!;
      const value = known.includes(bogus) ? Math.max(...known) + 1 + (bogus & 0xffff) : bogus;
      const body = clone(c.body);
      const parent = parentFor(body, BODY_TYPES[c.kind], slot);
      let path = `body.${slot.protoPath}`;
      if (slot.field.rule === 'repeated') {
        const at = index % capOf(slot.js, slot.field);
        parent[slot.js] = [...Array.from({ length: at }, (_, i) => pick(known, i)), value];
        path += `[${at}]`;
      } else {
        parent[slot.js] = value;
      }
      const e = rejected(decode('unknown enum', wrapBody(c, rawEncode(BODY_TYPES[c.kind], body))));
      matches(e, { code: 'UNKNOWN_ENUM', field: path, messageId: c.header.messageId });
    },
  ));

  it('a string that is not UTF-8, in the envelope or anywhere in the body, is INVALID_UTF8', property(
    fc.tuple(sampleArb, fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(12, 48)),
    8000,
    ([c, slotN, seqN, offset, markerLength]) => {
      const marker = `\u0007${'Q'.repeat(markerLength - 2)}\u0007`;
      const seq = pick(INVALID_UTF8, seqN);
      const at = offset % (markerLength - seq.length + 1);
      const bad = Buffer.alloc(markerLength, 0x61);
      bad.set(seq, at);
      const replace = (bytes: Uint8Array) => {
        const i = Buffer.from(bytes).indexOf(Buffer.from(marker));
        must(i >= 0, 'marker not found');
        const out = Uint8Array.from(bytes);
        out.set(bad, i);
        return out;
      };
      const slots = bodySlots(c.kind, (s) => isStringField(s.field));
      const envelopeStrings = Object.entries(ENVELOPE_FIELDS).filter(([, f]) => f.type === 'string');
      const where = slotN % (slots.length + envelopeStrings.length);
      if (where < envelopeStrings.length) {
        const [js] = envelopeStrings[where]!;
        const bytes = rawEncode('Envelope', { ...c.header, [js]: marker, kind: kindNumber(c.kind), body: c.bytes.body });
        matches(rejected(decode('invalid UTF-8', replace(bytes))), { code: 'INVALID_UTF8', field: undefined });
        return;
      }
      const slot = slots[where - envelopeStrings.length]!;
      const body = clone(c.body);
      const parent = parentFor(body, BODY_TYPES[c.kind], slot);
      parent[slot.js] = slot.field.rule === 'repeated' ? [marker] : marker;
      const o = decode('invalid UTF-8', wrapBody(c, replace(rawEncode(BODY_TYPES[c.kind], body))));
      matches(rejected(o), { code: 'INVALID_UTF8', field: 'body' });
    },
  ));

  it('a repeated field over its cap (up to tens of thousands of entries) is OVERSIZED', property(
    fc.tuple(sampleArb, fc.nat(), fc.nat(), fc.nat(7)),
    3000,
    ([c, slotN, extra, size]) => {
      const slots = bodySlots(c.kind, (s) => s.field.rule === 'repeated');
      if (slots.length === 0) return;
      const slot = pick(slots, slotN);
      const cap = capOf(slot.js, slot.field);
      // One run in eight is huge: thousands of entries, up to what 64 KiB can carry and beyond.
      const count = size === 0 ? 1000 + (extra % 30_000) : cap + 1 + (extra % (5 * cap));
      const known = enumValues(slot.field.type)?.filter((v) => v !== 0);
      const entry = known ? pick(known, extra) : isStringField(slot.field) ? '' : {};
      const body = clone(c.body);
      parentFor(body, BODY_TYPES[c.kind], slot)[slot.js] = new Array(count).fill(entry);
      const bytes = wrapBody(c, rawEncode(BODY_TYPES[c.kind], body));
      const e = rejected(decode('repeated over cap', bytes));
      matches(e, { code: 'OVERSIZED', field: bytes.length > MAX_MESSAGE_BYTES ? undefined : `body.${slot.protoPath}` });
    },
  ));

  it('a body of another kind than the envelope says', property(fc.tuple(sampleArb, fc.constantFrom(...KINDS)), 5000, ([c, other]) => {
    const kind = other === c.kind ? pick(KINDS, KINDS.indexOf(other) + 1) : other;
    underBody(decode('wrong kind', envelopeBytes(c.header, kindNumber(kind), c.bytes.body)));
  }));

  it('garbage where a message belongs, including groups nested past the recursion limit', property(
    fc.tuple(sampleArb, fc.nat(), fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 90, max: 20_000 }).map((d) => new Uint8Array(d).fill(0x0b)))),
    6000,
    ([c, slotN, garbage]) => {
      const slots = bodySlots(c.kind, (s) => isMessageField(s.field));
      const where = slotN % (slots.length + 1);
      if (where === slots.length) {
        underBody(decode('nested garbage', wrapBody(c, garbage)));
        return;
      }
      const slot = slots[where]!;
      const body = clone(c.body);
      const parent = parentFor(body, BODY_TYPES[c.kind], slot);
      delete parent[slot.js];
      parent['$unknowns'] = [lengthDelimited(slot.field.id, garbage)];
      const o = decode('nested garbage', wrapBody(c, rawEncode(BODY_TYPES[c.kind], body)));
      underBody(o);
      if (garbage.length >= 90 && garbage[0] === 0x0b) matches(rejected(o), { code: 'MALFORMED', field: 'body' });
    },
  ));

  it('a known field sent with the wrong wire type is an unknown field (so a required envelope field is missing)', property(
    fc.tuple(sampleArb, fc.nat(), fc.nat(), fc.uint8Array({ maxLength: 12 }), fc.nat()),
    5000,
    ([c, slotN, wireN, payload, n]) => {
      const expected = (f: { type: string; rule?: string }) =>
        ['string', 'bytes'].includes(f.type) || isMessageField(f as never) ? [2] : f.rule === 'repeated' ? [0, 2] : [0];
      const wrongFor = (f: { type: string; rule?: string }) => ([0, 1, 2, 3, 5] as const).filter((w) => !expected(f).includes(w));
      const slots = slotsOf(BODY_TYPES[c.kind]);
      const envelopeFields = Object.entries(ENVELOPE_FIELDS);
      const where = slotN % (slots.length + envelopeFields.length);
      if (where < envelopeFields.length) {
        const [js, f] = envelopeFields[where]!;
        const { [js as 'messageId']: _dropped, ...header } = c.header;
        const bytes = concat(envelopeBytes(header as never, js === 'kind' ? 0 : kindNumber(c.kind), js === 'body' ? new Uint8Array() : c.bytes.body), rawField(f.id, pick(wrongFor(f), wireN), payload, n));
        const name = f.protoName ?? js;
        const o = decode('wrong wire type', bytes);
        if (REQUIRED_ENVELOPE_FIELDS.has(name)) matches(rejected(o), { code: 'MISSING_FIELD', field: name });
        else accepted(o);
        return;
      }
      const slot = slots[where - envelopeFields.length]!;
      const body = clone(c.body);
      const parent = parentFor(body, BODY_TYPES[c.kind], slot);
      delete parent[slot.js];
      parent['$unknowns'] = [rawField(slot.field.id, pick(wrongFor(slot.field), wireN), payload, n)];
      accepted(decode('wrong wire type', wrapBody(c, rawEncode(BODY_TYPES[c.kind], body))));
    },
  ));

  // Any code point (lone surrogates included: the generated encoder writes them as the invalid UTF-8 they are).
  const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n));
  const anyString = fc.oneof(fc.string({ unit: codePoint, maxLength: 70 }), fc.string({ unit: 'binary-ascii', maxLength: 70 }), fc.constantFrom('', '-', 'a-', '-a', 'a--b', 'A', 'a.b', 'a*', 'a>'));
  // int64 beyond 2^53 needs a Long (protobufjs's, from the long package).
  const Long = protobuf.util.Long as unknown as { fromString(s: string): object };
  const LIBRARY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  it('header values of any shape: accepted only if they are ids a subject and a dedup key can carry', property(
    fc.tuple(sampleArb, fc.record({ messageId: anyString, correlationId: anyString, sender: anyString, recipient: anyString }, { requiredKeys: [] }), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.integer({ min: 0, max: 0xffffffff }), fc.nat(7)),
    5000,
    ([c, strings, createdAt, schemaVersion, which]) => {
      const header = {
        ...c.header,
        ...strings,
        ...(which & 1 ? { createdAt: Long.fromString(createdAt.toString()) } : {}),
        ...(which & 2 ? { schemaVersion } : {}),
      };
      const o = decode('header values', envelopeBytes(header as never, kindNumber(c.kind), c.bytes.body));
      if (!o.ok) {
        const { code, field } = o.error;
        must(['MISSING_FIELD', 'INVALID_VALUE', 'INVALID_UTF8', 'UNSUPPORTED_VERSION'].includes(code), code);
        if (code !== 'INVALID_UTF8') must(['message_id', 'correlation_id', 'sender', 'recipient', 'created_at', 'schema_version'].includes(field ?? ''), `${field}`);
        return;
      }
      const e = o.message.envelope;
      must(MESSAGE_ID.test(e.messageId), `accepted message_id ${JSON.stringify(e.messageId)}`);
      must(!e.correlationId || MESSAGE_ID.test(e.correlationId), `accepted correlation_id ${JSON.stringify(e.correlationId)}`);
      for (const id of [e.sender, e.recipient]) must(id.length <= 64 && LIBRARY_ID.test(id), `accepted library id ${JSON.stringify(id)}`);
      must(Number.isSafeInteger(e.createdAt), `accepted created_at ${e.createdAt}`);
      must(e.schemaVersion <= 1, `accepted schema_version ${e.schemaVersion}`);
    },
  ));

  const answers = [
    ['Decision', decodeDecision],
    ['RequesterReply', decodeRequesterReply],
    ['ErrorReply', decodeErrorReply],
  ] as const;

  it('the answers a connector decodes (Decision, RequesterReply, ErrorReply), cut and flipped', property(
    fc.constantFrom(...answers).chain(([name, fn]) => fc.tuple(fc.constant(fn), messageArb(name), cutArb, flips)),
    5000,
    ([fn, obj, cut, bits]) => {
      const name = answers.find(([, f]) => f === fn)![0];
      const bytes = rawEncode(name, obj);
      for (const payload of [bytes, bytes.subarray(0, cutAt(bytes, cut)), flipBits(bytes, bits)]) {
        const t = tally('answers');
        t.payloads++;
        try {
          fn(payload);
          t.decoded++;
        } catch (e) {
          must(e instanceof WireError, `${fn.name} threw ${String(e)}, not a WireError`);
          const code = (e as WireError).code;
          t.rejected[code] = (t.rejected[code] ?? 0) + 1;
        }
      }
    },
  ));

  it('found by this fuzzer: an invalid message_id is not carried by the WireError (it would break a Nats-Msg-Id header)', () => {
    const c = POOL[0]!;
    for (const messageId of ['a\r\nNats-Msg-Id: x', 'x'.repeat(65), 'not a ulid!']) {
      const e = rejected(decode('header values', envelopeBytes({ ...c.header, messageId }, kindNumber(c.kind), c.bytes.body)));
      matches(e, { code: 'INVALID_VALUE', field: 'message_id', messageId: undefined });
    }
    const e = rejected(decode('header values', envelopeBytes({ ...c.header, sender: 'Not.A.Library' }, kindNumber(c.kind), c.bytes.body)));
    matches(e, { code: 'INVALID_VALUE', field: 'sender', messageId: c.header.messageId });
  });

  it(`generated at least ${MIN_PAYLOADS} payloads`, () => {
    if (SCALE >= 1) expect(total()).toBeGreaterThanOrEqual(MIN_PAYLOADS);
    expect(tally('valid').decoded).toBe(tally('valid').payloads);
  });
});

