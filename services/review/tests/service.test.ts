// The review service against a real nats-server: the queue, who sees what, approve and
// deny published as decisions/deliveries/replies exactly once, the consortium notice.
import { randomUUID } from 'node:crypto';
import { HEADERS, KV_BUCKETS, connectNats, decisionSubject, deliverySubject, replySubject, reviewOpsSubject, type IlrNats } from '@ilr/nats';
import { decodeDecision, decodeDecisionRecord, decodeRequesterReply, enumFromWire } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewClient, ReviewError, startReviewService, type ReviewRole, type ReviewService } from '../src/index.js';
import { eventually, queueLegalProcess, queueRecordsRequest, silent, startHarness, stored, type Harness, type LegalProcessInit } from './harness.js';

let h: Harness;
let svcConn: IlrNats;
let service: ReviewService;

beforeAll(async () => {
  h = await startHarness();
  svcConn = await connectNats({ servers: h.server.url, name: 'ilr-review' });
  // The retry loop is driven by hand (retryNow) so that every publish in a test is one the test caused.
  service = await startReviewService({ nats: svcConn, logger: silent, retryIntervalMs: 3_600_000, retryAfterMs: 0 });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  await svcConn?.close();
  await h?.stop();
});

const as = (home: string, role: ReviewRole = 'director') => ReviewClient.over(h.conn, home, role);

/** The error a call fails with (the test fails if it does not). */
async function failure(p: Promise<unknown>): Promise<ReviewError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ReviewError) return e;
    throw e;
  }
  throw new Error('expected a ReviewError');
}

const outcomesOf = async (home: string, id: string) =>
  (await stored(h, 'decisions', decisionSubject(home)))
    .map((m) => decodeDecisionRecord(m.data))
    .filter((r) => r.messageId === id)
    .map((r) => ({ outcome: enumFromWire('Outcome', r.decision!.outcome!), reviewed: r.reviewed, reviewer: r.reviewer }));

const repliesOf = async (sender: string, id: string) =>
  (await stored(h, 'delivery', replySubject(sender)))
    .filter((m) => m.headers?.get(HEADERS.correlationId) === id)
    .map((m) => ({ final: m.headers?.get(HEADERS.reply), ...decodeRequesterReply(m.data) }))
    .map((r) => ({ final: r.final, outcome: enumFromWire('Outcome', r.outcome!), reason: enumFromWire('ReasonCode', r.reasonCode!), disclosed: (r.disclosed ?? []).map((d) => enumFromWire('DataClass', d)) }));

