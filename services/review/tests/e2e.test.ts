// End to end with the real router and policy service: a warrant served at Bozeman is held
// for review by the router, then the director's approval reaches Bozeman's system with
// the decision, and the requester gets the outcome.
import { randomUUID } from 'node:crypto';
import { HEADERS, connectNats, deliverySubject, ingressSubject, messageKey, replySubject, type IlrNats } from '@ilr/nats';
import { startPolicyService, type PolicyService } from '@ilr/policy-service';
import { startRouter, type Router } from '@ilr/router';
import { decodeDecision, decodeRequesterReply, encodeMessage, enumFromWire, enumToWire } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewClient, startReviewService, type ReviewService } from '../src/index.js';
import { eventually, silent, startHarness, stored, type Harness } from './harness.js';

describe('a warrant through the router, the review queue and back', { timeout: 60_000 }, () => {
  let h: Harness;
  let svc: IlrNats;
  let policy: PolicyService;
  let router: Router;
  let review: ReviewService;

  beforeAll(async () => {
    h = await startHarness();
    svc = await connectNats({ servers: h.server.url, name: 'services' });
    policy = await startPolicyService({ nats: svc, logger: silent });
    router = await startRouter({ nats: svc, logger: silent });
    review = await startReviewService({ nats: svc, logger: silent });
  });
  afterAll(async () => {
    await review?.stop();
    await router?.stop();
    await policy?.stop();
    await svc?.close();
    await h?.stop();
  });

  it('holds it for the director, then relays exactly what the director released', async () => {
    const id = randomUUID();
    const bytes = encodeMessage(
      { messageId: id, sender: 'mt-bozeman', recipient: 'mt-bozeman', kind: 'LEGAL_PROCESS', createdAt: Date.now() },
      {
        process: { type: enumToWire('ProcessType', 'SEARCH_WARRANT'), issuer: enumToWire('Issuer', 'STATE'), gag: false, criminal: true },
        requester: { agency: enumToWire('Agency', 'POLICE') },
        purpose: enumToWire('Purpose', 'INVESTIGATION'),
        basis: enumToWire('LegalBasis', 'SEARCH_WARRANT'),
        wants: ['IDENTITY', 'CIRCULATION'].map((w) => enumToWire('Want', w as 'IDENTITY')),
        lookup: { name: 'Olsen' },
        documentRef: 'Gallatin County SW-2026-118',
      } as never,
    );
    await h.conn.jetstream().publish(ingressSubject('mt-bozeman', 'LEGAL_PROCESS'), bytes, { msgID: messageKey('mt-bozeman', id) });

    const director = ReviewClient.over(h.conn, 'mt-bozeman', 'director');
    const item = await eventually(async () => (await director.list()).items.find((i) => i.id === id), 'the warrant in the queue');
    expect(item).toMatchObject({ urgent: true, route: 'DIRECTOR', ceiling: ['IDENTITY', 'CIRCULATION'] });

    await director.approve(id, ['IDENTITY'], 'warrant executed on service; counsel informed');
    const delivered = (await stored(h, 'delivery', deliverySubject('mt-bozeman', 'LEGAL_PROCESS'))).find((m) => m.headers?.get(HEADERS.msgId)?.includes(`.${id}:`))!;
    expect(Buffer.from(delivered.data).equals(Buffer.from(bytes))).toBe(true);
    const d = decodeDecision(Buffer.from(delivered.headers!.get(HEADERS.decision), 'base64'));
    expect(d.disclosed!.map((c) => enumFromWire('DataClass', c))).toEqual(['IDENTITY']);
    const replies = (await stored(h, 'delivery', replySubject('mt-bozeman'))).filter((m) => m.headers?.get(HEADERS.correlationId) === id);
    expect(replies.map((m) => enumFromWire('Outcome', decodeRequesterReply(m.data).outcome!))).toEqual(['REVIEW', 'RELAY']);
    expect(router.stats().decided).toBeGreaterThanOrEqual(1);
  });
});
