import { STREAMS, ingressSubject, messageKey } from '@ilr/nats';
import { waitUntil } from '@ilr/testing';
import { decodeDecision, decodeEnvelope, decodeErrorReply, decodeBody, decodeRequesterReply, encodeMessage, enumFromWire, enumToWire as w } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadLetter } from '../src/index.js';
import { connector, wrote, writeOf, isDeadLetter, isFinalReply, isPendingReply, send, startBroker, type Broker, type Seen } from './harness.js';

const outcomeOf = (s: Seen) => enumFromWire('Outcome', decodeRequesterReply(s.data).outcome);
const decisionHeader = (s: Seen) => decodeDecision(Buffer.from(s.headers!.get('Ilr-Decision'), 'base64'));

const madisonAsks = (basis: 'MATERIAL_RECOVERY' | 'PATRON_WRITTEN_CONSENT', wants: ('EXISTENCE' | 'IDENTITY' | 'CONTACT')[]) => ({
  patron: { token: 'tok-olsen', homeLibrary: 'mt-bozeman' },
  requester: { library: 'wi-madison' },
  purpose: w('Purpose', 'MATERIAL_RECOVERY'),
  basis: w('LegalBasis', basis),
  wants: wants.map((x) => w('Want', x)),
});
const inquiry = { sender: 'wi-madison', recipient: 'mt-bozeman', kind: 'PATRON_INQUIRY' } as const;
const olsen = { registeredAt: 'mt-bozeman', age: 41, lastName: 'Olsen', card: '21500000123456', consents: [{ to: 'wi-madison', classes: ['CONTACT' as const] }] };

