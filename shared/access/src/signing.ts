// Signed envelopes (invariant 4, "sender cannot lie", beyond NATS permissions): a
// connector signs the encoded envelope with its nkey; the router verifies the signature
// against the keys the directory lists for the sender, and refuses stale or
// future-dated messages.
//
// What is signed: the envelope bytes as encoded by the sender, with `signer` set to the
// signer's public key and without the `signature` field (see @ilr/wire
// splitEnvelopeSignature). The signature record is appended last. Everything else in the
// envelope (ids, sender, recipient, kind, created_at, body, unknown fields) is covered.
import { sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import { appendEnvelopeSignature, decodeEnvelope, encodeEnvelope, splitEnvelopeSignature, WireError, type Envelope } from '@ilr/wire';
import { AccessError } from './errors.js';
import { privateKeyOf, publicKeyObject, publicKeyOf } from './keys.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/**
 * How far created_at may be from the time the broker received the message.
 * `maxAgeMs` bounds replays: an envelope older than this is refused even if its id is
 * new. It must stay below the time the router's claim remembers ids (ILR_INGRESS's
 * duplicate window, @ilr/nats INGRESS_DEDUPE_WINDOW_MS, 10 minutes), so that a copy can
 * never outlive the memory of its id. The router applies it to every
 * envelope, signed or not. `maxFutureMs` allows clock skew.
 */
export interface ReplayWindow {
  maxAgeMs: number;
  maxFutureMs: number;
}

/**
 * 5 minutes back (a connector's publish retries and clock skew; a message waits in the
 * ingress stream does not count, as the router measures against the stream's receive
 * time), 1 minute ahead.
 */
export const DEFAULT_REPLAY_WINDOW: Readonly<ReplayWindow> = { maxAgeMs: 5 * MINUTE, maxFutureMs: 1 * MINUTE };

/**
 * Throws STALE or FUTURE_DATED (field `created_at`) unless `createdAt` lies within the
 * window around `receivedAt` (both unix milliseconds). Pure.
 */
export function checkReplayWindow(
  createdAt: number,
  receivedAt: number,
  window: ReplayWindow = DEFAULT_REPLAY_WINDOW,
  messageId?: string,
): void {
  if (!Number.isFinite(createdAt) || !Number.isFinite(receivedAt)) {
    throw new AccessError('STALE', 'created_at is not a time', 'created_at', messageId);
  }
  const age = receivedAt - createdAt;
  if (age > window.maxAgeMs) {
    throw new AccessError(
      'STALE',
      `created_at is ${Math.round(age / SECOND)} s before the broker received the message; at most ${Math.round(window.maxAgeMs / SECOND)} s are allowed (a replay, or a clock that is wrong)`,
      'created_at',
      messageId,
    );
  }
  if (-age > window.maxFutureMs) {
    throw new AccessError(
      'FUTURE_DATED',
      `created_at is ${Math.round(-age / SECOND)} s after the broker received the message; at most ${Math.round(window.maxFutureMs / SECOND)} s of clock skew are allowed`,
      'created_at',
      messageId,
    );
  }
}

/** Signs envelopes with one nkey seed (parsed once); the connector keeps one. */
export class EnvelopeSigner {
  /** The public key envelopes are signed with: what the directory must list for the library. */
  readonly publicKey: string;
  private readonly key: KeyObject;

  constructor(seed: string | Uint8Array) {
    this.publicKey = publicKeyOf(seed);
    this.key = privateKeyOf(seed);
  }

