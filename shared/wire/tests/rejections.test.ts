// Bad input gets a clear error (DOMAIN.md invariant 6): every rejection is a WireError
// with a code and, where one field is at fault, the proto path of that field.
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import {
  DEFAULT_REPEATED_CAP,
  MAX_MESSAGE_BYTES,
  SCHEMA_VERSION,
  decodeBody,
  decodeEnvelope,
  decodeMessage,
  encodeBody,
  encodeDecision,
  encodeEnvelope,
  encodeMessage,
  ilr,
  WireError,
  type Kind,
} from '../src/index.js';
import { BODIES, DECISION, envelopeFor } from './fixtures.js';

const v1 = ilr.v1;
const MESSAGE_ID = '01JDQ7Z5Y3K9V2M8N4P6R0S1T2';

/** An envelope encoded with no checks at all: what a careless or hostile sender can send. */
const raw = (fields: ilr.v1.Envelope.$Properties) =>
  v1.Envelope.encode({ messageId: MESSAGE_ID, sender: 'mt-bozeman', recipient: 'wi-madison', kind: 1, ...fields }).finish();

/** A length-delimited field with arbitrary bytes, e.g. a "string" that is not UTF-8. */
const lengthDelimited = (field: number, bytes: number[]) =>
  protobuf.Writer.create().uint32((field << 3) | 2).bytes(Uint8Array.from(bytes)).finish();

/** A number no enum of this schema has; typed as a plain number so TS lets it through. */
const bogus = (n: number): number => n;

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function rejection(fn: () => unknown): WireError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WireError);
    return e as WireError;
  }
  throw new Error('expected a WireError, nothing was thrown');
}

describe('decodeEnvelope rejects', () => {
  it('more than MAX_MESSAGE_BYTES, before parsing', () => {
    // 0xff bytes are not protobuf: OVERSIZED rather than MALFORMED proves the order.
    const err = rejection(() => decodeEnvelope(new Uint8Array(MAX_MESSAGE_BYTES + 1).fill(0xff)));
    expect(err.code).toBe('OVERSIZED');
    expect(err.message).toMatch(/65537 bytes, at most 65536/);
  });

  it('exactly MAX_MESSAGE_BYTES is still parsed', () => {
    const err = rejection(() => decodeEnvelope(new Uint8Array(MAX_MESSAGE_BYTES).fill(0xff)));
    expect(err.code).toBe('MALFORMED');
  });

  it.each([
    ['truncated', raw({}).subarray(0, 10)],
    ['garbage', Uint8Array.from([0xff, 0xff, 0xff])],
    ['wire type 7', Uint8Array.from([0x0f])],
    ['field number 0', Uint8Array.from([0x00])],
    ['a length past the end', Uint8Array.from([0x0a, 0x7f, 0x41])],
  ])('%s protobuf as MALFORMED', (_, bytes) => {
    const err = rejection(() => decodeEnvelope(bytes));
    expect(err.code).toBe('MALFORMED');
    expect(err.message).toMatch(/^Envelope is not a valid protobuf message/);
  });

  it.each([
    ['message_id', { messageId: '' }],
    ['sender', { sender: '' }],
    ['recipient', { recipient: '' }],
    ['kind', { kind: 0 }],
  ])('a missing %s as MISSING_FIELD', (field, fields) => {
    const err = rejection(() => decodeEnvelope(raw(fields)));
    expect(err).toMatchObject({ code: 'MISSING_FIELD', field, message: `${field} is required` });
  });

  it('an empty message as MISSING_FIELD message_id', () => {
    expect(rejection(() => decodeEnvelope(new Uint8Array()))).toMatchObject({ code: 'MISSING_FIELD', field: 'message_id' });
  });

  it('an unknown kind as UNKNOWN_KIND, carrying the message id for the ErrorReply', () => {
    const err = rejection(() => decodeEnvelope(raw({ kind: bogus(99) })));
    expect(err).toMatchObject({ code: 'UNKNOWN_KIND', field: 'kind', messageId: MESSAGE_ID });
    expect(err.message).toMatch(/kind 99/);
  });

  it('a schema_version newer than this reader as UNSUPPORTED_VERSION', () => {
    expect(rejection(() => decodeEnvelope(raw({ schemaVersion: SCHEMA_VERSION + 1 })))).toMatchObject({
      code: 'UNSUPPORTED_VERSION',
      field: 'schema_version',
    });
    expect(decodeEnvelope(raw({ schemaVersion: 0 })).schemaVersion).toBe(0); // unset: the first version
  });

  it.each([
    ['short', [0xc3, 0x28]],
    ['long (TextDecoder path)', [...Array(40).fill(0x61), 0xed, 0xa0, 0x80]], // an encoded surrogate
    ['overlong', [0xc0, 0xaf]],
  ])('a %s string that is not UTF-8 as INVALID_UTF8', (_, bytes) => {
    const err = rejection(() => decodeEnvelope(concat(raw({}), lengthDelimited(3, bytes))));
    expect(err.code).toBe('INVALID_UTF8');
  });

  it.each([
    ['sender', 'MT-Bozeman'],
    ['sender', 'mt.bozeman'],
    ['recipient', 'wi-madison.>'],
    ['recipient', 'a'.repeat(65)],
    ['message_id', 'not a ulid!'],
    ['correlation_id', 'x'.repeat(65)],
  ])('%s %j as INVALID_VALUE (ids end up in NATS subjects and dedup keys)', (field, value) => {
    const js = field.replace(/_(\w)/, (_, c: string) => c.toUpperCase());
    const err = rejection(() => decodeEnvelope(raw({ [js]: value })));
    expect(err).toMatchObject({ code: 'INVALID_VALUE', field });
  });
});

