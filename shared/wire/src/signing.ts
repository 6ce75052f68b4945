// What an envelope signature covers: the envelope bytes exactly as the sender encoded them,
// without the signature field. Working on the bytes, not on a re-encoding, means a
// verifier never depends on producing the same encoding as the signer (field order,
// unknown fields from a newer schema): it removes the signature record and checks the rest.
// The signing itself (nkeys) lives in @ilr/access.
import protobuf from 'protobufjs/minimal.js';
import descriptor from './gen/descriptor.js';
import { MAX_MESSAGE_BYTES } from './codec.js';
import { WireError } from './errors.js';

type EnvelopeFields = { nested: { ilr: { nested: { v1: { nested: { Envelope: { fields: Record<string, { id: number }> } } } } } } };

/** Envelope.signature's field number, read from the generated descriptor (9). */
export const ENVELOPE_SIGNATURE_FIELD: number = (descriptor as EnvelopeFields).nested.ilr.nested.v1.nested.Envelope.fields['signature']!.id;

const LENGTH_DELIMITED = 2;

export interface SplitEnvelope {
  /** The envelope without any signature record: the bytes a signature covers. */
  unsigned: Uint8Array;
  /** Every signature record found, in order (a well-formed signed envelope has one). */
  signatures: Uint8Array[];
}

/**
 * Separates an encoded envelope into the bytes a signature covers and its signature(s).
 * Reads top-level fields only; throws WireError (MALFORMED, OVERSIZED) on bytes that are
 * not a protobuf message.
 */
export function splitEnvelopeSignature(bytes: Uint8Array): SplitEnvelope {
  if (!(bytes instanceof Uint8Array)) throw new WireError('MALFORMED', 'Envelope: expected bytes');
  if (bytes.length > MAX_MESSAGE_BYTES) {
    throw new WireError('OVERSIZED', `Envelope is ${bytes.length} bytes, at most ${MAX_MESSAGE_BYTES} are allowed`);
  }
  const reader = protobuf.Reader.create(bytes);
  const kept: Array<[number, number]> = [];
  const signatures: Uint8Array[] = [];
  try {
    while (reader.pos < reader.len) {
      const start = reader.pos;
      const tag = reader.uint32();
      const field = tag >>> 3;
      const wireType = tag & 7;
      if (field === ENVELOPE_SIGNATURE_FIELD && wireType === LENGTH_DELIMITED) {
        signatures.push(new Uint8Array(reader.bytes()));
        continue;
      }
      if (field === 0) throw new Error('field number 0');
      reader.skipType(wireType);
      kept.push([start, reader.pos]);
    }
  } catch (e) {
    throw new WireError('MALFORMED', `Envelope is not a valid protobuf message (${(e as Error).message})`);
  }
  const unsigned = new Uint8Array(kept.reduce((n, [a, b]) => n + b - a, 0));
  let at = 0;
  for (const [a, b] of kept) {
    unsigned.set(bytes.subarray(a, b), at);
    at += b - a;
  }
  return { unsigned, signatures };
}

/** `unsigned` (an envelope without a signature) followed by one signature record. */
export function appendEnvelopeSignature(unsigned: Uint8Array, signature: Uint8Array): Uint8Array {
  const record = protobuf.Writer.create().uint32((ENVELOPE_SIGNATURE_FIELD << 3) | LENGTH_DELIMITED).bytes(signature).finish();
  const out = new Uint8Array(unsigned.length + record.length);
  out.set(unsigned, 0);
  out.set(record, unsigned.length);
  if (out.length > MAX_MESSAGE_BYTES) {
    throw new WireError('OVERSIZED', `Envelope is ${out.length} bytes signed, at most ${MAX_MESSAGE_BYTES} are allowed`);
  }
  return out;
}
