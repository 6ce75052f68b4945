// Payloads for the router fuzz test (fuzz.test.ts): messages a member library could
// validly send, each then broken in one way (or left alone), with the subject it is
// published on; and the oracle that says how the router must answer each one.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { isLibraryId, kindSubjectToken, parseIngressSubject } from '@ilr/nats';
import {
  MAX_MESSAGE_BYTES,
  WireError,
  decodeMessage,
  encodeBody,
  encodeEnvelope,
  encodeMessage,
  enumNames,
  enumToWire,
  ilr,
  type BodyInit,
  type EnumName,
  type Kind,
  type Message,
} from '@ilr/wire';
import { AccessError, checkReplayWindow } from '@ilr/access';
import { RouterError, toPolicyRequest } from '../src/index.js';

/** The member libraries of shared/scenarios/seeds.yaml (the test checks they are all in the directory). */
export const MEMBERS = ['mt-bozeman', 'mt-bozeman-fwd', 'mt-imagineif', 'wi-madison', 'ma-duxbury', 'ma-plymouth', 'co-bemis', 'or-multnomah', 'or-hillsboro'] as const;
export const KINDS: readonly Kind[] = enumNames('MessageKind');
const NOT_MEMBER = 'xx-nowhere';

// ---------------------------------------------------------------------------------------
// Raw protobuf, for what the checked encoder refuses to write

const varint = (n: number): number[] => {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
};
/** A length-delimited field: `field` wire type 2 holding `content`. */
export function ld(field: number, content: Uint8Array | number[]): Uint8Array {
  const head = [...varint(field * 8 + 2), ...varint(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head);
  out.set(content, head.length);
  return out;
}
/** A varint field; a negative int32 is written as protobuf does, 10 bytes of 64-bit two's complement. */
function varintField(field: number, n: number): Uint8Array {
  const bytes: number[] = [];
  let v = BigInt.asUintN(64, BigInt(n));
  do {
    const low = Number(v & 0x7fn);
    v >>= 7n;
    bytes.push(v ? low | 0x80 : low);
  } while (v);
  return Uint8Array.from([...varint(field * 8), ...bytes]);
}
export const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) out.set(p, (i += p.length) - p.length);
  return out;
};
const rawEnvelope = (e: ilr.v1.Envelope.$Properties): Uint8Array => ilr.v1.Envelope.encode(e).finish();

/** `bytes` plus one unknown length-delimited field, so that the total is exactly `target` bytes. */
export function padTo(bytes: Uint8Array, target: number): Uint8Array {
  const room = target - bytes.length;
  for (const field of [15, 1000, 100_000]) {
    const tagSize = varint(field * 8 + 2).length;
    for (let lenSize = 1; lenSize <= 4; lenSize++) {
      const len = room - tagSize - lenSize;
      if (len >= 0 && varint(len).length === lenSize) return concat(bytes, ld(field, new Uint8Array(len).fill(0x2e)));
    }
  }
  throw new Error(`cannot pad ${bytes.length} bytes to ${target}`);
}

// ---------------------------------------------------------------------------------------
// Valid messages

const w = <N extends EnumName>(name: N) => fc.constantFrom(...enumNames(name)).map((v) => enumToWire(name, v as never));
const ALNUM = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789');
const word = (min: number, max: number) => fc.string({ unit: ALNUM, minLength: min, maxLength: max });
const text = fc.string({ maxLength: 40 });
const token = word(6, 24).map((s) => `tok-${s}`);
const wants = fc.uniqueArray(w('Want'), { maxLength: 5 });
const ULID = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), minLength: 26, maxLength: 26 });
export const messageIdArb = fc.oneof(fc.uuid(), ULID);
const isoHeader = fc.record({
  timestamp: fc.constant('2024-12-12T20:12:00Z'),
  requestingAgencyRequestId: fc.uuid(),
  supplyingAgencyRequestId: fc.uuid(),
});

