import { randomUUID } from 'node:crypto';
import { STREAMS, deliverySubject, errorSubject, factsSubject, replySubject } from '@ilr/nats';
import {
  decodeMessage,
  encodeDecision,
  encodeErrorReply,
  encodeMessage,
  encodeRequesterReply,
  enumFromWire,
  enumToWire,
} from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Connector, ConnectorError, SampleIls, type BrokerReply, type Delivery } from '../src/index.js';
import { deferred, ilsFile, silent, startBroker, type Broker } from './helpers.js';

const inquiry = {
  lookup: { name: 'Olsen' },
  requester: { library: 'wi-madison' },
  purpose: enumToWire('Purpose', 'MATERIAL_RECOVERY'),
  basis: enumToWire('LegalBasis', 'MATERIAL_RECOVERY'),
  wants: [enumToWire('Want', 'EXISTENCE'), enumToWire('Want', 'CONTACT')],
};

const refusal = {
  outcome: enumToWire('Outcome', 'REFUSE'),
  reasonCode: enumToWire('ReasonCode', 'NO_LEGAL_BASIS'),
  citations: ['MCA 22-1-1103'],
};

describe('Connector against a real nats-server', { timeout: 60_000 }, () => {
  let broker: Broker;
  let madison: Connector;
  let hillsboro: Connector;
  let multnomah: Connector;
  const connect = (library: string) => Connector.connect({ library, servers: broker.server.url, logger: silent });

  beforeAll(async () => {
    broker = await startBroker();
    [madison, hillsboro, multnomah] = await Promise.all([connect('wi-madison'), connect('or-hillsboro'), connect('or-multnomah')]);
  });
  afterAll(async () => {
    await Promise.all([madison?.close(), hillsboro?.close(), multnomah?.close()]);
    await broker?.stop();
  });

  describe('send', () => {
    it('publishes a decodable envelope to ilr.in.<sender>.<kind> with Nats-Msg-Id <sender>.<message id>', async () => {
      const sent = await madison.patronInquiry('mt-bozeman', inquiry);
      const jsm = await broker.nats.jetstreamManager();
      const stored = await jsm.streams.getMessage(STREAMS.ingress.name, { seq: sent.seq });
      expect(stored?.subject).toBe('ilr.in.wi-madison.patron_inquiry');
      // The sender is part of it: ILR_INGRESS has one duplicate window for every library.
      expect(stored?.header.get('Nats-Msg-Id')).toBe(`wi-madison.${sent.messageId}`);
      const message = decodeMessage(stored!.data);
      expect(message.envelope).toMatchObject({
        messageId: sent.messageId,
        sender: 'wi-madison',
        recipient: 'mt-bozeman',
        kind: 'PATRON_INQUIRY',
        schemaVersion: 1,
      });
      expect(message.kind === 'PATRON_INQUIRY' && message.body.lookup?.name).toBe('Olsen');
    });

    it('is deduplicated by the stream when sent again with the same message id', async () => {
      const body = { itemId: '39078091234567', owningLibrary: 'wi-madison', note: 'in our book drop' };
      const first = await madison.itemFound('mt-bozeman', body);
      const again = await madison.itemFound('mt-bozeman', body, { messageId: first.messageId });
      expect(first.duplicate).toBe(false);
      expect(again).toEqual({ messageId: first.messageId, seq: first.seq, duplicate: true });
    });

    it('refuses, before sending, a body the wire cannot carry or a requester that is not the sender', async () => {
      await expect(madison.patronInquiry('mt-bozeman', { ...inquiry, requester: { library: 'mt-bozeman' } })).rejects.toMatchObject({
        name: 'ConnectorError',
        code: 'INVALID_MESSAGE',
      });
      await expect(madison.itemFound('Not A Library', { itemId: 'x' })).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
    });
  });

  describe('request', () => {
    it('reports PENDING, then resolves with the FINAL reply for its correlation id', async () => {
      const pending: BrokerReply[] = [];
      const seenPending = deferred<void>();
      const messageId = randomUUID();
      const answer = madison.request('PATRON_INQUIRY', 'mt-bozeman', inquiry, {
        messageId,
        timeoutMs: 20_000,
        onPending: (r) => {
          pending.push(r);
          seenPending.resolve();
        },
      });
      const got = await broker.ingress(messageId); // the router reads it...
      expect(got.envelope.sender).toBe('wi-madison');
      // ...a reply to some other request must not be taken for ours...
      await broker.deliver(replySubject('wi-madison'), encodeRequesterReply({ outcome: enumToWire('Outcome', 'RELAY') }), {
        'Ilr-Correlation-Id': randomUUID(),
        'Ilr-Reply': 'FINAL',
      });
      // ...the home connector is slow...
      await broker.deliver(replySubject('wi-madison'), new Uint8Array(), {
        'Ilr-Correlation-Id': messageId,
        'Ilr-Reply': 'PENDING',
        'Ilr-Reason': 'home library mt-bozeman did not answer',
      });
      await seenPending.promise;
      // ...then decides.
      await broker.deliver(replySubject('wi-madison'), encodeRequesterReply(refusal), {
        'Ilr-Correlation-Id': messageId,
        'Ilr-Reply': 'FINAL',
      });
      const reply = await answer;
      expect(enumFromWire('Outcome', reply.outcome)).toBe('REFUSE');
      expect(reply.citations).toEqual(['MCA 22-1-1103']);
      expect(pending).toEqual([{ correlationId: messageId, status: 'PENDING', reason: 'home library mt-bozeman did not answer', reply: undefined }]);
    });

    it('rejects with ConnectorError REJECTED carrying the ErrorReply on .error', async () => {
      const messageId = randomUUID();
      const answer = madison.request('PATRON_INQUIRY', 'mt-bozeman', inquiry, { messageId, timeoutMs: 20_000 });
      const outcome = answer.then(
        () => undefined,
        (e: unknown) => e,
      );
      await broker.ingress(messageId);
      await broker.deliver(
        errorSubject('wi-madison'),
        encodeErrorReply({ messageId, code: 'UNKNOWN_LIBRARY', reason: 'recipient mt-nowhere is not a member', field: 'recipient' }),
        { 'Ilr-Correlation-Id': messageId },
      );
      const error = await outcome;
      expect(error).toBeInstanceOf(ConnectorError);
      expect(error).toMatchObject({ code: 'REJECTED', messageId, errorReply: { code: 'UNKNOWN_LIBRARY', field: 'recipient' } });
    });

    it('times out with ConnectorError TIMEOUT when no final reply comes', async () => {
      await expect(madison.request('ITEM_FOUND', 'mt-bozeman', { itemId: 'x' }, { timeoutMs: 300 })).rejects.toMatchObject({
        code: 'TIMEOUT',
      });
    });
  });

  describe('deliveries', () => {
    it('hands over a delivery with its decision decoded, and redelivers it after a nak', async () => {
      const seen: Delivery[] = [];
      const acked = deferred<Delivery>();
      await hillsboro.deliveries((d) => {
        seen.push(d);
        if (!d.redelivered) d.nak();
        else {
          d.ack();
          acked.resolve(d);
        }
      });
      const decision = encodeDecision({
        outcome: enumToWire('Outcome', 'RELAY'),
        label: 'GARC 4567',
        decidedBy: 'or-multnomah',
        reasonCode: enumToWire('ReasonCode', 'RELAYED'),
      });
      const messageId = randomUUID();
      const bytes = encodeMessage(
        { messageId, sender: 'or-multnomah', recipient: 'or-hillsboro', kind: 'HOLD_PICKUP', createdAt: Date.now() },
        { patron: { token: 'tok-mul-3e7d0b58', homeLibrary: 'or-multnomah' }, itemId: '31234001112223', pickupLibrary: 'or-hillsboro', label: 'GARC 4567' },
      );
      await broker.deliver(deliverySubject('or-hillsboro', 'hold_pickup'), bytes, {
        'Ilr-Decision': Buffer.from(decision).toString('base64'),
      });
      const d = await acked.promise;
      expect(seen.map((x) => x.redelivered)).toEqual([false, true]);
      expect(d.kind).toBe('HOLD_PICKUP');
      expect(d.envelope.messageId).toBe(messageId);
      expect(d.kind === 'HOLD_PICKUP' && d.body.label).toBe('GARC 4567');
      expect(d.decision && enumFromWire('Outcome', d.decision.outcome)).toBe('RELAY');
      expect(d.decision?.decidedBy).toBe('or-multnomah');
    });

    it('naks automatically when the handler throws, and passes broker replies to onReply', async () => {
      const bemis = await connect('co-bemis');
      try {
        const taken = deferred<Delivery>();
        const replies: BrokerReply[] = [];
        const replied = deferred<void>();
        let attempts = 0;
        await bemis.deliveries(
          (d) => {
            attempts++;
            if (attempts === 1) throw new Error('ILS busy');
            d.ack();
            taken.resolve(d);
          },
          {
            onReply: (r) => {
              replies.push(r);
              replied.resolve();
            },
          },
        );
        const bytes = encodeMessage(
          { messageId: randomUUID(), sender: 'wi-madison', recipient: 'co-bemis', kind: 'ITEM_FOUND', createdAt: Date.now() },
          { itemId: '31800000202020', owningLibrary: 'co-bemis' },
        );
        await broker.deliver(deliverySubject('co-bemis', 'item_found'), bytes, {});
        expect((await taken.promise).redelivered).toBe(true);
        expect(attempts).toBe(2);

        const late = randomUUID(); // a reply no request() waits for
        await broker.deliver(replySubject('co-bemis'), encodeRequesterReply(refusal), { 'Ilr-Correlation-Id': late, 'Ilr-Reply': 'FINAL' });
        await replied.promise;
        expect(replies[0]).toMatchObject({ correlationId: late, status: 'FINAL' });
        expect(replies[0]?.reply?.citations).toEqual(['MCA 22-1-1103']);
      } finally {
        await bemis.close();
      }
    });
  });

  describe('serveFacts', () => {
    const ask = async (query: unknown) => {
      const m = await broker.nats.nc.request(factsSubject('or-multnomah'), JSON.stringify(query), { timeout: 5_000 });
      return m.json<Record<string, unknown>>();
    };

    beforeAll(async () => {
      await multnomah.serveFacts((await SampleIls.load(ilsFile('or-multnomah'))).lookup);
    });

    it('answers only the needed facts', async () => {
      const answer = await ask({ messageId: randomUUID(), factsNeeded: ['registeredAt', 'lastName', 'card'], patron: { lookupKey: '21234001234567' } });
      expect(answer).toEqual({ found: true, facts: { registeredAt: 'or-multnomah', lastName: 'Garcia-Lopez', card: '21234001234567' } });
      const byToken = await ask({ messageId: randomUUID(), factsNeeded: ['age', 'owes'], patron: { token: 'tok-mul-3e7d0b58' } });
      expect(byToken).toEqual({ found: true, facts: { age: 45, owes: { materials: false, fines: 2.25 } } });
    });

    it('answers found:false for an unknown patron', async () => {
      expect(await ask({ messageId: randomUUID(), factsNeeded: ['registeredAt'], patron: { lookupKey: '21234999999999' } })).toEqual({ found: false });
      expect(await ask({ messageId: randomUUID(), factsNeeded: ['age'], patron: { token: 'tok-nobody' } })).toEqual({ found: false });
    });

    it('rejects a malformed query with a 400 naming the field', async () => {
      const answer = await ask({ messageId: randomUUID(), factsNeeded: ['shoeSize'], patron: { lookupKey: 'x' } });
      expect(answer).toMatchObject({ error: { code: 400 } });
      expect(String((answer['error'] as { message: string }).message)).toMatch(/^factsNeeded/);
      expect(await ask({ messageId: randomUUID(), factsNeeded: [], patron: {} })).toMatchObject({ error: { code: 400 } });
    });
  });
});