describe('the queue and who sees it', { timeout: 60_000 }, () => {
  it('lists urgent items first, then the oldest; a gagged item exists for the home director only', async () => {
    const subpoena = await queueLegalProcess(h, { sender: 'mt-bozeman', home: 'mt-bozeman', type: 'SUBPOENA', issuer: 'STATE', wants: ['IDENTITY'], patron: { name: 'Olsen' } });
    const fisa = await queueLegalProcess(h, { sender: 'mt-bozeman', home: 'mt-bozeman', type: 'FISA_ORDER', issuer: 'FEDERAL', wants: ['CIRCULATION'], patron: { token: 'tok-bzn-7f3a91c2' } });
    const warrant = await queueLegalProcess(h, {
      sender: 'mt-bozeman', home: 'mt-bozeman', type: 'SEARCH_WARRANT', issuer: 'STATE', wants: ['IDENTITY', 'CIRCULATION'],
      patron: { name: 'Olsen' }, documentRef: 'Gallatin County SW-2026-118',
    });

    const director = await as('mt-bozeman').list();
    expect(director.items.map((i) => [i.id, i.urgent, i.gag])).toEqual([
      [warrant.id, true, false],
      [subpoena.id, false, false],
      [fisa.id, false, true],
    ]);
    expect(director.items.every((i) => i.actionable)).toBe(true);
    for (const role of ['records-custodian', 'operator'] as const) {
      const items = (await as('mt-bozeman', role).list()).items;
      expect(items.map((i) => i.id), role).toEqual([warrant.id, subpoena.id]);
      expect(items.some((i) => i.actionable), role).toBe(false);
    }

    // To anyone but the director, the gagged item is exactly an id that was never queued.
    const never = '00000000-0000-4000-8000-000000000000';
    for (const role of ['records-custodian', 'operator'] as const) {
      const gagged = await failure(as('mt-bozeman', role).show(fisa.id));
      const unknown = await failure(as('mt-bozeman', role).show(never));
      expect(gagged.code).toBe('UNKNOWN_ID');
      expect(gagged.message.replace(fisa.id, 'X')).toBe(unknown.message.replace(never, 'X'));
      expect((await failure(as('mt-bozeman', role).approve(fisa.id, ['CIRCULATION'], 'r'))).code).toBe('UNKNOWN_ID');
    }
    const shown = await as('mt-bozeman').show(fisa.id);
    expect(shown).toMatchObject({ gag: true, ceiling: ['CIRCULATION'], notice: { status: 'WITHHELD_GAG' }, patronRef: 'TOKEN' });
    expect(JSON.stringify(shown)).not.toContain('tok-bzn-7f3a91c2');
  });

  it('shows the home library the served document and how the patron is named, never the name; operators less', async () => {
    const warrant = await queueLegalProcess(h, {
      sender: 'mt-imagineif', home: 'mt-imagineif', type: 'SEARCH_WARRANT', issuer: 'STATE', wants: ['IDENTITY', 'CIRCULATION'],
      patron: { name: 'Ruiz' }, documentRef: 'Flathead County SW-2026-7',
    });
    const director = await as('mt-imagineif').show(warrant.id);
    expect(director).toMatchObject({
      kind: 'LEGAL_PROCESS', urgent: true, route: 'DIRECTOR', requester: 'AGENCY POLICE', sender: 'mt-imagineif', recipient: 'mt-imagineif',
      process: { type: 'SEARCH_WARRANT', issuer: 'STATE', criminal: true }, ceiling: ['IDENTITY', 'CIRCULATION'],
      documentRef: 'Flathead County SW-2026-7', patronRef: 'NAME', notice: { status: 'NOT_REQUIRED' }, actionable: true,
    });
    expect(director.citations.map((c) => c.cite)).toContain('U.S. Const. amend. IV (search and seizure)');
    expect(JSON.stringify(director)).not.toContain('Ruiz');
    const operator = await as('mt-imagineif', 'operator').show(warrant.id);
    expect(operator.documentRef).toBeUndefined();
    expect(operator.patronRef).toBeUndefined();
    expect(operator.actionable).toBe(false);
  });
});

