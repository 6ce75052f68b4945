import { randomUUID } from 'node:crypto';
import { createUser } from '@nats-io/nkeys';
import { MAX_MESSAGE_BYTES, appendEnvelopeSignature, decodeEnvelope, encodeEnvelope, encodeMessage, splitEnvelopeSignature } from '@ilr/wire';
import { describe, expect, it } from 'vitest';
import {
  AccessError,
  DEFAULT_REPLAY_WINDOW,
  EnvelopeSigner,
  checkReplayWindow,
  createUserKey,
  publicKeyOf,
  signEnvelope,
  verifyEnvelope,
  type AccessErrorCode,
} from '../src/index.js';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const bozeman = createUserKey();
const other = createUserKey();

function envelope(over: { createdAt?: number; itemId?: string; sender?: string } = {}): Uint8Array {
  return encodeMessage(
    { messageId: randomUUID(), sender: over.sender ?? 'mt-bozeman', recipient: 'wi-madison', kind: 'ITEM_FOUND', createdAt: over.createdAt ?? NOW },
    { itemId: over.itemId ?? '39078091234567', owningLibrary: 'wi-madison' },
  );
}

function refused(fn: () => unknown): { code: AccessErrorCode; field: string | undefined; messageId: string | undefined; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof AccessError) return { code: e.code, field: e.field, messageId: e.messageId, message: e.message };
    throw e;
  }
  throw new Error('expected an AccessError');
}

const verify = (bytes: Uint8Array, signingKeys: string[] | undefined = [bozeman.publicKey], receivedAt = NOW) =>
  verifyEnvelope(bytes, { signingKeys, receivedAt });

describe('signed envelopes', () => {
  it('signs with the seed and verifies against the directory key; the signed envelope is still an envelope', () => {
    const plain = envelope();
    const signed = signEnvelope(plain, bozeman.seed);
    const { envelope: e, signer } = verify(signed);
    expect(signer).toBe(bozeman.publicKey);
    expect(e.signer).toBe(bozeman.publicKey);
    expect(e.signature).toHaveLength(64);
    // Everything but signer and signature is what the sender encoded.
    const before = decodeEnvelope(plain);
    expect({ ...e, signer: '', signature: new Uint8Array(0) }).toEqual(before);
  });

  it('makes the same Ed25519 signature as nkeys itself (node:crypto, not tweetnacl, on the hot path)', () => {
    const kp = createUser();
    const seed = new TextDecoder().decode(kp.getSeed());
    const signed = new EnvelopeSigner(seed).sign(envelope());
    const { unsigned, signatures } = splitEnvelopeSignature(signed);
    expect(Buffer.from(signatures[0]!)).toEqual(Buffer.from(kp.sign(unsigned)));
    expect(publicKeyOf(seed)).toBe(kp.getPublicKey());
  });

  it('refuses an envelope altered after signing (body, sender, created_at), as BAD_SIGNATURE', () => {
    const signed = signEnvelope(envelope(), bozeman.seed);
    const e = decodeEnvelope(signed);
    const alteredBody = encodeEnvelope({ ...e, body: decodeEnvelope(envelope({ itemId: '1111' })).body });
    const r = refused(() => verify(alteredBody));
    expect(r).toMatchObject({ code: 'BAD_SIGNATURE', field: 'signature', messageId: e.messageId });
    expect(refused(() => verify(encodeEnvelope({ ...e, createdAt: e.createdAt + 1 }))).code).toBe('BAD_SIGNATURE');
    expect(refused(() => verify(encodeEnvelope({ ...e, recipient: 'mt-imagineif' }))).code).toBe('BAD_SIGNATURE');
    // One flipped bit inside the body (a digit of the item id): still a valid envelope, not the signed one.
    const flipped = new Uint8Array(signed);
    const at = Buffer.from(signed).indexOf('39078091234567');
    flipped[at] = flipped[at]! ^ 1;
    expect(decodeEnvelope(flipped).messageId).toBe(e.messageId);
    expect(refused(() => verify(flipped)).code).toBe('BAD_SIGNATURE');
  });

  it('refuses a forged signature: another key claiming to be the directory key', () => {
    // The forger names Bozeman's public key as signer but signs with its own seed.
    const e = decodeEnvelope(envelope());
    const unsigned = splitEnvelopeSignature(encodeEnvelope({ ...e, signer: bozeman.publicKey })).unsigned;
    const forgedSig = new EnvelopeSigner(other.seed).sign(encodeEnvelope({ ...e, signer: other.publicKey }));
    const forged = appendEnvelopeSignature(unsigned, splitEnvelopeSignature(forgedSig).signatures[0]!);
    expect(refused(() => verify(forged))).toMatchObject({ code: 'BAD_SIGNATURE', field: 'signature' });
  });

  it('refuses a signer the directory does not list for the sender, and a sender with no key', () => {
    const byOther = signEnvelope(envelope(), other.seed);
    expect(refused(() => verify(byOther))).toMatchObject({
      code: 'UNKNOWN_SIGNER',
      field: 'signer',
      message: `signer ${other.publicKey} is not a signing key of mt-bozeman in the directory`,
    });
    expect(refused(() => verify(byOther, []))).toMatchObject({ code: 'NO_SIGNING_KEY', message: 'the directory lists no signing key for mt-bozeman' });
    expect(refused(() => verifyEnvelope(byOther, { signingKeys: undefined, receivedAt: NOW })).code).toBe('NO_SIGNING_KEY');
  });

  it('refuses an unsigned envelope and one with two signatures', () => {
    expect(refused(() => verify(envelope()))).toMatchObject({ code: 'UNSIGNED', field: 'signature' });
    const signed = signEnvelope(envelope(), bozeman.seed);
    const twice = appendEnvelopeSignature(signed, new Uint8Array(64));
    expect(refused(() => verify(twice)).code).toBe('BAD_SIGNATURE');
    // Signature without a signer.
    const e = decodeEnvelope(envelope());
    const noSigner = appendEnvelopeSignature(envelope(), splitEnvelopeSignature(signEnvelope(encodeEnvelope(e), bozeman.seed)).signatures[0]!);
    expect(refused(() => verify(noSigner))).toMatchObject({ code: 'UNSIGNED', field: 'signer' });
  });

  it('accepts either key while a rotation is in progress', () => {
    const next = createUserKey();
    const keys = [next.publicKey, bozeman.publicKey];
    expect(verify(signEnvelope(envelope(), bozeman.seed), keys).signer).toBe(bozeman.publicKey);
    expect(verify(signEnvelope(envelope(), next.seed), keys).signer).toBe(next.publicKey);
  });

  it('re-signing replaces the signature; fields of a newer schema are carried and covered', () => {
    const signed = signEnvelope(envelope(), other.seed);
    const resigned = signEnvelope(signed, bozeman.seed);
    expect(verify(resigned).signer).toBe(bozeman.publicKey);
    expect(splitEnvelopeSignature(resigned).signatures).toHaveLength(1);

    // Field 15 (unknown to this schema), varint 7: kept through signing, and covered by it.
    const withUnknown = new Uint8Array([...envelope(), 0x78, 0x07]);
    const s = signEnvelope(withUnknown, bozeman.seed);
    expect(verify(s).envelope.unknownFields).toEqual([new Uint8Array([0x78, 0x07])]);
    const { unsigned, signatures } = splitEnvelopeSignature(s);
    const changed = new Uint8Array(unsigned);
    changed[changed.length - 1] = 0x08;
    expect(refused(() => verify(appendEnvelopeSignature(changed, signatures[0]!))).code).toBe('BAD_SIGNATURE');
  });

  it('refuses to sign past the wire limit, and says the seed is bad without repeating it', () => {
    const big = encodeMessage(
      { messageId: randomUUID(), sender: 'mt-bozeman', recipient: 'wi-madison', kind: 'ITEM_FOUND', createdAt: NOW },
      { itemId: 'x', owningLibrary: 'wi-madison', note: 'n'.repeat(MAX_MESSAGE_BYTES - 150) },
    );
    expect(refused(() => signEnvelope(big, bozeman.seed))).toMatchObject({ code: 'OVERSIZED', field: 'signature' });
    const r = refused(() => signEnvelope(envelope(), 'SUnot-a-seed-but-secret'));
    expect(r).toMatchObject({ code: 'INVALID_SEED', message: 'the seed is not an nkey user seed (SU...)' });
  });
});