describe('decodeMessage rejects a bad body, naming it under "body"', () => {
  const envelope = (kind: number, body: Uint8Array) => raw({ kind, body });
  const kind = (k: Kind) => v1.MessageKind[`MESSAGE_KIND_${k}`];

  it('a body that is not protobuf as MALFORMED body', () => {
    const err = rejection(() => decodeMessage(envelope(kind('ITEM_FOUND'), Uint8Array.from([0xff, 0xff]))));
    expect(err).toMatchObject({ code: 'MALFORMED', field: 'body', messageId: MESSAGE_ID });
    expect(err.message).toMatch(/^body: ItemFound is not a valid protobuf message/);
  });

  it('bad UTF-8 in the body as INVALID_UTF8 body', () => {
    const err = rejection(() => decodeMessage(envelope(kind('ITEM_FOUND'), lengthDelimited(3, [0xff]))));
    expect(err).toMatchObject({ code: 'INVALID_UTF8', field: 'body' });
  });

  it('an enum value this version does not know as UNKNOWN_ENUM with its path', () => {
    const body = v1.PatronInquiry.encode({ wants: [1, bogus(99)] }).finish();
    const err = rejection(() => decodeMessage(envelope(kind('PATRON_INQUIRY'), body)));
    expect(err).toMatchObject({ code: 'UNKNOWN_ENUM', field: 'body.wants[1]' });
    expect(err.message).toMatch(/99 is not a value of Want/);
  });

  it('an unknown enum deep inside, e.g. the requester relation', () => {
    const body = v1.PatronInquiry.encode({ requester: { person: { relation: bogus(42) } } }).finish();
    expect(rejection(() => decodeBody('PATRON_INQUIRY', body))).toMatchObject({
      code: 'UNKNOWN_ENUM',
      field: 'requester.person.relation',
    });
  });

  it('too many wants as OVERSIZED body.wants', () => {
    const body = v1.PatronInquiry.encode({ wants: Array(17).fill(1) }).finish();
    const err = rejection(() => decodeMessage(envelope(kind('PATRON_INQUIRY'), body)));
    expect(err).toMatchObject({ code: 'OVERSIZED', field: 'body.wants' });
    expect(err.message).toMatch(/17 entries, at most 16/);
  });

  it('too many item ids as OVERSIZED item_ids', () => {
    const body = v1.RecoveryNotice.encode({ itemIds: Array.from({ length: 101 }, (_, i) => `i${i}`) }).finish();
    expect(rejection(() => decodeBody('RECOVERY_NOTICE', body))).toMatchObject({ code: 'OVERSIZED', field: 'item_ids' });
    const ok = v1.RecoveryNotice.encode({ itemIds: Array.from({ length: 100 }, (_, i) => `i${i}`) }).finish();
    expect(decodeBody('RECOVERY_NOTICE', ok).itemIds).toHaveLength(100);
  });

  it('any other repeated field over the default cap, with its full path', () => {
    const ids = Array.from({ length: DEFAULT_REPEATED_CAP + 1 }, () => ({ bibliographicItemIdentifier: '1' }));
    const body = v1.LoanRequest.encode({ bibliographicInfo: { bibliographicItemId: ids } }).finish();
    expect(rejection(() => decodeBody('LOAN_REQUEST', body))).toMatchObject({
      code: 'OVERSIZED',
      field: 'bibliographic_info.bibliographic_item_id',
    });
  });

  it('more than 3 request sub-types (XSD maxOccurs)', () => {
    const body = v1.LoanRequest.encode({ serviceInfo: { requestSubType: [1, 2, 3, 4] } }).finish();
    expect(rejection(() => decodeBody('LOAN_REQUEST', body)).field).toBe('service_info.request_sub_type');
  });

  it('decodeBody with a kind that does not exist as UNKNOWN_KIND', () => {
    expect(rejection(() => decodeBody('PIGEON' as Kind, new Uint8Array())).code).toBe('UNKNOWN_KIND');
  });
});