describe('approve and deny', { timeout: 60_000 }, () => {
  it("keeps two libraries' items with one message id apart: the sender names which, and each is decided on its own", async () => {
    const id = randomUUID();
    const warrant: Omit<LegalProcessInit, 'sender'> = { home: 'wi-madison', type: 'SEARCH_WARRANT', issuer: 'STATE', wants: ['IDENTITY', 'CIRCULATION'], patron: { token: 'tok-mad-2' }, id };
    await queueLegalProcess(h, { ...warrant, sender: 'wi-madison' });
    await queueLegalProcess(h, { ...warrant, sender: 'mt-bozeman' });
    const director = as('wi-madison');
    const queued = async () => (await director.list()).items.filter((i) => i.id === id).map((i) => i.sender).sort();
    expect(await queued()).toEqual(['mt-bozeman', 'wi-madison']);
    expect((await failure(director.show(id))).message).toBe(`2 items in wi-madison's review queue have id ${id} (sent by mt-bozeman, wi-madison): name the sender`);
    expect((await failure(director.show(id, 'or-hillsboro'))).code).toBe('UNKNOWN_ID');
    expect(await director.show(id, 'mt-bozeman')).toMatchObject({ id, sender: 'mt-bozeman', actionable: true });

    expect(await director.deny(id, 'not in proper form', undefined, 'mt-bozeman')).toMatchObject({ sender: 'mt-bozeman', alreadyDecided: false, outcome: { outcome: 'REFUSE' } });
    expect(await queued()).toEqual(['wi-madison']); // the other is still waiting
    expect(await director.approve(id, ['IDENTITY'], 'in proper form', undefined, 'wi-madison')).toMatchObject({ sender: 'wi-madison', alreadyDecided: false, outcome: { outcome: 'RELAY' } });
    expect(await queued()).toEqual([]);

    // Each its own reviewed decision record, FINAL reply, and (the relayed one only) delivery.
    const reviewed = (await stored(h, 'decisions', decisionSubject('wi-madison')))
      .map((m) => decodeDecisionRecord(m.data))
      .filter((r) => r.messageId === id && r.reviewed)
      .map((r) => [r.sender, enumFromWire('Outcome', r.decision!.outcome!)]);
    expect(reviewed.sort()).toEqual([['mt-bozeman', 'REFUSE'], ['wi-madison', 'RELAY']]);
    expect((await repliesOf('mt-bozeman', id)).map((r) => r.outcome)).toEqual(['REVIEW', 'REFUSE']);
    expect((await repliesOf('wi-madison', id)).map((r) => r.outcome)).toEqual(['REVIEW', 'RELAY']);
    const deliveries = (await stored(h, 'delivery', deliverySubject('wi-madison', 'LEGAL_PROCESS'))).filter((m) => m.headers?.get(HEADERS.msgId)?.includes(`.${id}:`));
    expect(deliveries.map((m) => m.headers?.get(HEADERS.msgId))).toEqual([`wi-madison.${id}:deliver`]);
  });

  it('approves within the ceiling: one RELAY decision, the envelope delivered once, a FINAL reply; asking again changes nothing', async () => {
    const q = await queueLegalProcess(h, {
      sender: 'wi-madison', home: 'wi-madison', type: 'SEARCH_WARRANT', issuer: 'STATE', wants: ['IDENTITY', 'CIRCULATION'], patron: { token: 'tok-mad-1' },
    });
    const director = as('wi-madison');

    const beyond = await failure(director.approve(q.id, ['IDENTITY', 'HISTORY'], 'warrant in proper form'));
    expect(beyond.code).toBe('BEYOND_CEILING');
    expect(beyond.message).toMatch(/^HISTORY is beyond the ceiling of item \S+ \(IDENTITY, CIRCULATION\)/);
    expect((await failure(director.approve(q.id, ['ADDRESS'], 'r'))).message).toMatch(/unknown data class "ADDRESS"; one of EXISTENCE, IDENTITY/);
    expect((await failure(director.approve(q.id, ['IDENTITY'], '  '))).message).toMatch(/reason: give the reason/);
    expect(await outcomesOf('wi-madison', q.id)).toEqual([{ outcome: 'REVIEW', reviewed: false, reviewer: '' }]);

    const first = await director.approve(q.id, ['CIRCULATION', 'IDENTITY'], 'warrant in proper form; counsel agrees', 'A. Director');
    expect(first).toMatchObject({ id: q.id, alreadyDecided: false, outcome: { outcome: 'RELAY', released: ['IDENTITY', 'CIRCULATION'], delivered: true } });

    const again = await director.approve(q.id, ['IDENTITY', 'CIRCULATION'], 'pressed twice');
    expect(again).toMatchObject({ alreadyDecided: true, outcome: { outcome: 'RELAY', reason: 'warrant in proper form; counsel agrees' } });
    const deny = await failure(director.deny(q.id, 'changed my mind'));
    expect(deny.code).toBe('ALREADY_DECIDED');
    expect(deny.message).toMatch(/was already approved \(IDENTITY, CIRCULATION\) on .* by the director of wi-madison; a decision is final/);

    // Audited like any other decision: the REVIEW, then the person's RELAY, reviewed.
    expect(await outcomesOf('wi-madison', q.id)).toEqual([
      { outcome: 'REVIEW', reviewed: false, reviewer: '' },
      { outcome: 'RELAY', reviewed: true, reviewer: 'director@wi-madison (A. Director)' },
    ]);
    const deliveries = (await stored(h, 'delivery', deliverySubject('wi-madison', 'LEGAL_PROCESS'))).filter((m) => m.headers?.get(HEADERS.msgId)?.includes(`.${q.id}:`));
    expect(deliveries).toHaveLength(1);
    expect(Buffer.from(deliveries[0]!.data).equals(Buffer.from(q.envelope))).toBe(true);
    const header = decodeDecision(Buffer.from(deliveries[0]!.headers!.get(HEADERS.decision), 'base64'));
    expect(enumFromWire('Outcome', header.outcome!)).toBe('RELAY');
    expect(header.disclosed!.map((d) => enumFromWire('DataClass', d))).toEqual(['IDENTITY', 'CIRCULATION']);
    // The router's HELD_FOR_REVIEW, then the outcome: not swallowed as its duplicate.
    expect(await repliesOf('wi-madison', q.id)).toEqual([
      { final: 'FINAL', outcome: 'REVIEW', reason: 'HELD_FOR_REVIEW', disclosed: [] },
      { final: 'FINAL', outcome: 'RELAY', reason: 'RELAYED', disclosed: ['IDENTITY', 'CIRCULATION'] },
    ]);

    // A decided item has left the queue, and says how it was decided.
    expect((await director.list()).items.map((i) => i.id)).not.toContain(q.id);
    expect(await director.show(q.id)).toMatchObject({ actionable: false, outcome: { outcome: 'RELAY', by: { role: 'director', name: 'A. Director' }, delivered: true } });
    expect((await as('wi-madison', 'operator').show(q.id)).outcome?.reason).toBeUndefined();
  });

  it('denies: a REFUSE decision and reply, nothing delivered', async () => {
    const q = await queueLegalProcess(h, { sender: 'or-hillsboro', home: 'or-hillsboro', type: 'SUBPOENA', issuer: 'STATE', wants: ['CONTACT'], patron: { cardNumber: '21234000000001' } });
    const answer = await as('or-hillsboro').deny(q.id, 'not in proper form: unsigned');
    expect(answer).toMatchObject({ alreadyDecided: false, outcome: { outcome: 'REFUSE', released: [], delivered: true } });
    expect((await outcomesOf('or-hillsboro', q.id)).map((o) => o.outcome)).toEqual(['REVIEW', 'REFUSE']);
    expect((await repliesOf('or-hillsboro', q.id)).at(-1)).toEqual({ final: 'FINAL', outcome: 'REFUSE', reason: 'NOT_PERMITTED', disclosed: [] });
    expect((await stored(h, 'delivery', deliverySubject('or-hillsboro', 'LEGAL_PROCESS'))).filter((m) => m.headers?.get(HEADERS.msgId)?.includes(`.${q.id}:`))).toHaveLength(0);
  });

  it('lets the director decide what is routed to the director, the records custodian its own, operators nothing', async () => {
    const warrant = await queueLegalProcess(h, { sender: 'co-bemis', home: 'co-bemis', type: 'SEARCH_WARRANT', issuer: 'STATE', wants: ['IDENTITY'], patron: { name: 'Walker' } });
    const custodian = await failure(as('co-bemis', 'records-custodian').approve(warrant.id, ['IDENTITY'], 'r'));
    expect(custodian).toMatchObject({ code: 'NOT_AUTHORISED' });
    expect(custodian.message).toMatch(/the records-custodian of co-bemis may not decide item \S+: it is routed to the library director/);
    expect((await failure(as('co-bemis', 'operator').deny(warrant.id, 'r'))).message).toMatch(/operators see the queue but do not decide/);

    const records = await queueRecordsRequest(h, 'ma-plymouth', 'ma-duxbury');
    const clerk = as('ma-duxbury', 'records-custodian');
    const item = (await clerk.list()).items.find((i) => i.id === records.id)!;
    expect(item).toMatchObject({ route: 'RECORDS_CUSTODIAN', ceiling: [], actionable: true });
    expect((await failure(clerk.approve(records.id, ['EXISTENCE'], 'r'))).code).toBe('BEYOND_CEILING');
    expect((await failure(clerk.approve(records.id, [], 'r'))).message).toMatch(/has an empty ceiling: the law admits no release for it; deny it/);
    expect((await clerk.deny(records.id, 'patron records are not public records', 'Town Clerk')).outcome.outcome).toBe('REFUSE');
  });

  it('delivers once when many approvals race, across two service instances', async () => {
    const second = await connectNats({ servers: h.server.url, name: 'ilr-review-2' });
    const other = await startReviewService({ nats: second, logger: silent, retryIntervalMs: 3_600_000 });
    try {
      const q = await queueLegalProcess(h, { sender: 'ma-plymouth', home: 'ma-plymouth', type: 'COURT_ORDER', issuer: 'STATE', wants: ['IDENTITY', 'CONTACT'], patron: { name: 'Nguyen' } });
      const answers = await Promise.allSettled([
        ...Array.from({ length: 6 }, () => as('ma-plymouth').approve(q.id, ['CONTACT'], 'court order')),
        as('ma-plymouth').deny(q.id, 'racing deny'),
      ]);
      const ok = answers.filter((a) => a.status === 'fulfilled').map((a) => (a as PromiseFulfilledResult<{ alreadyDecided: boolean; outcome: { outcome: string } }>).value);
      const winners = ok.filter((a) => !a.alreadyDecided);
      expect(winners).toHaveLength(1);
      const outcome = winners[0]!.outcome.outcome;
      // The losers either agree with the winner (already decided) or are told it is final.
      for (const a of answers) {
        if (a.status === 'fulfilled') expect(a.value.outcome.outcome).toBe(outcome);
        else expect((a.reason as ReviewError).code).toBe('ALREADY_DECIDED');
      }
      expect((await outcomesOf('ma-plymouth', q.id)).map((o) => o.outcome)).toEqual(['REVIEW', outcome]);
      const deliveries = (await stored(h, 'delivery', deliverySubject('ma-plymouth', 'LEGAL_PROCESS'))).filter((m) => m.headers?.get(HEADERS.msgId)?.includes(`.${q.id}:`));
      expect(deliveries).toHaveLength(outcome === 'RELAY' ? 1 : 0);
      expect(await repliesOf('ma-plymouth', q.id)).toHaveLength(2);
    } finally {
      await other.stop();
      await second.close();
    }
  });

  it('publishes an outcome recorded before a crash, once, and a later approval finds it decided', async () => {
    const q = await queueLegalProcess(h, { sender: 'or-multnomah', home: 'or-multnomah', type: 'COURT_ORDER', issuer: 'STATE', wants: ['IDENTITY'], patron: { token: 'tok-mul-3e7d0b58' } });
    // What a service that died between recording and publishing leaves behind.
    const kv = await h.conn.kv(KV_BUCKETS.review.bucket);
    await kv.create(`outcome.or-multnomah.${q.id}`, JSON.stringify({
      messageId: q.id, home: 'or-multnomah', outcome: 'RELAY', released: ['IDENTITY'], reason: 'court order', by: { library: 'or-multnomah', role: 'director' },
      decidedAt: new Date().toISOString(), state: 'DECIDED',
    }));
    expect((await as('or-multnomah').list()).items.map((i) => i.id)).not.toContain(q.id);

    await eventually(async () => {
      await service.retryNow();
      return (await outcomesOf('or-multnomah', q.id)).length === 2 ? true : undefined;
    }, 'the retried outcome');
    await eventually(async () => ((await kv.get(`outcome.or-multnomah.${q.id}`))?.json<{ state: string }>().state === 'PUBLISHED' ? true : undefined), 'PUBLISHED');
    await service.retryNow();
    expect(await as('or-multnomah').approve(q.id, ['IDENTITY'], 'again')).toMatchObject({ alreadyDecided: true });
    expect((await outcomesOf('or-multnomah', q.id)).map((o) => o.outcome)).toEqual(['REVIEW', 'RELAY']);
    expect((await stored(h, 'delivery', deliverySubject('or-multnomah', 'LEGAL_PROCESS'))).filter((m) => m.headers?.get(HEADERS.msgId)?.includes(`.${q.id}:`))).toHaveLength(1);
  });
});

