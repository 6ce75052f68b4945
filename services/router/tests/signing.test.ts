// Signed envelopes (DOMAIN.md invariant 4): a library listed with signing keys must sign;
// a forged, tampered, unsigned, stale or replayed envelope is dead-lettered and its sender told.
// The replay window holds for every library, signing or not.
import { createUserKey, EnvelopeSigner } from '@ilr/access';
import { Connector } from '@ilr/connector';
import { ingressSubject, messageKey } from '@ilr/nats';
import { decodeErrorReply, encodeMessage } from '@ilr/wire';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDeadLetter, isFinalReply, silent, startBroker, writeOf, wrote, type Broker, type Seen } from './harness.js';

const bemis = createUserKey();
const signer = new EnvelopeSigner(bemis.seed);
const found = { itemId: '39078091234567', owningLibrary: 'wi-madison' };
const delivered = (id: string) => (s: Seen) => s.subject === 'ilr.out.wi-madison.item_found' && wrote(id, 'deliver')(s);
const envelope = (createdAt = Date.now()) => ({ messageId: randomUUID(), sender: 'co-bemis', recipient: 'wi-madison', kind: 'ITEM_FOUND' as const, createdAt });

describe('router: signed envelopes', () => {
  let b: Broker;
  beforeAll(async () => {
    b = await startBroker({ signingKeys: { 'co-bemis': [bemis.publicKey] } });
  });
  afterAll(async () => b?.stop());

  const publish = async (id: string, data: Uint8Array, ingressMsgId = messageKey('co-bemis', id)) => {
    await b.client.jetstream().publish(ingressSubject('co-bemis', 'ITEM_FOUND'), data, { msgID: ingressMsgId });
  };
  const rejected = async (id: string) => {
    const dl = await b.recorder.waitFor(isDeadLetter(id));
    const letter = JSON.parse(Buffer.from(dl.data).toString()) as { code: string; field?: string };
    const err = await b.recorder.waitFor((s) => s.subject === 'ilr.out.co-bemis.error' && s.headers?.get('Ilr-Correlation-Id') === id);
    expect(decodeErrorReply(err.data).code).toBe(letter.code);
    expect(b.recorder.about(id).some((s) => s.subject.startsWith('ilr.out.wi-madison.'))).toBe(false);
    return letter;
  };

  it('relays an envelope signed with the key the directory lists', async () => {
    const env = envelope();
    await publish(env.messageId, signer.sign(encodeMessage(env, found)));
    // The reply and the delivery are published together: wait for each.
    await b.recorder.waitFor(isFinalReply(env.messageId));
    await b.recorder.waitFor(delivered(env.messageId));
  });

  it('a connector given its signing seed signs every envelope it sends', async () => {
    const c = await Connector.connect({ library: 'co-bemis', servers: b.server.url, signingSeed: bemis.seed, logger: silent });
    try {
      const { messageId } = await c.send('ITEM_FOUND', 'wi-madison', found);
      await b.recorder.waitFor(isFinalReply(messageId));
      await b.recorder.waitFor(delivered(messageId));
    } finally {
      await c.close();
    }
  });

  it('refuses an unsigned envelope from a library that signs', async () => {
    const env = envelope();
    await publish(env.messageId, encodeMessage(env, found));
    expect(await rejected(env.messageId)).toMatchObject({ code: 'UNSIGNED' });
  });

  it('refuses an envelope signed by a key the directory does not list (a forgery)', async () => {
    const env = envelope();
    await publish(env.messageId, new EnvelopeSigner(createUserKey().seed).sign(encodeMessage(env, found)));
    expect(await rejected(env.messageId)).toMatchObject({ code: 'UNKNOWN_SIGNER' });
  });

  it('refuses an envelope changed after it was signed', async () => {
    const env = envelope();
    const signed = signer.sign(encodeMessage(env, found));
    const i = Buffer.from(signed).indexOf('39078091234567');
    signed[i] = '4'.charCodeAt(0);
    await publish(env.messageId, signed);
    expect(await rejected(env.messageId)).toMatchObject({ code: 'BAD_SIGNATURE' });
  });

  it('refuses a signed envelope created outside the replay window', async () => {
    const env = envelope(Date.now() - 60 * 60 * 1000);
    await publish(env.messageId, signer.sign(encodeMessage(env, found)));
    expect(await rejected(env.messageId)).toMatchObject({ code: 'STALE' });
  });

  it('holds a library that does not sign to the same window: its ids are remembered only a little longer (the ingress duplicate window)', async () => {
    const madison = (createdAt: number) => ({ messageId: randomUUID(), sender: 'wi-madison', recipient: 'co-bemis', kind: 'ITEM_FOUND' as const, createdAt });
    const body = { itemId: '39078091234567', owningLibrary: 'co-bemis' };
    const send = (env: ReturnType<typeof madison>) => b.client.jetstream().publish(ingressSubject('wi-madison', 'ITEM_FOUND'), encodeMessage(env, body), { msgID: messageKey('wi-madison', env.messageId) });
    const letter = async (id: string) => JSON.parse(Buffer.from((await b.recorder.waitFor(isDeadLetter(id))).data).toString()) as { code: string; field: string };
    const old = madison(Date.now() - 11 * 60 * 1000);
    const ahead = madison(Date.now() + 5 * 60 * 1000);
    const fresh = madison(Date.now());
    await Promise.all([send(old), send(ahead), send(fresh)]);
    expect(await letter(old.messageId)).toMatchObject({ code: 'STALE', field: 'created_at' });
    expect(await letter(ahead.messageId)).toMatchObject({ code: 'FUTURE_DATED', field: 'created_at' });
    await b.recorder.waitFor(isFinalReply(fresh.messageId));
    expect(b.recorder.about(fresh.messageId).some(isDeadLetter(fresh.messageId))).toBe(false);
  });

  it('refuses a replay of a relayed envelope (same id), and relays the original once', async () => {
    const env = envelope();
    const signed = signer.sign(encodeMessage(env, found));
    await publish(env.messageId, signed);
    await b.recorder.waitFor(delivered(env.messageId));
    // As a connector would publish it: the stream does not store it again.
    expect((await b.client.jetstream().publish(ingressSubject('co-bemis', 'ITEM_FOUND'), signed, { msgID: messageKey('co-bemis', env.messageId) })).duplicate).toBe(true);
    // Under another Nats-Msg-Id: stored, and refused by the router.
    await publish(env.messageId, signed, `${env.messageId}-replayed`);
    const dl = await b.recorder.waitFor((s) => s.subject === 'ilr.dlq.co-bemis' && writeOf(s)?.id.startsWith(`${env.messageId}-dup-`) === true);
    expect(JSON.parse(Buffer.from(dl.data).toString())).toMatchObject({ code: 'BAD_MSG_ID' });
    expect(b.recorder.about(env.messageId).filter((s) => s.subject === 'ilr.out.wi-madison.item_found')).toHaveLength(1);
  });
});
