import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs/minimal.js';
import {
  BODY_TYPES,
  SCHEMA_VERSION,
  decodeBody,
  decodeDecision,
  decodeEnvelope,
  decodeErrorReply,
  decodeMessage,
  decodeRequesterReply,
  encodeBody,
  encodeDecision,
  encodeEnvelope,
  encodeErrorReply,
  encodeMessage,
  encodeRequesterReply,
  enumNames,
  errorReplyFor,
  ilr,
  WireError,
  type Kind,
} from '../src/index.js';
import { BODIES, DECISION, envelopeFor, REFER_DECISION, REPLY } from './fixtures.js';

type Converter = { fromObject(o: object): object; toObject(m: object): object };
const converter = (name: keyof typeof ilr.v1) => ilr.v1[name] as unknown as Converter;
/** Both sides through the generated converters, so proto3 defaults compare equal. */
const plain = (name: keyof typeof ilr.v1, m: object) => converter(name).toObject(converter(name).fromObject(m));

const KINDS = enumNames('MessageKind');

describe('round trips', () => {
  it.each(KINDS)('%s body survives encode and decode', (kind) => {
    const body = BODIES[kind];
    const bytes = encodeBody(kind, body);
    const decoded = decodeBody(kind, bytes);
    expect(plain(BODY_TYPES[kind], decoded)).toEqual(plain(BODY_TYPES[kind], body));
    expect(encodeBody(kind, decoded)).toEqual(bytes);
  });

  it.each(KINDS)('%s message survives the envelope', (kind) => {
    const bytes = encodeMessage(envelopeFor(kind), BODIES[kind] as never);
    const message = decodeMessage(bytes);
    expect(message.kind).toBe(kind);
    expect(message.envelope).toMatchObject({ ...envelopeFor(kind), schemaVersion: SCHEMA_VERSION });
    expect(plain(BODY_TYPES[kind], message.body)).toEqual(plain(BODY_TYPES[kind], BODIES[kind]));
  });

  it('decodeMessage narrows the body by kind', () => {
    const message = decodeMessage(encodeMessage(envelopeFor('HOLD_PICKUP'), BODIES.HOLD_PICKUP));
    if (message.kind !== 'HOLD_PICKUP') throw new Error('wrong kind');
    expect(message.body.label).toBe('GARC 4567'); // typed as HoldPickup: no cast needed
  });

  it('keeps every envelope field, created_at as a number', () => {
    const env = {
      ...envelopeFor('ITEM_FOUND'),
      correlationId: 'c488bef0-5735-4c33-ba13-a9f343447574',
      schemaVersion: SCHEMA_VERSION,
      body: Uint8Array.from([1, 2, 3]),
      signature: Uint8Array.from([9, 9]),
      signer: 'UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4',
    };
    const decoded = decodeEnvelope(encodeEnvelope(env));
    expect(typeof decoded.createdAt).toBe('number');
    expect({ ...decoded, body: [...decoded.body], signature: [...decoded.signature] }).toEqual({
      ...env,
      body: [1, 2, 3],
      signature: [9, 9],
    });
  });

  it.each([
    ['Decision REVIEW', DECISION],
    ['Decision REFER', REFER_DECISION],
  ])('%s survives encode and decode', (_, decision) => {
    const decoded = decodeDecision(encodeDecision(decision));
    expect(plain('Decision', decoded)).toEqual(plain('Decision', decision));
  });

  it('RequesterReply survives encode and decode', () => {
    const decoded = decodeRequesterReply(encodeRequesterReply(REPLY));
    expect(plain('RequesterReply', decoded)).toEqual(plain('RequesterReply', REPLY));
  });

  it('ErrorReply survives encode and decode, field present or absent', () => {
    const err = new WireError('UNKNOWN_ENUM', 'body.wants[0]: 99 is not a value of Want', 'body.wants[0]', '01JDQ7Z5Y3K9V2M8N4P6R0S1T2');
    const reply = decodeErrorReply(encodeErrorReply(errorReplyFor(err)));
    expect(reply).toMatchObject({ messageId: err.messageId, code: 'UNKNOWN_ENUM', reason: err.message, field: 'body.wants[0]' });

    const noField = decodeErrorReply(encodeErrorReply(errorReplyFor(new WireError('MALFORMED', 'not protobuf'))));
    expect(noField.field).toBeNull(); // proto3 optional: absent, not ""
    expect(noField.messageId).toBe('');
  });
});

describe('unknown fields (from a newer schema)', () => {
  // Field 100, varint 5: a field no version of this schema has.
  const extra = protobuf.Writer.create().uint32((100 << 3) | 0).uint32(5).finish();
  const withExtra = (bytes: Uint8Array) => Uint8Array.from([...bytes, ...extra]);

  it('are ignored by readers and written back by the envelope codec', () => {
    const original = withExtra(encodeEnvelope(envelopeFor('ITEM_FOUND')));
    const decoded = decodeEnvelope(original);
    expect(decoded.unknownFields).toHaveLength(1);
    expect(encodeEnvelope(decoded)).toEqual(original);
  });

  it('are written back when a decoded body is re-encoded', () => {
    const original = withExtra(encodeBody('HOLD_PICKUP', BODIES.HOLD_PICKUP));
    const body = decodeBody('HOLD_PICKUP', original);
    body.label = 'GARC 4567';
    expect(encodeBody('HOLD_PICKUP', body)).toEqual(original);
  });
});

describe('kinds', () => {
  it('every kind has a body type', () => {
    expect(Object.keys(BODY_TYPES).sort()).toEqual([...KINDS].sort());
  });

  it('a body can be empty (all defaults) and still decodes', () => {
    for (const kind of KINDS as readonly Kind[]) expect(() => decodeBody(kind, new Uint8Array())).not.toThrow();
  });
});