describe('the consortium notice of federal process (Duxbury procedure)', { timeout: 60_000 }, () => {
  it('records a notice for the consortium contact with no patron data, and none under a gag order', async () => {
    const fisa = await queueLegalProcess(h, { sender: 'ma-duxbury', home: 'ma-duxbury', type: 'FISA_ORDER', issuer: 'FEDERAL', wants: ['CIRCULATION'], patron: { name: 'Nguyen' } });
    const subpoena = await queueLegalProcess(h, {
      sender: 'ma-duxbury', home: 'ma-duxbury', type: 'SUBPOENA', issuer: 'FEDERAL', wants: ['IDENTITY', 'CIRCULATION'],
      patron: { token: 'tok-dux-55aa' }, documentRef: 'USDC-MA GJ 26-0412 (Nguyen)',
    });
    expect(subpoena.decision.review).toMatchObject({ notifyConsortium: true, gag: false });

    // Items are taken in order: once the subpoena's notice is there, the FISA order was handled.
    const president = as('ma-plymouth');
    const notices = await eventually(async () => {
      const n = (await president.notices()).notices;
      return n.some((x) => x.messageId === subpoena.id) ? n : undefined;
    }, "the subpoena's notice");
    expect(notices.map((n) => n.messageId)).not.toContain(fisa.id);
    const notice = notices.find((n) => n.messageId === subpoena.id)!;
    expect(notice).toMatchObject({ home: 'ma-duxbury', homeName: 'Duxbury Free Library', to: { title: 'OCLN President', library: 'ma-plymouth' }, process: { type: 'SUBPOENA', issuer: 'FEDERAL' } });
    for (const secret of ['Nguyen', 'tok-dux-55aa', 'USDC-MA', 'IDENTITY', 'CIRCULATION']) expect(JSON.stringify(notice)).not.toContain(secret);

    expect((await as('ma-duxbury').show(subpoena.id)).notice).toMatchObject({ status: 'RECORDED', to: { title: 'OCLN President', library: 'ma-plymouth' } });
    expect((await as('ma-duxbury').show(fisa.id)).notice).toEqual({ status: 'WITHHELD_GAG' });
    expect((await as('ma-plymouth', 'operator').notices()).notices.map((n) => n.messageId)).toContain(subpoena.id);
    expect((await failure(as('ma-plymouth', 'records-custodian').notices())).code).toBe('NOT_AUTHORISED');
    // A state subpoena is not federal process: no notice.
    const state = await queueLegalProcess(h, { sender: 'ma-duxbury', home: 'ma-duxbury', type: 'SUBPOENA', issuer: 'STATE', wants: ['IDENTITY'], patron: { name: 'Nguyen' } });
    expect((await as('ma-duxbury').show(state.id)).notice).toEqual({ status: 'NOT_REQUIRED' });
  });

  it('says so when the home library names no consortium contact', async () => {
    const q = await queueLegalProcess(h, { sender: 'ma-nocontact', home: 'ma-nocontact', type: 'COURT_ORDER', issuer: 'FEDERAL', wants: ['IDENTITY'], patron: { name: 'Doe' } });
    const shown = await eventually(async () => {
      const s = await as('ma-nocontact').show(q.id);
      return s.notice.status === 'PENDING' ? undefined : s;
    }, 'the intake of the item');
    expect(shown.notice.status).toBe('NO_CONTACT');
  });
});