describe('router', { timeout: 60_000 }, () => {
  let b: Broker;
  beforeAll(async () => {
    b = await startBroker();
  });
  afterAll(async () => {
    await b?.stop();
  });

  it('REFUSE: decision recorded, nothing delivered, final reply; the home connector is never asked', async () => {
    const home = connector(b.client, 'mt-bozeman', olsen);
    const { id } = await send(b.client, inquiry, madisonAsks('MATERIAL_RECOVERY', ['EXISTENCE', 'IDENTITY', 'CONTACT']));
    const reply = await b.recorder.waitFor(isFinalReply(id));
    home.stop();
    expect(reply.subject).toBe('ilr.out.wi-madison.reply');
    expect(outcomeOf(reply)).toBe('REFUSE');
    expect(decodeRequesterReply(reply.data).citations.join(' ')).toContain('22-1-1103');
    await b.recorder.waitFor(wrote(id, 'decision')); // published together with the reply
    const subjects = b.recorder.about(id).map((s) => s.subject).sort();
    expect(subjects).toEqual(['ilr.decision.mt-bozeman', 'ilr.out.wi-madison.reply']);
    expect(home.asked).toHaveLength(0);
  });

  it('RELAY after a facts lookup: delivered to the recipient with Ilr-Decision', async () => {
    const home = connector(b.client, 'mt-bozeman', olsen);
    const { id } = await send(b.client, inquiry, madisonAsks('PATRON_WRITTEN_CONSENT', ['CONTACT']));
    const reply = await b.recorder.waitFor(isFinalReply(id));
    home.stop();
    expect(outcomeOf(reply)).toBe('RELAY');
    expect(home.asked[0]).toMatchObject({ messageId: id, patron: { token: 'tok-olsen' } });
    await b.recorder.waitFor(wrote(id, 'deliver')); // published together with the reply
    const delivery = b.recorder.about(id).find((s) => s.subject === 'ilr.out.mt-bozeman.patron_inquiry')!;
    expect(delivery).toBeDefined();
    const d = decisionHeader(delivery);
    expect(enumFromWire('Outcome', d.outcome)).toBe('RELAY');
    expect(d.disclosed.map((c) => enumFromWire('DataClass', c))).toEqual(['CONTACT']);
    expect(decodeEnvelope(delivery.data).messageId).toBe(id);
  });

  it('HOLD_PICKUP: the label is filled from the decision', async () => {
    const home = connector(b.client, 'or-multnomah', { registeredAt: 'or-multnomah', lastName: 'Garcia-Lopez', card: '21234001234567', shelfOptOut: false });
    const { id } = await send(
      b.client,
      { sender: 'or-multnomah', recipient: 'or-hillsboro', kind: 'HOLD_PICKUP' },
      { patron: { token: 'tok-g', homeLibrary: 'or-multnomah' }, itemId: 'i-1', pickupLibrary: 'or-hillsboro' },
    );
    const reply = await b.recorder.waitFor(isFinalReply(id));
    home.stop();
    expect(outcomeOf(reply)).toBe('RELAY');
    await b.recorder.waitFor(wrote(id, 'deliver')); // published together with the reply
    const delivery = b.recorder.about(id).find((s) => s.subject === 'ilr.out.or-hillsboro.hold_pickup')!;
    expect(decodeBody('HOLD_PICKUP', decodeEnvelope(delivery.data).body).label).toBe('GARC 4567');
    // The requester's reply never carries the label.
    expect(Buffer.from(reply.data).toString('latin1')).not.toContain('GARC');
  });

  it('REFER: delivered to the registering library', async () => {
    const home = connector(b.client, 'ma-duxbury', { registeredAt: 'ma-plymouth', age: 30 });
    const { id } = await send(
      b.client,
      { sender: 'co-bemis', recipient: 'ma-duxbury', kind: 'PATRON_INQUIRY' },
      {
        lookup: { name: 'Nguyen' },
        requester: { agency: { agency: w('Agency', 'POLICE') } },
        purpose: w('Purpose', 'INVESTIGATION'),
        basis: w('LegalBasis', 'NONE'),
        wants: [w('Want', 'IDENTITY'), w('Want', 'CIRCULATION')],
      },
    );
    const reply = await b.recorder.waitFor(isFinalReply(id));
    home.stop();
    expect(home.asked[0]?.patron).toEqual({ lookupKey: 'Nguyen' });
    expect(outcomeOf(reply)).toBe('REFER');
    await b.recorder.waitFor(wrote(id, 'refer')); // published together with the reply
    const subjects = b.recorder.about(id).map((s) => s.subject);
    expect(subjects).toContain('ilr.out.ma-plymouth.patron_inquiry');
    expect(subjects).not.toContain('ilr.out.ma-duxbury.patron_inquiry');
  });

  it('REVIEW: legal process is parked on the home library review queue', async () => {
    const { id } = await send(
      b.client,
      { sender: 'wi-madison', recipient: 'mt-bozeman', kind: 'LEGAL_PROCESS' },
      {
        process: { type: w('ProcessType', 'SEARCH_WARRANT'), issuer: w('Issuer', 'STATE'), gag: false, criminal: true },
        requester: { agency: w('Agency', 'POLICE') },
        wants: [w('Want', 'IDENTITY'), w('Want', 'CIRCULATION')],
        patron: { token: 'tok-olsen', homeLibrary: 'mt-bozeman' },
        purpose: w('Purpose', 'INVESTIGATION'),
        basis: w('LegalBasis', 'SEARCH_WARRANT'),
      },
    );
    const reply = await b.recorder.waitFor(isFinalReply(id));
    expect(outcomeOf(reply)).toBe('REVIEW');
    await b.recorder.waitFor(wrote(id, 'review')); // published together with the reply
    const review = b.recorder.about(id).find((s) => s.subject === 'ilr.review.mt-bozeman')!;
    const parked = JSON.parse(Buffer.from(review.data).toString()) as { messageId: string; home: string; decision: { outcome: string; review: { urgent: boolean } }; envelope: string };
    expect(parked).toMatchObject({ messageId: id, home: 'mt-bozeman', decision: { outcome: 'REVIEW', review: { urgent: true } } });
    expect(decodeEnvelope(Buffer.from(parked.envelope, 'base64')).messageId).toBe(id);
    expect(b.recorder.about(id).some((s) => s.subject.startsWith('ilr.out.mt-bozeman.'))).toBe(false);
  });

  it('forged sender: dead letter (digest only) and error reply, nothing delivered', async () => {
    const { id } = await send(b.client, { ...inquiry, sender: 'mt-bozeman', recipient: 'mt-bozeman', subjectSender: 'wi-madison' }, madisonAsks('MATERIAL_RECOVERY', ['CONTACT']));
    const dl = await b.recorder.waitFor(isDeadLetter(id));
    expect(dl.subject).toBe('ilr.dlq.wi-madison');
    const letter = JSON.parse(Buffer.from(dl.data).toString()) as DeadLetter;
    expect(letter).toMatchObject({ messageId: id, sender: 'wi-madison', code: 'FORGED_SENDER', field: 'sender', subject: 'ilr.in.wi-madison.patron_inquiry' });
    expect(letter.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(letter).sort()).toEqual(['at', 'code', 'field', 'messageId', 'reason', 'sender', 'sha256', 'size', 'subject']);
    expect(JSON.stringify(letter)).not.toContain('tok-olsen');
    const err = await b.recorder.waitFor((s) => s.subject === 'ilr.out.wi-madison.error' && wrote(id, 'error', 'wi-madison')(s));
    expect(decodeErrorReply(err.data)).toMatchObject({ messageId: id, code: 'FORGED_SENDER', field: 'sender' });
    expect(b.recorder.about(id).map((s) => s.subject).sort()).toEqual(['ilr.dlq.wi-madison', 'ilr.out.wi-madison.error']);
  });

  it('malformed bytes: dead letter and error reply', async () => {
    const before = b.router.stats().deadLettered;
    const ack = await b.client.jetstream().publish(ingressSubject('wi-madison', 'patron_inquiry'), new Uint8Array([0xff, 0xff, 0xff, 0x01]), { msgID: 'garbage-1' });
    const dl = await b.recorder.waitFor(wrote(`seq-${ack.seq}`, 'dlq', 'wi-madison'));
    const letter = JSON.parse(Buffer.from(dl.data).toString()) as DeadLetter;
    expect(letter).toMatchObject({ code: 'MALFORMED', sender: 'wi-madison', size: 4 });
    const err = await b.recorder.waitFor(wrote(`seq-${ack.seq}`, 'error', 'wi-madison'));
    expect(decodeErrorReply(err.data).code).toBe('MALFORMED');
    expect(b.router.stats().deadLettered).toBeGreaterThan(before);
  });

  it('a library requester that is not the sender, and an unknown recipient, are rejected', async () => {
    const a = await send(b.client, inquiry, { ...madisonAsks('MATERIAL_RECOVERY', ['CONTACT']), requester: { library: 'or-hillsboro' } });
    const b2 = await send(b.client, { ...inquiry, recipient: 'xx-nowhere' }, madisonAsks('MATERIAL_RECOVERY', ['CONTACT']));
    const [dla, dlb] = await Promise.all([b.recorder.waitFor(isDeadLetter(a.id)), b.recorder.waitFor(isDeadLetter(b2.id))]);
    expect(JSON.parse(Buffer.from(dla.data).toString())).toMatchObject({ code: 'REQUESTER_NOT_SENDER', field: 'body.requester.library' });
    expect(JSON.parse(Buffer.from(dlb.data).toString())).toMatchObject({ code: 'UNKNOWN_LIBRARY', field: 'recipient' });
    expect(b.recorder.about(a.id).some((s) => s.subject.startsWith('ilr.out.mt-bozeman.'))).toBe(false);
  });

  it('a second copy of a message id is not stored (the claim); the first is relayed once', async () => {
    const body = madisonAsks('MATERIAL_RECOVERY', ['CONTACT']);
    const { id } = await send(b.client, inquiry, body);
    await b.recorder.waitFor(isFinalReply(id));
    const jsm = await b.client.jetstreamManager();
    const before = (await jsm.streams.info(STREAMS.ingress.name)).state.last_seq;
    // The same id again, as a connector publishes it: within the window the stream keeps one copy.
    const bytes = encodeMessage({ messageId: id, sender: 'wi-madison', recipient: 'mt-bozeman', kind: 'PATRON_INQUIRY', createdAt: Date.now() }, body);
    const ack = await b.client.jetstream().publish(ingressSubject('wi-madison', 'PATRON_INQUIRY'), bytes, { msgID: messageKey('wi-madison', id) });
    expect(ack.duplicate).toBe(true);
    expect((await jsm.streams.info(STREAMS.ingress.name)).state.last_seq).toBe(before);
    // A message published after it is decided, so the copy would have been seen by now.
    const later = await send(b.client, inquiry, body);
    await b.recorder.waitFor(isFinalReply(later.id));
    expect(b.recorder.about(id).filter((s) => s.subject === 'ilr.out.wi-madison.reply')).toHaveLength(1);
  });

  it('a copy under another Nats-Msg-Id is dead-lettered and its sender told (BAD_MSG_ID); the first is relayed once', async () => {
    const body = madisonAsks('MATERIAL_RECOVERY', ['CONTACT']);
    const { id } = await send(b.client, inquiry, body);
    await b.recorder.waitFor(isFinalReply(id));
    const badBefore = b.router.stats().badMsgIds;
    // Same envelope id again under another ingress Nats-Msg-Id: the stream cannot tell it is a copy.
    await send(b.client, { ...inquiry, messageId: id, ingressMsgId: `${id}-again` }, body);
    // Its writes have their own ids (<sender>.<id>-dup-<seq>), not the first copy's.
    const isCopy = (s: Seen) => writeOf(s)?.id.startsWith(`${id}-dup-`) === true;
    const dl = await b.recorder.waitFor((s) => s.subject === 'ilr.dlq.wi-madison' && isCopy(s));
    expect(JSON.parse(Buffer.from(dl.data).toString())).toMatchObject({ messageId: id, code: 'BAD_MSG_ID', field: 'Nats-Msg-Id' });
    const err = await b.recorder.waitFor((s) => s.subject === 'ilr.out.wi-madison.error' && isCopy(s));
    expect(decodeErrorReply(err.data)).toMatchObject({ messageId: id, code: 'BAD_MSG_ID' });
    expect(decodeErrorReply(err.data).reason).toContain(`wi-madison.${id}`);
    expect(b.router.stats().badMsgIds).toBe(badBefore + 1);
    expect(b.recorder.about(id).filter((s) => s.subject === 'ilr.out.wi-madison.reply')).toHaveLength(1);
  });

  it('PENDING while the home connector is down, decided once it is up', async () => {
    const { id } = await send(b.client, inquiry, madisonAsks('PATRON_WRITTEN_CONSENT', ['CONTACT']));
    const pending = await b.recorder.waitFor(isPendingReply(id));
    expect(pending.subject).toBe('ilr.out.wi-madison.reply');
    expect(pending.headers?.get('Ilr-Reason')).toContain('mt-bozeman');
    const home = connector(b.client, 'mt-bozeman', olsen);
    const reply = await b.recorder.waitFor(isFinalReply(id));
    home.stop();
    expect(outcomeOf(reply)).toBe('RELAY');
    expect(b.recorder.about(id).filter(isPendingReply(id))).toHaveLength(1);
  });

  it('dead-letters a message still pending at the last delivery', async () => {
    const { id } = await send(b.client, inquiry, madisonAsks('PATRON_WRITTEN_CONSENT', ['CONTACT']));
    const dl = await b.recorder.waitFor(isDeadLetter(id));
    const letter = JSON.parse(Buffer.from(dl.data).toString()) as DeadLetter;
    expect(letter).toMatchObject({ code: 'FACTS_UNAVAILABLE', messageId: id });
    expect(letter.reason).toContain('mt-bozeman');
    expect(b.recorder.about(id).filter(isPendingReply(id))).toHaveLength(1);
    expect(b.recorder.about(id).some(isFinalReply(id))).toBe(false);
    // The id stays claimed by this stream message: another copy is not stored.
    const bytes = encodeMessage({ messageId: id, sender: 'wi-madison', recipient: 'mt-bozeman', kind: 'PATRON_INQUIRY', createdAt: Date.now() }, madisonAsks('PATRON_WRITTEN_CONSENT', ['CONTACT']));
    expect((await b.client.jetstream().publish(ingressSubject('wi-madison', 'PATRON_INQUIRY'), bytes, { msgID: messageKey('wi-madison', id) })).duplicate).toBe(true);
  });
});