function bodyArb(kind: Kind, sender: string, recipient: string): fc.Arbitrary<BodyInit<Kind>> {
  const patron = token.map((t) => ({ token: t, homeLibrary: recipient }));
  const subject = fc.oneof(
    patron.map((p) => ({ patron: p })),
    word(4, 14).map((card) => ({ lookup: { cardNumber: card } })),
    word(2, 14).map((name) => ({ lookup: { name } })),
  );
  const person = fc.record({ relation: w('Relation'), credential: w('Credential'), listedCaregiver: fc.boolean() });
  const agency = fc.record({ agency: w('Agency') });
  const arbs: { [K in Kind]: fc.Arbitrary<BodyInit<K>> } = {
    ITEM_FOUND: fc.record({ itemId: word(1, 16), owningLibrary: fc.constant(recipient), note: text }),
    RECOVERY_NOTICE: fc.record({ patron, itemIds: fc.array(word(1, 16), { maxLength: 5 }), noticeText: text }),
    PATRON_INQUIRY: fc
      .tuple(subject, fc.oneof(fc.constant({ library: sender }), agency.map((a) => ({ agency: a })), person.map((p) => ({ person: p }))), w('Purpose'), w('LegalBasis'), wants, text)
      .map(([s, requester, purpose, basis, ws, note]) => ({ ...s, requester, purpose, basis, wants: ws, note })),
    ACCOUNT_INQUIRY: fc.record({ requester: person, credentialValue: word(2, 16), purpose: w('Purpose'), basis: w('LegalBasis'), wants }),
    LOAN_REQUEST: fc.record({
      header: isoHeader,
      bibliographicInfo: fc.record({ title: text, author: text }),
      serviceInfo: fc.record({ requestType: w('RequestType'), serviceType: w('ServiceType') }),
      patron: token.map((t) => ({ token: t, homeLibrary: sender })),
    }),
    SUPPLIER_STATUS: fc.record({ header: isoHeader, messageInfo: fc.record({ reasonForMessage: w('ReasonForMessage'), note: text }), statusInfo: fc.record({ status: w('Status') }) }),
    REQUESTER_ACTION: fc.record({ header: isoHeader, action: w('Action'), note: text }),
    HOLD_PICKUP: fc.record({ patron: token.map((t) => ({ token: t, homeLibrary: sender })), itemId: word(1, 16), pickupLibrary: fc.constant(recipient) }),
    LEGAL_PROCESS: fc
      .tuple(fc.record({ type: w('ProcessType'), issuer: w('Issuer'), gag: fc.boolean(), criminal: fc.boolean() }), agency, wants, patron, word(0, 12), w('Purpose'), w('LegalBasis'))
      .map(([process, requester, ws, p, documentRef, purpose, basis]) => ({ process, requester, wants: ws, patron: p, documentRef, purpose, basis })),
  };
  return arbs[kind] as fc.Arbitrary<BodyInit<Kind>>;
}

export interface Valid {
  kind: Kind;
  envelope: { messageId: string; sender: string; recipient: string; kind: Kind; createdAt: number };
  body: BodyInit<Kind>;
}

/** Fixed, so a seed reproduces the same bytes; the in-process ingress message says it was received a second later. */
export const FUZZ_CREATED_AT = 1_750_000_000_000;
export const FUZZ_RECEIVED_AT = FUZZ_CREATED_AT + 1_000;

export const validArb: fc.Arbitrary<Valid> = fc
  .tuple(fc.constantFrom(...KINDS), fc.constantFrom(...MEMBERS), fc.constantFrom(...MEMBERS), messageIdArb)
  .chain(([kind, sender, recipient, messageId]) =>
    bodyArb(kind, sender, recipient).map((body) => ({ kind, envelope: { messageId, sender, recipient, kind, createdAt: FUZZ_CREATED_AT }, body })),
  );

// Encoded bodies, cached: a pool of samples is mutated many times, with fresh envelope ids.
const bodyCache = new WeakMap<object, Uint8Array>();
function bodyBytesOf(v: Valid): Uint8Array {
  let bytes = bodyCache.get(v.body);
  if (!bytes) bodyCache.set(v.body, (bytes = encodeBody(v.kind, v.body)));
  return bytes;
}

// ---------------------------------------------------------------------------------------
// Mutations