  /**
   * The envelope (bytes of `encodeEnvelope`/`encodeMessage`), signed: `signer` set to this
   * key, any previous signature replaced. Throws WireError on bytes that are not a valid
   * envelope, AccessError OVERSIZED if the signature would pass the wire limit.
   */
  sign(envelopeBytes: Uint8Array): Uint8Array {
    const envelope = decodeEnvelope(envelopeBytes);
    try {
      const withSigner =
        envelope.signer === this.publicKey ? envelopeBytes : encodeEnvelope({ ...envelope, signer: this.publicKey, signature: new Uint8Array(0) });
      const { unsigned } = splitEnvelopeSignature(withSigner);
      return appendEnvelopeSignature(unsigned, edSign(null, unsigned, this.key));
    } catch (e) {
      if (e instanceof WireError && e.code === 'OVERSIZED') {
        throw new AccessError('OVERSIZED', `signed, ${e.message.replace(/^Envelope is/, 'the envelope would be')}`, 'signature', envelope.messageId);
      }
      throw e;
    }
  }
}

/** `new EnvelopeSigner(seed).sign(envelopeBytes)`: for one-off use; keep a signer for many. */
export function signEnvelope(envelopeBytes: Uint8Array, seed: string | Uint8Array): Uint8Array {
  return new EnvelopeSigner(seed).sign(envelopeBytes);
}

export interface VerifyEnvelopeOptions {
  /** The public keys the directory lists for the envelope's sender (`signingKeys`); any one may have signed. */
  signingKeys: readonly string[] | undefined;
  /**
   * When the broker received the message, unix ms: the ingress stream's timestamp
   * (`Number(jsMsg.info.timestampNanos / 1_000_000n)`), so a backlog is not mistaken for a
   * replay. Default: now.
   */
  receivedAt?: number;
  window?: ReplayWindow;
}

export interface VerifiedEnvelope {
  envelope: Envelope;
  /** The key that signed (one of signingKeys). */
  signer: string;
}

/**
 * Verifies a signed envelope; throws AccessError (UNSIGNED, BAD_SIGNATURE, NO_SIGNING_KEY,
 * UNKNOWN_SIGNER, STALE, FUTURE_DATED) with the field and message id, or WireError if the
 * bytes are not an envelope. The caller still checks that `envelope.sender` is the
 * subject's sender (the library whose credentials published it) and that it was published
 * with Nats-Msg-Id <sender>.<message_id>, so that the ingress stream's duplicate window
 * stored no other copy (a replay with the same id inside the window).
 */
export function verifyEnvelope(bytes: Uint8Array, opts: VerifyEnvelopeOptions): VerifiedEnvelope {
  const { unsigned, signatures } = splitEnvelopeSignature(bytes);
  const envelope = decodeEnvelope(bytes);
  const id = envelope.messageId;
  if (signatures.length === 0 || signatures[0]!.length === 0) throw new AccessError('UNSIGNED', 'the envelope is not signed', 'signature', id);
  if (!envelope.signer) throw new AccessError('UNSIGNED', 'the envelope names no signer', 'signer', id);
  if (signatures.length > 1) throw new AccessError('BAD_SIGNATURE', 'the envelope carries more than one signature', 'signature', id);
  const keys = opts.signingKeys ?? [];
  if (keys.length === 0) {
    throw new AccessError('NO_SIGNING_KEY', `the directory lists no signing key for ${envelope.sender}`, 'signer', id);
  }
  if (!keys.includes(envelope.signer)) {
    throw new AccessError('UNKNOWN_SIGNER', `signer ${envelope.signer.slice(0, 60)} is not a signing key of ${envelope.sender} in the directory`, 'signer', id);
  }
  let valid = false;
  try {
    valid = edVerify(null, unsigned, publicKeyObject(envelope.signer), signatures[0]!);
  } catch {
    valid = false; // a malformed key or signature is just as forged
  }
  if (!valid) throw new AccessError('BAD_SIGNATURE', `the signature does not verify with ${envelope.sender}'s key: the envelope was altered or not signed by it`, 'signature', id);
  checkReplayWindow(envelope.createdAt, opts.receivedAt ?? Date.now(), opts.window ?? DEFAULT_REPLAY_WINDOW, id);
  return { envelope, signer: envelope.signer };
}
