// Bytes <-> messages, with every check a relay needs before it trusts input: size first
// (before parsing), then protobuf syntax and UTF-8, then required fields, known enums and
// caps. Every failure is a WireError.
import protobuf from 'protobufjs/minimal.js';
import { ilr } from './gen/ilr.js';
import { WireError } from './errors.js';
import { enumFromWire, enumToWire, enumNames, type Kind } from './enums.js';
import { checkMessage, verifyError } from './schema.js';

/**
 * The largest encoded envelope (body included) this layer will encode or decode: 64 KiB.
 * Every kind fits in a few KiB; the cap keeps a hostile sender from making the broker
 * parse, hold or forward megabytes. It is checked before any parsing.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** Envelope.schema_version written by this code; see proto/README.md for when it changes. */
export const SCHEMA_VERSION = 1;

const v1 = ilr.v1;

/** The body message for each kind. */
export const BODY_TYPES = {
  ITEM_FOUND: 'ItemFound',
  RECOVERY_NOTICE: 'RecoveryNotice',
  PATRON_INQUIRY: 'PatronInquiry',
  ACCOUNT_INQUIRY: 'AccountInquiry',
  LOAN_REQUEST: 'LoanRequest',
  SUPPLIER_STATUS: 'SupplierStatus',
  REQUESTER_ACTION: 'RequesterAction',
  HOLD_PICKUP: 'HoldPickup',
  LEGAL_PROCESS: 'LegalProcessRequest',
} as const satisfies Record<Kind, keyof typeof ilr.v1>;

type V1 = typeof ilr.v1;
type MessageTypeName = { [N in keyof V1]: V1[N] extends { decode(r: Uint8Array): object } ? N : never }[keyof V1];
/** A decoded message of type N: unset fields read as their proto3 defaults. */
type Decoded<N extends MessageTypeName> = InstanceType<V1[N]>;
/** What may be passed to encode for type N: plain objects are fine. */
type Init<N extends MessageTypeName> = NonNullable<ConstructorParameters<V1[N]>[0]>;

export type Body<K extends Kind> = Decoded<(typeof BODY_TYPES)[K]>;
export type BodyInit<K extends Kind> = Init<(typeof BODY_TYPES)[K]>;

// The generated classes seen through the three functions the codec uses.
interface Codec {
  encode(message: object): protobuf.Writer;
  decode(reader: protobuf.Reader): object;
  verify(message: object): string | null;
}
const codec = (name: MessageTypeName) => v1[name] as unknown as Codec;

// protobufjs hands out Buffers under Node; callers get plain Uint8Arrays (no copy), so
// that bytes compare equal whichever side made them.
const plainBytes = (b: Uint8Array): Uint8Array =>
  b.constructor === Uint8Array ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

function encodeChecked<N extends MessageTypeName>(name: N, message: Init<N>): Uint8Array {
  const problem = codec(name).verify(message);
  if (problem) throw verifyError(problem);
  checkMessage(name, message);
  const bytes = codec(name).encode(message).finish();
  if (bytes.length > MAX_MESSAGE_BYTES) {
    throw new WireError('OVERSIZED', `${name} is ${bytes.length} bytes encoded, at most ${MAX_MESSAGE_BYTES} are allowed`);
  }
  return plainBytes(bytes);
}