export const MUTATIONS = [
  'none',
  'unknown fields',
  'at the limit',
  'bit flips',
  'truncated',
  'unknown kind',
  'unknown enum',
  'bad utf-8',
  'oversized',
  'huge repeated',
  'body of another kind',
  'garbage body',
  'random bytes',
  'forged sender',
  'wrong subject kind',
  'bad subject',
  'unknown recipient',
  'requester not sender',
  'broker-only field',
  'long value',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

export interface Payload {
  mutation: Mutation;
  subject: string;
  data: Uint8Array;
  sha256: string;
}

// A string field of each body (by field number, nested where the body has none at the top).
const STRING_FIELD: Record<Kind, number[]> = {
  ITEM_FOUND: [3],
  RECOVERY_NOTICE: [3],
  PATRON_INQUIRY: [7],
  ACCOUNT_INQUIRY: [2],
  LOAN_REQUEST: [2, 2], // bibliographic_info.title
  SUPPLIER_STATUS: [1, 4], // header.timestamp
  REQUESTER_ACTION: [3],
  HOLD_PICKUP: [2],
  LEGAL_PROCESS: [6],
};
// An enum field of each body (nested likewise).
const ENUM_FIELD: Record<Kind, number[]> = {
  ITEM_FOUND: [],
  RECOVERY_NOTICE: [],
  PATRON_INQUIRY: [4],
  ACCOUNT_INQUIRY: [3],
  LOAN_REQUEST: [4, 1], // service_info.request_type
  SUPPLIER_STATUS: [3, 1], // status_info.status
  REQUESTER_ACTION: [2],
  HOLD_PICKUP: [],
  LEGAL_PROCESS: [1, 1], // process.type
};
const INVALID_UTF8 = [[0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0xff]];
// Appending a field again overrides (or, for a message, merges into) the earlier one: last one wins.
const nested = (path: number[], leaf: Uint8Array): Uint8Array => path.slice(0, -1).reduceRight((inner, f) => ld(f, inner), leaf);

function flip(bytes: Uint8Array, bits: number[]): Uint8Array {
  const out = Uint8Array.from(bytes);
  for (const b of bits) out[(b >>> 3) % out.length]! ^= 1 << (b & 7);
  return out;
}

const ingress = (sender: string, kind: string) => `ilr.in.${sender}.${kind}`;

export interface MutationInput {
  valid: Valid;
  mutation: Mutation;
  n: number;
  bits: number[];
  noise: Uint8Array;
  other: Kind;
  otherLibrary: string;
}

/** Mutations of `valids` (fresh ones from validArb by default); printed short in a counterexample. */
export const inputArb = (mutations: readonly Mutation[], valids: fc.Arbitrary<Valid> = validArb): fc.Arbitrary<MutationInput> =>
  fc
    .record({
      valid: valids,
      mutation: fc.constantFrom(...mutations),
      n: fc.nat(),
      bits: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      noise: fc.uint8Array({ maxLength: 96 }),
      other: fc.constantFrom(...KINDS),
      otherLibrary: fc.constantFrom(...MEMBERS),
    })
    .map((i) =>
      Object.assign(i, {
        [fc.toStringMethod]: () => `${i.mutation} of ${i.valid.kind} ${i.valid.envelope.sender}->${i.valid.envelope.recipient} (n ${i.n}, bits ${i.bits.join()}, noise ${i.noise.length} bytes)`,
      }),
    );

export interface MutateOptions {
  /** The largest payload to make (the server's max_payload over NATS). */
  maxBytes: number;
}

export function mutate(input: MutationInput, opts: MutateOptions): Payload {
  const { valid: v, mutation, n, bits, noise } = input;
  const sender = v.envelope.sender;
  const subjectKind = kindSubjectToken(v.kind);
  const other = input.other === v.kind ? KINDS[(KINDS.indexOf(v.kind) + 1) % KINDS.length]! : input.other;
  const otherLibrary = input.otherLibrary === sender ? MEMBERS[(MEMBERS.indexOf(sender as never) + 1) % MEMBERS.length]! : input.otherLibrary;
  const bodyBytes = bodyBytesOf(v);
  const good = encodeEnvelope({ ...v.envelope, body: bodyBytes });
  const withBody = (body: Uint8Array, extra: ilr.v1.Envelope.$Properties = {}) =>
    rawEnvelope({ ...v.envelope, kind: enumToWire('MessageKind', v.kind), schemaVersion: 1, body, ...extra });
  let subject = ingress(sender, subjectKind);
  let data: Uint8Array;

  switch (mutation) {
    case 'none':
      data = good;
      break;
    case 'unknown fields': {
      const unknown = ld(100 + (n % 1000), noise);
      data = n % 2 ? concat(good, unknown) : withBody(concat(bodyBytes, unknown));
      break;
    }
    case 'at the limit':
      data = padTo(good, MAX_MESSAGE_BYTES - (n % 24));
      break;
    case 'bit flips':
      data = flip(good, bits);
      break;
    case 'truncated':
      data = good.subarray(0, n % good.length);
      break;
    case 'unknown kind':
      data = withBody(bodyBytes, { kind: 100 + (n % 1000) });
      break;
    case 'unknown enum': {
      const path = ENUM_FIELD[v.kind];
      const bogus = n % 2 ? 1000 + (n % 5000) : -1 - (n % 1000);
      data = path.length ? withBody(concat(bodyBytes, nested(path, varintField(path.at(-1)!, bogus)))) : withBody(bodyBytes, { kind: bogus });
      break;
    }
    case 'bad utf-8': {
      const bad = Uint8Array.from([0x61, ...INVALID_UTF8[n % INVALID_UTF8.length]!, 0x62]);
      const path = STRING_FIELD[v.kind];
      data = n % 3 === 0 ? concat(good, ld(10, bad)) : withBody(concat(bodyBytes, nested(path, ld(path.at(-1)!, bad))));
      break;
    }
    case 'oversized':
      data = padTo(good, Math.min(opts.maxBytes, MAX_MESSAGE_BYTES + 1 + (n % (opts.maxBytes - MAX_MESSAGE_BYTES))));
      break;
    case 'huge repeated': {
      // Packed wants, item ids, or a repeated message: far more entries than any cap allows.
      const count = 17 + (n % 20_000);
      const wantsField: Partial<Record<Kind, number>> = { PATRON_INQUIRY: 6, ACCOUNT_INQUIRY: 5, LEGAL_PROCESS: 3 };
      const field = wantsField[v.kind];
      const many = 101 + (n % 3000);
      if (field) data = withBody(concat(bodyBytes, ld(field, new Uint8Array(count).fill(1))));
      else if (v.kind === 'RECOVERY_NOTICE') data = withBody(concat(bodyBytes, ...new Array<Uint8Array>(many).fill(ld(2, [0x78]))));
      else if (v.kind === 'LOAN_REQUEST') data = withBody(concat(bodyBytes, ...new Array<Uint8Array>(many).fill(ld(5, []))));
      else {
        // A kind without a repeated field: a patron inquiry's wants instead.
        const inquiry = encodeBody('PATRON_INQUIRY', { patron: { token: 'tok-x', homeLibrary: v.envelope.recipient }, requester: { library: sender }, purpose: 1, basis: 1 });
        data = withBody(concat(inquiry, ld(6, new Uint8Array(count).fill(1))), { kind: enumToWire('MessageKind', 'PATRON_INQUIRY') });
        subject = ingress(sender, 'patron_inquiry');
      }
      break;
    }
    case 'body of another kind':
      data = withBody(bodyBytes, { kind: enumToWire('MessageKind', other) });
      subject = ingress(sender, kindSubjectToken(other));
      break;
    case 'garbage body':
      data = withBody(noise);
      break;
    case 'random bytes':
      data = noise;
      break;
    case 'forged sender':
      subject = ingress(otherLibrary, subjectKind);
      data = good;
      break;
    case 'wrong subject kind':
      subject = ingress(sender, pick(['pigeon', 'reply', 'error', kindSubjectToken(other)], n));
      data = good;
      break;
    case 'bad subject':
      // Subjects a library can publish (its own ilr.in.<id>.>) that are not ilr.in.<id>.<kind>.
      subject = pick([`ilr.in.${sender}.${subjectKind}.x`, `ilr.in.${sender}.${v.kind}`, `ilr.in.${sender}.1x`], n);
      data = good;
      break;
    case 'unknown recipient':
      data = encodeMessage({ ...v.envelope, recipient: NOT_MEMBER }, v.body);
      break;
    case 'requester not sender':
      data = encodeMessage(
        { ...v.envelope, kind: 'PATRON_INQUIRY' },
        { patron: { token: 'tok-x', homeLibrary: v.envelope.recipient }, requester: { library: otherLibrary }, purpose: 1, basis: 1, wants: [1] },
      );
      subject = ingress(sender, 'patron_inquiry');
      break;
    case 'broker-only field':
      // A hold label is the broker's to fill; a pickup library must be the recipient.
      data = encodeMessage(
        { ...v.envelope, kind: 'HOLD_PICKUP' },
        n % 2 ? { patron: { token: 'tok-x', homeLibrary: sender }, itemId: 'i', pickupLibrary: v.envelope.recipient, label: 'ABCD 1234' } : { patron: { token: 'tok-x', homeLibrary: sender }, itemId: 'i', pickupLibrary: otherLibrary },
      );
      subject = ingress(sender, 'hold_pickup');
      break;
    case 'long value': {
      // A field the router quotes in its reason, thousands of characters long.
      const long = 'x'.repeat(100 + (n % 50_000));
      const hold = n % 2 === 0;
      data = hold
        ? encodeMessage({ ...v.envelope, kind: 'HOLD_PICKUP' }, { patron: { token: 'tok-x', homeLibrary: sender }, itemId: 'i', pickupLibrary: long })
        : encodeMessage({ ...v.envelope, kind: 'PATRON_INQUIRY' }, { patron: { token: 'tok-x', homeLibrary: v.envelope.recipient }, requester: { library: long }, purpose: 1, basis: 1, wants: [1] });
      subject = ingress(sender, hold ? 'hold_pickup' : 'patron_inquiry');
      break;
    }
  }
  return { mutation, subject, data, sha256: sha256(data) };
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

// ---------------------------------------------------------------------------------------
// The oracle

/** What the router must do with a payload: reject it with one of `codes`, or decide it. */
export type Expected =
  | { reject: true; codes: Set<string>; wire?: WireError; sender: string | undefined }
  | { reject: false; message: Message; sender: string };

/**
 * Every check of the relay contract, each on its own (so a payload with several defects
 * may be rejected for any of them): subject, wire decode, sender, kind, membership, meaning.
 */
export function expected(subject: string, data: Uint8Array, isMember: (id: string) => boolean, receivedAt: number): Expected {
  const codes = new Set<string>();
  let subj: { sender: string; kind: string } | undefined;
  try {
    subj = parseIngressSubject(subject);
  } catch {
    codes.add('BAD_SUBJECT');
  }
  // The publishing library: NATS permissions let a library publish only under ilr.in.<itself>.>.
  const token = subject.split('.')[2];
  const sender = subj?.sender ?? (isLibraryId(token) ? token : undefined);
  let message: Message;
  try {
    message = decodeMessage(data);
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    codes.add(e.code);
    return { reject: true, codes, wire: e, sender };
  }
  const { envelope } = message;
  if (subj && envelope.sender !== subj.sender) codes.add('FORGED_SENDER');
  if (subj && kindSubjectToken(message.kind) !== subj.kind) codes.add('KIND_MISMATCH');
  if (!isMember(envelope.sender) || !isMember(envelope.recipient)) codes.add('UNKNOWN_LIBRARY');
  try {
    checkReplayWindow(envelope.createdAt, receivedAt);
  } catch (e) {
    if (!(e instanceof AccessError)) throw e;
    codes.add(e.code);
  }
  try {
    toPolicyRequest(message);
  } catch (e) {
    if (!(e instanceof RouterError)) throw e;
    codes.add(e.code);
  }
  return codes.size ? { reject: true, codes, sender } : { reject: false, message, sender: sender! };
}

