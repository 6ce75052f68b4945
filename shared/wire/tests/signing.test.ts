import { describe, expect, it } from 'vitest';
import { ENVELOPE_SIGNATURE_FIELD, MAX_MESSAGE_BYTES, WireError, appendEnvelopeSignature, decodeEnvelope, encodeEnvelope, splitEnvelopeSignature } from '../src/index.js';

const base = { messageId: '01HZX3V7Q9K2M4N6P8R0S2T4V6', sender: 'mt-bozeman', recipient: 'wi-madison', kind: 'ITEM_FOUND' as const, createdAt: 1_700_000_000_000 };

describe('envelope signature bytes', () => {
  it('is field 9 of the schema', () => {
    expect(ENVELOPE_SIGNATURE_FIELD).toBe(9);
  });

  it('splits off the signature and gives back exactly the bytes without it', () => {
    const unsigned = encodeEnvelope({ ...base, body: new Uint8Array([1, 2, 3]), signer: 'UABC' });
    expect(splitEnvelopeSignature(unsigned)).toEqual({ unsigned, signatures: [] });
    const sig = new Uint8Array(64).fill(7);
    const signed = appendEnvelopeSignature(unsigned, sig);
    expect(decodeEnvelope(signed).signature).toEqual(sig);
    expect(splitEnvelopeSignature(signed)).toEqual({ unsigned, signatures: [sig] });
    // Wherever the encoder put it (here: in field order, before signer), it is removed.
    const inOrder = encodeEnvelope({ ...base, body: new Uint8Array([1, 2, 3]), signer: 'UABC', signature: sig });
    expect(splitEnvelopeSignature(inOrder)).toEqual({ unsigned, signatures: [sig] });
  });

  it('rejects bytes that are not a message, and signing past the size limit', () => {
    expect(() => splitEnvelopeSignature(new Uint8Array([0x0a, 0x05, 0x61]))).toThrow(WireError);
    expect(() => splitEnvelopeSignature(new Uint8Array(MAX_MESSAGE_BYTES + 1))).toThrow(/at most 65536/);
    const near = encodeEnvelope({ ...base, body: new Uint8Array(MAX_MESSAGE_BYTES - 100) });
    expect(() => appendEnvelopeSignature(near, new Uint8Array(64))).toThrow(expect.objectContaining({ code: 'OVERSIZED' }));
  });
});