describe('the replay window', () => {
  const MIN = 60_000;
  it('accepts created_at up to maxAge before and maxFuture after the receive time', () => {
    expect(() => checkReplayWindow(NOW - DEFAULT_REPLAY_WINDOW.maxAgeMs, NOW)).not.toThrow();
    expect(() => checkReplayWindow(NOW + DEFAULT_REPLAY_WINDOW.maxFutureMs, NOW)).not.toThrow();
    expect(() => checkReplayWindow(NOW, NOW)).not.toThrow();
  });

  it('refuses older (STALE) and later (FUTURE_DATED) envelopes, naming created_at', () => {
    expect(refused(() => checkReplayWindow(NOW - 5 * MIN - 1, NOW, undefined, 'id-1'))).toMatchObject({
      code: 'STALE',
      field: 'created_at',
      messageId: 'id-1',
      message: 'created_at is 300 s before the broker received the message; at most 300 s are allowed (a replay, or a clock that is wrong)',
    });
    expect(refused(() => checkReplayWindow(NOW + MIN + 1, NOW))).toMatchObject({ code: 'FUTURE_DATED', field: 'created_at' });
    expect(refused(() => checkReplayWindow(Number.NaN, NOW)).code).toBe('STALE');
    expect(() => checkReplayWindow(NOW - 10 * MIN, NOW, { maxAgeMs: 15 * MIN, maxFutureMs: 0 })).not.toThrow();
  });

  it('is checked by verifyEnvelope against the receive time, after the signature', () => {
    const old = signEnvelope(envelope({ createdAt: NOW - 6 * MIN }), bozeman.seed);
    expect(refused(() => verify(old))).toMatchObject({ code: 'STALE', field: 'created_at' });
    // A backlog in the ingress stream is not a replay: receivedAt is when the stream stored it.
    expect(verify(old, undefined, NOW - 6 * MIN + 1000).signer).toBe(bozeman.publicKey);
    expect(refused(() => verify(signEnvelope(envelope({ createdAt: NOW + 2 * MIN }), bozeman.seed))).code).toBe('FUTURE_DATED');
    // A stale forgery is refused for its signature first.
    expect(refused(() => verify(signEnvelope(envelope({ createdAt: NOW - 6 * MIN }), other.seed))).code).toBe('UNKNOWN_SIGNER');
  });

  it('stays inside the time the router remembers message ids (the ingress duplicate window)', async () => {
    const { INGRESS_DEDUPE_WINDOW_MS, STREAMS } = await import('@ilr/nats');
    expect(STREAMS.ingress.duplicateWindowMs).toBe(INGRESS_DEDUPE_WINDOW_MS);
    expect(DEFAULT_REPLAY_WINDOW.maxAgeMs + DEFAULT_REPLAY_WINDOW.maxFutureMs).toBeLessThan(INGRESS_DEDUPE_WINDOW_MS);
  });
});
