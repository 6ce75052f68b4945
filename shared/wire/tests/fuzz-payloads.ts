// Generators for the wire fuzz test (fuzz.test.ts): valid messages of every kind built from
// the generated descriptor (so a field added to the .proto is fuzzed without code here),
// and the schema paths the mutations aim at. Everything is encoded with the generated
// encoders, which check nothing: that is what a careless or hostile sender can send.
import fc from 'fast-check';
import protobuf from 'protobufjs/minimal.js';
import descriptor from '../src/gen/descriptor.js';
import { BODY_TYPES, DEFAULT_REPEATED_CAP, REPEATED_CAPS, enumNames, enumToWire, ilr, type Kind } from '../src/index.js';

interface FieldDesc {
  type: string;
  id: number;
  rule?: 'repeated';
  protoName?: string;
}
interface TypeDesc {
  fields: Record<string, FieldDesc>;
  oneofs?: Record<string, { oneof: string[] }>;
}
interface EnumDesc {
  values: Record<string, number>;
}
type Desc = { nested: { ilr: { nested: { v1: { nested: Record<string, TypeDesc | EnumDesc> } } } } };
const NESTED = (descriptor as unknown as Desc).nested.ilr.nested.v1.nested;

export type Obj = Record<string, unknown>;
export const KINDS: readonly Kind[] = enumNames('MessageKind');

export function typeOf(name: string): TypeDesc {
  const d = NESTED[name];
  if (!d || !('fields' in d)) throw new Error(`no message type ${name}`);
  return d;
}
export function enumValues(name: string): number[] | undefined {
  const d = NESTED[name];
  return d && 'values' in d ? Object.values(d.values) : undefined;
}
const isMessage = (type: string) => NESTED[type] !== undefined && 'fields' in NESTED[type]!;
export const protoName = (js: string, f: FieldDesc) => f.protoName ?? js;
export const capOf = (js: string, f: FieldDesc) => REPEATED_CAPS[protoName(js, f)] ?? DEFAULT_REPEATED_CAP;

/** Encodes with the generated encoder alone: no verify, no caps, no enum checks. */
export function rawEncode(typeName: string, obj: Obj): Uint8Array {
  const t = (ilr.v1 as unknown as Record<string, { encode(o: object): protobuf.Writer }>)[typeName];
  if (!t) throw new Error(`no message type ${typeName}`);
  return t.encode(obj).finish();
}

// ---------------------------------------------------------------------------------------
// Valid messages

const STRING = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  string: STRING,
  bool: fc.boolean(),
  uint32: fc.oneof(fc.nat(100), fc.integer({ min: 0, max: 0xffffffff })),
  bytes: fc.uint8Array({ maxLength: 16 }),
};

function valueArb(type: string): fc.Arbitrary<unknown> {
  const scalar = SCALARS[type];
  if (scalar) return scalar;
  const values = enumValues(type);
  if (values) return fc.constantFrom(...values);
  if (isMessage(type)) return messageArb(type);
  throw new Error(`no generator for field type ${type}`);
}

function fieldArb(js: string, f: FieldDesc): fc.Arbitrary<unknown> {
  const v = valueArb(f.type);
  return f.rule === 'repeated' ? fc.array(v, { maxLength: Math.min(capOf(js, f), 3) }) : v;
}

const memo = new Map<string, fc.Arbitrary<Obj>>();

/** Any valid message of `typeName`: each field present or not, at most one member per oneof. */
export function messageArb(typeName: string): fc.Arbitrary<Obj> {
  const cached = memo.get(typeName);
  if (cached) return cached;
  const type = typeOf(typeName);
  const oneofs = Object.values(type.oneofs ?? {}).map((o) => o.oneof);
  const inOneof = new Set(oneofs.flat());
  const singles: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [js, f] of Object.entries(type.fields)) if (!inOneof.has(js)) singles[js] = fieldArb(js, f);
  const members = oneofs.map((names) =>
    fc.option(fc.oneof(...names.map((js) => fieldArb(js, type.fields[js]!).map((v) => [js, v] as const))), { nil: undefined }),
  );
  const arb = fc
    .tuple(fc.record(singles, { requiredKeys: [] }), fc.tuple(...members))
    .map(([rest, chosen]) => ({ ...rest, ...Object.fromEntries(chosen.filter((c) => c !== undefined)) }) as Obj);
  memo.set(typeName, arb);
  return arb;
}

const ULID = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), minLength: 26, maxLength: 26 });
export const messageIdArb = fc.oneof(fc.uuid(), ULID);
const LIBRARIES = ['mt-bozeman', 'wi-madison', 'or-multnomah', 'or-hillsboro', 'ma-duxbury', 'co-bemis', 'x', 'a1-b2-c3'];
export const libraryArb = fc.constantFrom(...LIBRARIES);

/** An envelope's own fields (the JS names of ilr.v1.Envelope), kind and body aside. */
export interface Header {
  messageId: string;
  correlationId: string;
  sender: string;
  recipient: string;
  createdAt: number;
  schemaVersion: number;
}
export const headerArb: fc.Arbitrary<Header> = fc.record({
  messageId: messageIdArb,
  correlationId: fc.oneof(fc.constant(''), messageIdArb),
  sender: libraryArb,
  recipient: libraryArb,
  createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  schemaVersion: fc.constantFrom(0, 1),
});

/** A valid message: kind, envelope header, body as a plain object of ilr.v1.<BODY_TYPES[kind]>. */
export interface Case {
  kind: Kind;
  header: Header;
  body: Obj;
}
export const caseArb: fc.Arbitrary<Case> = fc
  .constantFrom(...KINDS)
  .chain((kind) => fc.record({ kind: fc.constant(kind), header: headerArb, body: messageArb(BODY_TYPES[kind]) }));