/** Size check, then parse. Nothing else: the envelope reports its own errors first. */
function parse<N extends MessageTypeName>(name: N, bytes: Uint8Array): Decoded<N> {
  if (!(bytes instanceof Uint8Array)) throw new WireError('MALFORMED', `${name}: expected bytes`);
  if (bytes.length > MAX_MESSAGE_BYTES) {
    throw new WireError('OVERSIZED', `${name} is ${bytes.length} bytes, at most ${MAX_MESSAGE_BYTES} are allowed`);
  }
  const reader = protobuf.Reader.create(bytes);
  reader.discardUnknown = false; // keep fields from newer schemas, so re-encoding passes them on
  try {
    return codec(name).decode(reader) as Decoded<N>;
  } catch (e) {
    // protobufjs verifies UTF-8 in proto3 strings with a fatal TextDecoder.
    if ((e as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      throw new WireError('INVALID_UTF8', `${name} has a string that is not valid UTF-8`);
    }
    throw new WireError('MALFORMED', `${name} is not a valid protobuf message (${(e as Error).message})`);
  }
}

function decodeChecked<N extends MessageTypeName>(name: N, bytes: Uint8Array): Decoded<N> {
  const message = parse(name, bytes);
  checkMessage(name, message);
  return message;
}

// ---------------------------------------------------------------------------------
// Envelope

/** An envelope as ILR code sees it: the kind by name, created_at as a number. */
export interface Envelope {
  messageId: string;
  correlationId: string;
  sender: string;
  recipient: string;
  kind: Kind;
  /** Unix milliseconds. */
  createdAt: number;
  schemaVersion: number;
  /** The encoded body for `kind`; see decodeBody. */
  body: Uint8Array;
  signature: Uint8Array;
  signer: string;
  /** Fields from a newer schema this code does not know; encodeEnvelope writes them back. */
  unknownFields?: Uint8Array[] | undefined;
}

/** What encodeEnvelope needs; schemaVersion defaults to SCHEMA_VERSION, the rest to empty. */
export type EnvelopeInit = Pick<Envelope, 'messageId' | 'sender' | 'recipient' | 'kind' | 'createdAt'> & Partial<Envelope>;

// Library ids become NATS subject tokens, so nothing but lower-case letters, digits, '-'.
const LIBRARY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
// ULID or UUID, or anything else made of the same characters; used as the dedup key.
const MESSAGE_ID = /^[0-9A-Za-z-]{1,64}$/;

const KINDS = new Set<string>(enumNames('MessageKind'));
const KIND_NUMBERS = new Set(enumNames('MessageKind').map((k) => enumToWire('MessageKind', k)));

/** The checks encodeEnvelope and decodeEnvelope share. Reports the first problem. */
function checkHeader(e: { messageId?: string; correlationId?: string; sender?: string; recipient?: string }): void {
  // Only a valid id goes into the error: callers put it in NATS headers and dedup keys
  // (an id with a line break cannot be a header value; the fuzz test found it).
  const id = e.messageId && MESSAGE_ID.test(e.messageId) ? e.messageId : undefined;
  const fail = (code: 'MISSING_FIELD' | 'INVALID_VALUE', field: string, why: string) => {
    throw new WireError(code, `${field} ${why}`, field, id);
  };
  if (!e.messageId) fail('MISSING_FIELD', 'message_id', 'is required');
  if (!MESSAGE_ID.test(e.messageId!)) fail('INVALID_VALUE', 'message_id', 'must be a ULID or UUID');
  if (e.correlationId && !MESSAGE_ID.test(e.correlationId)) fail('INVALID_VALUE', 'correlation_id', 'must be a ULID or UUID');
  for (const field of ['sender', 'recipient'] as const) {
    const value = e[field];
    if (!value) fail('MISSING_FIELD', field, 'is required');
    if (value!.length > MAX_ID_LENGTH || !LIBRARY_ID.test(value!)) {
      fail('INVALID_VALUE', field, 'must be a library id: lower-case letters, digits and single hyphens');
    }
  }
}

export function encodeEnvelope(envelope: EnvelopeInit): Uint8Array {
  checkHeader(envelope);
  if (!KINDS.has(envelope.kind)) {
    throw new WireError('UNKNOWN_KIND', `kind ${String(envelope.kind)} is not a MessageKind`, 'kind', envelope.messageId);
  }
  if (!Number.isSafeInteger(envelope.createdAt)) {
    throw new WireError('INVALID_VALUE', 'created_at must be an integer of unix milliseconds', 'created_at', envelope.messageId);
  }
  const { unknownFields, kind, schemaVersion, ...rest } = envelope;
  return encodeChecked('Envelope', {
    ...rest,
    kind: enumToWire('MessageKind', kind),
    schemaVersion: schemaVersion ?? SCHEMA_VERSION,
    ...(unknownFields?.length ? { $unknowns: unknownFields } : {}),
  });
}

export function decodeEnvelope(bytes: Uint8Array): Envelope {
  const e = parse('Envelope', bytes);
  checkHeader(e);
  const id = e.messageId;
  if (!e.kind) throw new WireError('MISSING_FIELD', 'kind is required', 'kind', id);
  if (!KIND_NUMBERS.has(e.kind)) {
    throw new WireError('UNKNOWN_KIND', `kind ${e.kind} is not a MessageKind this version knows`, 'kind', id);
  }
  // A newer schema_version changed the meaning of fields this reader would misread.
  if (e.schemaVersion > SCHEMA_VERSION) {
    const why = `schema_version ${e.schemaVersion} is newer than this reader's ${SCHEMA_VERSION}`;
    throw new WireError('UNSUPPORTED_VERSION', why, 'schema_version', id);
  }
  try {
    checkMessage('Envelope', e); // fields added to Envelope later (enums, repeated) get checked here
  } catch (err) {
    throw err instanceof WireError ? new WireError(err.code, err.message, err.field, id) : err;
  }
  // protobufjs hands int64 back as a Long when the long package is installed.
  const createdAt = Number(String(e.createdAt));
  if (!Number.isSafeInteger(createdAt)) {
    throw new WireError('INVALID_VALUE', 'created_at must be an integer of unix milliseconds', 'created_at', id);
  }
  return {
    messageId: e.messageId,
    correlationId: e.correlationId,
    sender: e.sender,
    recipient: e.recipient,
    kind: enumFromWire('MessageKind', e.kind),
    createdAt,
    schemaVersion: e.schemaVersion,
    // Copies: under Node the decoder returns views into `bytes`, which the caller may reuse.
    body: new Uint8Array(e.body),
    signature: new Uint8Array(e.signature),
    signer: e.signer,
    ...(e.$unknowns?.length ? { unknownFields: e.$unknowns.map((u) => new Uint8Array(u)) } : {}),
  };
}

// ---------------------------------------------------------------------------------
// Bodies

function bodyType<K extends Kind>(kind: K): (typeof BODY_TYPES)[K] {
  const name = BODY_TYPES[kind];
  if (!name) throw new WireError('UNKNOWN_KIND', `kind ${String(kind)} is not a MessageKind`, 'kind');
  return name;
}

export function encodeBody<K extends Kind>(kind: K, body: BodyInit<K>): Uint8Array {
  return encodeChecked(bodyType(kind), body);
}

export function decodeBody<K extends Kind>(kind: K, bytes: Uint8Array): Body<K> {
  return decodeChecked(bodyType(kind), bytes) as Body<K>;
}

/** A decoded envelope with its decoded body; switch on `kind` to narrow `body`. */
export type Message = { [K in Kind]: { kind: K; envelope: Envelope; body: Body<K> } }[Kind];

/** decodeEnvelope, then decodeBody; a body error names its field under "body". */
export function decodeMessage(bytes: Uint8Array): Message {
  const envelope = decodeEnvelope(bytes);
  try {
    const body = decodeBody(envelope.kind, envelope.body);
    return { kind: envelope.kind, envelope, body } as Message;
  } catch (err) {
    throw err instanceof WireError ? err.within('body', envelope.messageId) : err;
  }
}

/** encodeBody, then encodeEnvelope around it. */
export function encodeMessage<K extends Kind>(envelope: Omit<EnvelopeInit, 'kind' | 'body'> & { kind: K }, body: BodyInit<K>): Uint8Array {
  return encodeEnvelope({ ...envelope, body: encodeBody(envelope.kind, body) });
}

// ---------------------------------------------------------------------------------
// Decisions, replies and errors (not message kinds: they answer one)

export type Decision = Decoded<'Decision'>;
export type RequesterReply = Decoded<'RequesterReply'>;
export type ErrorReply = Decoded<'ErrorReply'>;

export const encodeDecision = (decision: Init<'Decision'>): Uint8Array => encodeChecked('Decision', decision);
export const decodeDecision = (bytes: Uint8Array): Decision => decodeChecked('Decision', bytes);
export const encodeRequesterReply = (reply: Init<'RequesterReply'>): Uint8Array => encodeChecked('RequesterReply', reply);
export const decodeRequesterReply = (bytes: Uint8Array): RequesterReply => decodeChecked('RequesterReply', bytes);
export const encodeErrorReply = (reply: Init<'ErrorReply'>): Uint8Array => encodeChecked('ErrorReply', reply);
export const decodeErrorReply = (bytes: Uint8Array): ErrorReply => decodeChecked('ErrorReply', bytes);

// ---------------------------------------------------------------------------------
// Decision records (ILR_DECISIONS): a decision with what the audit log needs about it

export type DecisionRecord = Decoded<'DecisionRecord'>;
export type DecisionRecordInit = Init<'DecisionRecord'>;

const TOKEN_DIGEST = /^[0-9a-f]{64}$/;

/** The checks encodeDecisionRecord and decodeDecisionRecord share. Reports the first problem. */
function checkDecisionRecord(r: DecisionRecordInit): void {
  checkHeader({ messageId: r.messageId ?? '', sender: r.sender ?? '', recipient: r.recipient ?? '' });
  const id = r.messageId ?? undefined;
  if (!r.kind) throw new WireError('MISSING_FIELD', 'kind is required', 'kind', id);
  if (!KIND_NUMBERS.has(r.kind)) throw new WireError('UNKNOWN_KIND', `kind ${r.kind} is not a MessageKind this version knows`, 'kind', id);
  const at = Number(String(r.decidedAt ?? 0));
  if (!Number.isSafeInteger(at) || at <= 0) {
    throw new WireError('INVALID_VALUE', 'decided_at must be a positive integer of unix milliseconds', 'decided_at', id);
  }
  if (!r.decision) throw new WireError('MISSING_FIELD', 'decision is required', 'decision', id);
  if (!r.decision.outcome) throw new WireError('MISSING_FIELD', 'decision.outcome is required', 'decision.outcome', id);
  if (!r.decision.decidedBy) throw new WireError('MISSING_FIELD', 'decision.decided_by is required', 'decision.decided_by', id);
  // A digest, never a token or a lookup key: anything else here could be patron identity.
  (r.tokenDigests ?? []).forEach((d, i) => {
    if (!TOKEN_DIGEST.test(d)) {
      throw new WireError('INVALID_VALUE', `token_digests[${i}] must be a lower-case hex SHA-256 digest`, `token_digests[${i}]`, id);
    }
  });
}

export function encodeDecisionRecord(record: DecisionRecordInit): Uint8Array {
  checkDecisionRecord(record);
  return encodeChecked('DecisionRecord', record);
}

/** Decodes and checks a record; decided_at comes back as a number. */
export function decodeDecisionRecord(bytes: Uint8Array): DecisionRecord {
  const r = decodeChecked('DecisionRecord', bytes);
  checkDecisionRecord(r);
  // protobufjs hands int64 back as a Long when the long package is installed.
  r.decidedAt = Number(String(r.decidedAt));
  return r;
}

/** The ErrorReply telling a sender why its message was rejected. */
export function errorReplyFor(err: WireError, messageId = err.messageId ?? ''): Init<'ErrorReply'> {
  return { messageId, code: err.code, reason: err.message, ...(err.field ? { field: err.field } : {}) };
}