describe('encoding refuses what decoding would reject', () => {
  it.each([
    ['messageId', 'message_id'],
    ['sender', 'sender'],
    ['recipient', 'recipient'],
  ] as const)('a missing %s', (js, field) => {
    expect(rejection(() => encodeEnvelope({ ...envelopeFor('ITEM_FOUND'), [js]: '' }))).toMatchObject({
      code: 'MISSING_FIELD',
      field,
    });
  });

  it('an unknown kind', () => {
    expect(rejection(() => encodeEnvelope({ ...envelopeFor('ITEM_FOUND'), kind: 'PIGEON' as Kind })).code).toBe('UNKNOWN_KIND');
  });

  it('a created_at that is not an integer', () => {
    expect(rejection(() => encodeEnvelope({ ...envelopeFor('ITEM_FOUND'), createdAt: 1.5 })).field).toBe('created_at');
  });

  it('an unknown enum value', () => {
    expect(rejection(() => encodeBody('PATRON_INQUIRY', { wants: [bogus(42)] }))).toMatchObject({
      code: 'UNKNOWN_ENUM',
      field: 'wants[0]',
    });
  });

  it('a value of the wrong type, named by its proto field', () => {
    const err = rejection(() => encodeBody('HOLD_PICKUP', { patron: { homeLibrary: 7 as unknown as string } }));
    expect(err).toMatchObject({ code: 'MALFORMED', field: 'patron.home_library' });
  });

  it('two members of a oneof', () => {
    const err = rejection(() => encodeBody('PATRON_INQUIRY', { patron: { token: 't' }, lookup: { name: 'Garcia' } }));
    expect(err).toMatchObject({ code: 'MALFORMED', field: 'subject' });
    expect(err.message).toMatch(/^subject: /);
  });

  it('a lone surrogate, which UTF-8 cannot carry', () => {
    expect(rejection(() => encodeBody('ITEM_FOUND', { note: 'ok \ud800' }))).toMatchObject({
      code: 'INVALID_UTF8',
      field: 'note',
    });
    expect(() => encodeBody('ITEM_FOUND', { note: 'emoji \u{1f4da} is fine' })).not.toThrow();
  });

  it('too many entries', () => {
    expect(rejection(() => encodeDecision({ ...DECISION, disclosed: Array(17).fill(1) })).field).toBe('disclosed');
  });

  it('a message over MAX_MESSAGE_BYTES', () => {
    const err = rejection(() => encodeMessage(envelopeFor('ITEM_FOUND'), { ...BODIES.ITEM_FOUND, note: 'x'.repeat(MAX_MESSAGE_BYTES) }));
    expect(err.code).toBe('OVERSIZED');
  });
});