export const kindNumber = (kind: Kind) => enumToWire('MessageKind', kind);

/** The envelope bytes around `body` (already encoded), as the generated encoder writes them. */
export function envelopeBytes(header: Header, kind: number, body: Uint8Array, extra: Obj = {}): Uint8Array {
  return rawEncode('Envelope', { ...header, kind, body, ...extra });
}

export function encodeCase(c: Case): { body: Uint8Array; envelope: Uint8Array } {
  const body = rawEncode(BODY_TYPES[c.kind], c.body);
  return { body, envelope: envelopeBytes(c.header, kindNumber(c.kind), body) };
}

// ---------------------------------------------------------------------------------------
// Schema paths: where a mutation can aim

/** One field reachable from a root type: the JS steps to it and its proto path ("requester.person.relation"). */
export interface Slot {
  steps: string[];
  protoPath: string;
  js: string;
  field: FieldDesc;
  /** The message type that declares the field. */
  owner: string;
}

const slotsMemo = new Map<string, Slot[]>();

/** Every field reachable from `typeName` (through singular and repeated message fields; [0] for the latter). */
export function slotsOf(typeName: string): Slot[] {
  const cached = slotsMemo.get(typeName);
  if (cached) return cached;
  const out: Slot[] = [];
  const walk = (owner: string, steps: string[], prefix: string) => {
    for (const [js, f] of Object.entries(typeOf(owner).fields)) {
      const name = protoName(js, f);
      out.push({ steps: [...steps, js], protoPath: prefix + name, js, field: f, owner });
      if (isMessage(f.type)) {
        if (f.rule === 'repeated') walk(f.type, [...steps, js, '0'], `${prefix}${name}[0].`);
        else walk(f.type, [...steps, js], `${prefix}${name}.`);
      }
    }
  };
  walk(typeName, [], '');
  slotsMemo.set(typeName, out);
  return out;
}

export const isEnumField = (f: FieldDesc) => enumValues(f.type) !== undefined;
export const isStringField = (f: FieldDesc) => f.type === 'string';
export const isMessageField = (f: FieldDesc) => isMessage(f.type);

/**
 * The object that holds the slot's field, creating the messages on the way (and clearing
 * the other members of any oneof passed through, so the path is what gets decoded).
 */
export function parentFor(root: Obj, rootType: string, slot: Slot): Obj {
  let at = root;
  let type = rootType;
  // Steps are field names, each followed by '0' when the field is a repeated message.
  for (let i = 0; i < slot.steps.length - 1; i++) {
    const step = slot.steps[i]!;
    if (step === '0') continue;
    clearOtherOneofMembers(at, step, type);
    const existing = at[step];
    if (slot.steps[i + 1] === '0') {
      const list = Array.isArray(existing) && existing.length ? (existing as Obj[]) : [{}];
      at[step] = list;
      at = list[0]!;
    } else {
      at[step] = existing && typeof existing === 'object' ? existing : {};
      at = at[step] as Obj;
    }
    type = typeOf(type).fields[step]!.type;
  }
  clearOtherOneofMembers(at, slot.js, slot.owner);
  return at;
}

/** Deletes the other members of the oneof that `js` belongs to in `owner` (if any). */
function clearOtherOneofMembers(obj: Obj, js: string, owner: string): void {
  const d = NESTED[owner];
  if (!d || !('fields' in d)) return;
  for (const o of Object.values(d.oneofs ?? {})) {
    if (o.oneof.includes(js)) for (const other of o.oneof) if (other !== js) delete obj[other];
  }
}

// ---------------------------------------------------------------------------------------
// Raw protobuf pieces

const tag = (field: number, wire: number) => (field * 8 + wire) >>> 0;

/** One field of any wire type with arbitrary content: valid protobuf, unknown to the schema if `field` is. */
export function rawField(field: number, wire: 0 | 1 | 2 | 3 | 5, payload: Uint8Array, n: number): Uint8Array {
  const w = protobuf.Writer.create().uint32(tag(field, wire));
  switch (wire) {
    case 0:
      w.uint32(n);
      break;
    case 1:
      w.fixed32(n).fixed32(~n >>> 0);
      break;
    case 2:
      w.bytes(payload);
      break;
    case 5:
      w.fixed32(n);
      break;
    case 3:
      // A group holding a varint and a length-delimited field, closed by its end tag.
      w.uint32(tag(1, 0)).uint32(n).uint32(tag(2, 2)).bytes(payload).uint32(tag(field, 4));
      break;
  }
  return w.finish();
}

/** A length-delimited field `field` whose content is `content` (e.g. garbage where a message belongs). */
export const lengthDelimited = (field: number, content: Uint8Array) => protobuf.Writer.create().uint32(tag(field, 2)).bytes(content).finish();

/** Offsets at which the top-level fields of `bytes` start (0 and the end included). */
export function fieldBoundaries(bytes: Uint8Array): Set<number> {
  const r = protobuf.Reader.create(bytes);
  const at = new Set([0]);
  while (r.pos < r.len) {
    const t = r.uint32();
    r.skipType(t & 7, 0, t >>> 3);
    at.add(r.pos);
  }
  return at;
}

export const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
};

/** Byte sequences that are not UTF-8: stray continuations, overlongs, surrogates, > U+10FFFF, cut sequences, bytes never used. */
export const INVALID_UTF8: readonly number[][] = [
  [0x80],
  [0xbf],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xe0, 0x9f, 0xbf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf0, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
  [0xfe],
  [0xff],
];