describe('bad requests', { timeout: 30_000 }, () => {
  const raw = async (subject: string, body: string) => {
    const m = await h.conn.nc.request(subject, body, { timeout: 5000 });
    return { status: m.headers?.get('Nats-Service-Error-Code'), body: m.json<{ code: string; message: string }>() };
  };

  it('answers each with a code and a message naming what is wrong', async () => {
    expect(await raw(reviewOpsSubject('mt-bozeman', 'director', 'list'), 'not json')).toEqual({
      status: '400',
      body: { code: 'INVALID_REQUEST', message: 'the request body is not JSON' },
    });
    expect((await raw(reviewOpsSubject('mt-bozeman', 'director', 'show'), '{}')).body.message).toMatch(/^show request: id: /);
    expect((await raw(reviewOpsSubject('mt-bozeman', 'director', 'deny'), JSON.stringify({ id: 'x', reason: 'r', extra: 1 }))).body.message).toMatch(/^deny request: /);
    expect((await raw(reviewOpsSubject('xx-nowhere', 'director', 'list'), '{}')).body).toEqual({ code: 'UNKNOWN_LIBRARY', message: 'xx-nowhere is not a member library' });
    expect((await raw('ilr.ops.review.mt-bozeman.janitor.list', '{}')).body.code).toBe('NOT_AUTHORISED');
  });
});
