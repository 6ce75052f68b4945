// The operations read models against a real nats-server running the GENERATED
// configuration (@ilr/access: the broker's account, one account per library), read as the
// console's own user `ilr-console`: what it may read is enough for every view, and nothing
// it may not (no stream deleted, no durable consumer pulled). Records are written in their
// real shapes by the principals that write them: the library publishes its ingress, the
// router's user writes decisions, deliveries, replies and dead letters through @ilr/outbound.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AccessStore, CONSOLE_PRINCIPAL, LIBRARY_JS_API_PREFIX, OPERATOR_PRINCIPAL, servicePrincipal } from '@ilr/access';
import {
  KV_BUCKETS,
  STREAMS,
  connectNats,
  ingressSubject,
  libraryConsumerName,
  libraryInboxPrefix,
  provision,
  reviewSubject,
  type IlrNats,
} from '@ilr/nats';
import { Publisher } from '@ilr/outbound';
import type { Decision } from '@ilr/policy';
import { startNats, waitUntil, type NatsServerHandle } from '@ilr/testing';
import { AckPolicy } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Operations, type Tile } from '../src/index.js';

const A = 'lib-a';
const B = 'lib-b';

const relay: Decision = {
  outcome: 'RELAY',
  disclosed: [],
  basis: 'MATERIAL_RECOVERY',
  rules: ['found-item'],
  citations: [{ cite: 'MCA 22-1-1103', text: 'text', status: 'VERIFIED' }],
  pack: { id: 'US-MT', version: '2026.1.0' },
  decidedBy: B,
  reasonCode: 'RELAYED',
  screened: true,
};
const gaggedReview: Decision = {
  ...relay,
  outcome: 'REVIEW',
  basis: 'NATIONAL_SECURITY_LETTER',
  reasonCode: 'HELD_FOR_REVIEW',
  review: { route: 'DIRECTOR', urgent: false, gag: true, notifyConsortium: false, ceiling: ['EXISTENCE'] },
} as Decision;

describe('Operations, read as ilr-console under the generated configuration', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ilr-ops-'));
  let store: AccessStore;
  let server: NatsServerHandle;
  const conns: IlrNats[] = [];
  let operator: IlrNats;
  let consoleUser: IlrNats;
  let libA: IlrNats;
  let libB: IlrNats;
  let router: Publisher;
  let ops: Operations;

  const as = async (name: string, lib = false): Promise<IlrNats> => {
    const n = await connectNats({
      servers: server.url,
      name,
      credentials: { seedFile: store.seedFile(name) },
      ...(lib ? { inboxPrefix: libraryInboxPrefix(name), jsApiPrefix: LIBRARY_JS_API_PREFIX } : {}),
    });
    conns.push(n);
    return n;
  };
  const send = async (id: string) => libA.jetstream().publish(ingressSubject(A, 'ITEM_FOUND'), new Uint8Array(40), { msgID: `${A}.${id}` });

  beforeAll(async () => {
    store = await AccessStore.open(dir, { deployment: { storeDir: join(dir, 'jetstream') } });
    await store.ensureBroker();
    await store.addLibrary(A);
    await store.addLibrary(B);
    await store.writeConfigs();
    server = await startNats({ configFile: join(store.natsDir, 'single.conf') });
    operator = await as(OPERATOR_PRINCIPAL);
    await provision(operator, { libraries: [A, B] });
    const kv = await operator.kv(KV_BUCKETS.directory.bucket);
    for (const id of [A, B]) {
      await kv.put(id, JSON.stringify({ id, name: `Library ${id}`, jurisdiction: 'US-MT', signingKeys: store.principal(id)!.keys.map((k) => k.publicKey) }));
    }
    consoleUser = await as(CONSOLE_PRINCIPAL);
    libA = await as(A, true);
    libB = await as(B, true);
    router = new Publisher((await as(servicePrincipal('router'))).jetstream());
    ops = new Operations({ nc: consoleUser.nc, monitorUrl: server.monitorUrl });
  });

  afterAll(async () => {
    for (const c of conns) await c.close().catch(() => undefined);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const tile = (tiles: Tile[], id: string): Tile => tiles.find((t) => t.id === id)!;

  it('answers every needs-attention tile on a quiet relay', async () => {
    const tiles = await ops.attention();
    expect(tiles.map((t) => t.id)).toEqual(['ingress-backlog', 'pending', 'dead-letters', 'review', 'libraries-offline', 'audit', 'storage', 'server']);
    for (const id of ['ingress-backlog', 'pending', 'dead-letters', 'libraries-offline']) {
      expect(tile(tiles, id), id).toMatchObject({ count: 0, oldestAgeMs: null, status: 'ok' });
    }
    // No review service runs here: the tile says so (and nothing of which homes have items).
    expect(tile(tiles, 'review')).toMatchObject({ count: 0, status: 'alert', detail: 'no counts: the review service (ilr-review) is not running' });
    expect(tile(tiles, 'audit').detail).toContain('never verified');
    expect(tile(tiles, 'server').status).toBe('ok');
    expect(tile(tiles, 'server').detail).toMatch(/JetStream on, .*healthz ok/);
  });

  it('traces a relayed message: ingress, decision (outcome, basis, pack, citations), delivery, its ack, the reply; never a payload', async () => {
    const ack = await send('m-1');
    await router.decision('m-1', relay, { kind: 'ITEM_FOUND', sender: A, recipient: B });
    await router.deliver({ sender: A, id: 'm-1' }, B, 'ITEM_FOUND', new Uint8Array(40), relay);
    await router.finalReply({ sender: A, id: 'm-1' }, { outcome: 'RELAY', reasonCode: 'RELAYED', disclosed: [], citations: ['MCA 22-1-1103'], pack: relay.pack, message: 'Relayed' });

    let steps = await ops.trace(A, 'm-1');
    expect(steps.map((e) => e.step)).toEqual(['ingress', 'claim', 'decision', 'delivery', 'reply']);
    // The claim is the ingress copy itself (the stream keeps one message per <sender>.<id>).
    expect(steps[1]).toMatchObject({ stream: 'ILR_INGRESS', seq: ack.seq });
    expect(steps[0]).toMatchObject({ stream: 'ILR_INGRESS', seq: ack.seq, subject: 'ilr.in.lib-a.item_found', size: 40 });
    expect(steps[2]!.decision).toEqual({ outcome: 'RELAY', home: B, recipient: B, basis: 'MATERIAL_RECOVERY', reasonCode: 'RELAYED', pack: relay.pack, citations: ['MCA 22-1-1103'], disclosed: [] });
    expect(steps[3]).toMatchObject({ subject: 'ilr.out.lib-b.item_found', size: 40, note: "not yet pulled by lib-b's connector" });
    // No event carries message bytes: only ids, times, sizes and the decision's names.
    expect(JSON.stringify(steps)).not.toMatch(/"data"|AAAA/);

    // The library takes its delivery through its own consumer and acks it.
    const c = await libB.jetstream().consumers.get(STREAMS.delivery.name, libraryConsumerName(B));
    const m = await c.next({ expires: 5000 });
    m!.ack();
    steps = await waitUntil('the ack', async () => {
      const s = await ops.trace(A, 'm-1');
      return s.some((e) => e.step === 'ack') ? s : undefined;
    }, { timeoutMs: 10_000 });
    expect(steps.map((e) => e.step)).toEqual(['ingress', 'claim', 'decision', 'delivery', 'reply', 'ack']);
    expect(await ops.trace(B, 'm-1')).toEqual([]); // ids are per sender
  });

  it('shows the unread ingress as backlog, with no router pulling', async () => {
    const t = tile(await ops.attention(), 'ingress-backlog');
    expect(t.count).toBe(1);
    expect(t.status).toBe('alert');
    expect(t.detail).toContain('no router is pulling');
    expect(t.oldestAgeMs).toBeGreaterThanOrEqual(0);
  });

  it('lists dead letters newest first, filters them, finds one by id, and marks it handled (recorded as an action)', async () => {
    const dl = (sender: string, id: string, code: string, field: string) =>
      router.deadLetter({ sender, id }, { messageId: id, sender, subject: ingressSubject(sender, 'ITEM_FOUND'), code, reason: `${field} is not valid`, field, size: 12, sha256: 'ab'.repeat(32), at: new Date().toISOString() });
    await dl(A, 'm-2', 'MALFORMED', 'body.itemId');
    await dl(B, 'm-3', 'UNKNOWN_SIGNER', 'signer');
    await dl(A, 'm-4', 'MALFORMED', 'body.owningLibrary');

    const all = await ops.deadLetters();
    expect(all.complete).toBe(true);
    expect(all.rows.map((r) => r.messageId)).toEqual(['m-4', 'm-3', 'm-2']);
    expect(all.rows[0]).toMatchObject({ sender: A, code: 'MALFORMED', reason: 'body.owningLibrary is not valid', field: 'body.owningLibrary', size: 12, sha256: 'ab'.repeat(32) });
    expect((await ops.deadLetters({ sender: A })).rows.map((r) => r.messageId)).toEqual(['m-4', 'm-2']);
    expect((await ops.deadLetters({ code: 'unknown_signer' })).rows.map((r) => r.messageId)).toEqual(['m-3']);
    expect((await ops.deadLetters({ messageId: 'm-2' })).rows.map((r) => r.seq)).toEqual([all.rows[2]!.seq]);
    expect((await ops.deadLetters({ since: new Date(Date.now() + 60_000) })).rows).toEqual([]);
    expect((await ops.deadLetters({ until: new Date(Date.now() - 3_600_000) })).rows).toEqual([]);
    expect((await ops.deadLetters({ limit: 1 })).rows.map((r) => r.messageId)).toEqual(['m-4']);
    await expect(ops.deadLetters({ sender: 'Not A Library' })).rejects.toThrow(/not a library id/);

    const seq = all.rows[1]!.seq;
    expect(await ops.deadLetter(seq)).toEqual(all.rows[1]);
    expect(await ops.deadLetter(9999)).toBeUndefined();
    await expect(ops.markHandled(9999, { by: 'ops-anna', note: 'x' })).rejects.toThrow(/no dead letter at ILR_DEADLETTER seq 9999/);
    await expect(ops.markHandled(seq, { by: '', note: 'x' })).rejects.toThrow(/by is required/);
    await ops.markHandled(seq, { by: 'ops-anna', note: 'Bemis rotated its key; told them' });
    expect((await ops.deadLetter(seq))!.handled).toMatchObject({ by: 'ops-anna', note: 'Bemis rotated its key; told them' });
    expect((await ops.deadLetters({ code: 'UNKNOWN_SIGNER' })).rows[0]!.handled?.by).toBe('ops-anna');
    const [action] = await ops.actions(5);
    expect(action).toMatchObject({ by: 'ops-anna', action: 'dead-letter.handled', target: `ILR_DEADLETTER#${seq}`, note: 'Bemis rotated its key; told them' });

    const t = tile(await ops.attention(), 'dead-letters');
    expect(t).toMatchObject({ count: 3, status: 'attention' });
    expect(t.parts).toEqual([{ label: 'MALFORMED', count: 2 }, { label: 'UNKNOWN_SIGNER', count: 1 }]);
    expect(t.detail).toContain('1 marked handled');
  });

  it('lists the libraries with their deliveries, dead letters and signing keys', async () => {
    await router.deliver({ sender: A, id: 'm-5' }, B, 'ITEM_FOUND', new Uint8Array(10), relay);
    const rows = await ops.libraries();
    expect(rows.map((r) => r.id)).toEqual([A, B]);
    const [a, b] = rows;
    expect(a).toMatchObject({ name: 'Library lib-a', jurisdiction: 'US-MT', deadLetters: 2, connected: false, deliveriesWaiting: 1 });
    expect(a!.signingKeys).toEqual(store.principal(A)!.keys.map((k) => k.publicKey));
    expect(b).toMatchObject({ deadLetters: 1, deliveriesWaiting: 1, connected: false });
    expect(b!.oldestWaitingAgeMs).toBeGreaterThanOrEqual(0);
    const offline = tile(await ops.attention(), 'libraries-offline');
    expect(offline.count).toBe(2);
    expect(offline.parts!.map((p) => p.label).sort()).toEqual([A, B]);
  });

  it('shows streams and consumers; the totals of ILR_REVIEW, ILR_DECISIONS, ILR_AUDIT to admins only', async () => {
    const viewer = await ops.streams({ admin: false });
    const row = (rows: typeof viewer, name: string) => rows.find((r) => r.name === name)!;
    expect(viewer.map((r) => r.name)).toEqual(expect.arrayContaining(['ILR_INGRESS', 'ILR_DELIVERY', 'ILR_DEADLETTER', 'ILR_CONSOLE', 'ILR_EVENTS', 'KV_ilr-directory']));
    for (const name of ['ILR_REVIEW', 'ILR_DECISIONS', 'ILR_AUDIT', 'KV_ilr-review']) {
      expect(row(viewer, name), name).toMatchObject({ countsShown: false, messages: null, bytes: null, lastSeq: null, consumers: [] });
    }
    const ingress = row(viewer, 'ILR_INGRESS');
    expect(ingress).toMatchObject({ countsShown: true, messages: 1 });
    expect(ingress.consumers.map((c) => c.name)).toEqual(['router']);
    expect(ingress.consumers[0]).toMatchObject({ pending: 1, ackPending: 0, waiting: 0, maxDeliver: 10, ackWaitMs: 30_000 });
    const delivery = row(viewer, 'ILR_DELIVERY');
    expect(delivery.consumers.find((c) => c.name === libraryConsumerName(B))).toMatchObject({ ackFloor: { streamSeq: 1 } });
    const admin = await ops.streams({ admin: true });
    expect(row(admin, 'ILR_DECISIONS')).toMatchObject({ countsShown: true, messages: 1 });
    expect(row(admin, 'ILR_DECISIONS').consumers.map((c) => c.name)).toEqual(['audit']);
  });

  it('keeps a gagged item out of every number: attention, flow, libraries, streams (non-admin)', async () => {
    const numbers = async () => {
      const tiles = (await ops.attention()).filter((t) => t.id !== 'storage' && t.id !== 'server'); // bytes on disk and API calls count every write
      const libraries = await ops.libraries();
      const streams = (await ops.streams({ admin: false })).filter((r) => !r.countsShown);
      // Ages grow by themselves; everything counted must stay the same.
      const tileNumbers = tiles.map(({ oldestAgeMs: _o, ...t }) => ({ ...t, parts: t.parts?.map(({ oldestAgeMs: _p, ...p }) => p) }));
      return JSON.stringify({ tiles: tileNumbers, libraries: libraries.map(({ lastAckAgeMs: _l, oldestWaitingAgeMs: _w, ...l }) => l), streams });
    };
    await ops.flowSample(); // starts the count
    const before = await numbers();
    const flowBefore = await ops.flowSample();

    // An NSL held for review (gagged), its review item, and later the director's gagged outcome.
    await router.decision('m-nsl', gaggedReview, { kind: 'PATRON_INQUIRY', sender: A, recipient: B });
    await router.review({ sender: A, id: 'm-nsl' }, gaggedReview, {} as never, new Uint8Array(8));
    await router.decision('m-nsl', { ...gaggedReview, outcome: 'REFUSE', reasonCode: 'NOT_PERMITTED' } as Decision, { kind: 'PATRON_INQUIRY', sender: A, recipient: B, review: { reviewer: 'director' } });

    const flowAfter = await ops.flowSample();
    expect(flowAfter.decisions).toEqual(flowBefore.decisions);
    expect(flowAfter.reviewed).toEqual(flowBefore.reviewed);
    expect(await numbers()).toEqual(before);
    // The trace of a gagged item says nothing of its decision.
    expect((await ops.trace(A, 'm-nsl')).filter((e) => e.step === 'decision' || e.step === 'reviewed' || e.step === 'review')).toEqual([]);

    // Not a vacuous check: an ordinary decision does move the figures.
    await router.decision('m-6', relay, { kind: 'ITEM_FOUND', sender: A, recipient: B });
    const flowNext = await ops.flowSample();
    expect(flowNext.decisions['RELAY']).toBe((flowAfter.decisions['RELAY'] ?? 0) + 1);
  });

  it('samples flow cumulatively: decisions by outcome, dead letters by code, totals, ingress-to-delivery latencies', async () => {
    const first = await ops.flowSample();
    await send('m-7');
    await router.decision('m-7', relay, { kind: 'ITEM_FOUND', sender: A, recipient: B });
    await router.deliver({ sender: A, id: 'm-7' }, B, 'ITEM_FOUND', new Uint8Array(40), relay);
    await router.deadLetter({ sender: A, id: 'm-8' }, { messageId: 'm-8', sender: A, subject: ingressSubject(A, 'ITEM_FOUND'), code: 'OVERSIZED', reason: 'message is over 65536 bytes', size: 70_000, sha256: 'cd'.repeat(32), at: new Date().toISOString() });
    const next = await ops.flowSample();
    expect(next.decisions['RELAY']).toBe((first.decisions['RELAY'] ?? 0) + 1);
    expect(next.deadLetters['OVERSIZED']).toBe(1);
    expect(next.ingressTotal).toBe(first.ingressTotal + 1);
    expect(next.deliveryTotal).toBe(first.deliveryTotal + 1);
    expect(next.latencyMs).toHaveLength(1);
    expect(next.latencyMs[0]).toBeGreaterThanOrEqual(0);
    expect(next.truncated).toBe(false);
  });

  it('keeps JetStream advisories worth keeping in ILR_EVENTS (max deliveries)', async () => {
    // An operator's durable that gives up after one delivery: the server advises max deliveries.
    const jsm = await operator.jetstreamManager();
    await jsm.consumers.add(STREAMS.console.name, { durable_name: 'test-max-deliver', ack_policy: AckPolicy.Explicit, max_deliver: 1, ack_wait: 1_000_000_000 });
    const c = await operator.jetstream().consumers.get(STREAMS.console.name, 'test-max-deliver');
    expect(await c.next({ expires: 2000 })).not.toBeNull(); // not acked
    const events = await waitUntil('a max-deliveries advisory', async () => {
      await c.next({ expires: 1000 }); // the server checks redeliveries when asked for more
      const e = await ops.events(10);
      return e.some((x) => x.type === 'max_deliver') ? e : undefined;
    }, { timeoutMs: 20_000 });
    expect(events.find((x) => x.type === 'max_deliver')).toMatchObject({ stream: STREAMS.console.name, consumer: 'test-max-deliver', deliveries: expect.any(Number) });
    await jsm.consumers.delete(STREAMS.console.name, 'test-max-deliver');
  });

  it('records audit verifications and reports the last one', async () => {
    await ops.recordVerification({ by: 'ops-anna', ok: true, checked: 0, lastSeq: 0 });
    const a = await ops.audit();
    expect(a.lastVerification).toMatchObject({ by: 'ops-anna', ok: true });
    expect(tile(await ops.attention(), 'audit').detail).toMatch(/^verified intact /);
    await ops.recordVerification({ by: 'ops-anna', ok: false, checked: 5, lastSeq: 5, firstBreak: { seq: 3, code: 'ALTERED' } });
    const t = tile(await ops.attention(), 'audit');
    expect(t).toMatchObject({ count: 1, status: 'alert' });
    expect(t.detail).toContain('BROKEN at seq 3 (ALTERED)');
  });

  it('reports the server: JetStream account info, and varz/jsz/healthz from the monitoring endpoint', async () => {
    const s = await ops.server();
    expect(s.jetstream).toBe(true);
    expect(s.version).toMatch(/^2\.9\./);
    expect(s.account.streams).toBeGreaterThanOrEqual(Object.keys(STREAMS).length);
    expect(s.healthz).toEqual({ ok: true });
    expect(s.varz!.connections).toBeGreaterThanOrEqual(5);
    expect(s.jsz!.storage).toBeGreaterThan(0);
  });

  it('the console user cannot change anything: no stream deleted, no durable pulled, no broker subject published', async () => {
    const jsm = await consoleUser.jetstreamManager();
    await expect(jsm.streams.delete(STREAMS.deadLetter.name)).rejects.toThrow();
    await expect(jsm.streams.purge(STREAMS.ingress.name)).rejects.toThrow();
    await expect(jsm.consumers.delete(STREAMS.ingress.name, 'router')).rejects.toThrow();
    const c = await consoleUser.jetstream().consumers.get(STREAMS.ingress.name, 'router'); // its info is readable
    expect(await c.next({ expires: 1000 }).catch(() => null)).toBeNull();
    await expect(consoleUser.jetstream().publish(reviewSubject(B), 'x', { timeout: 1000 })).rejects.toThrow();
    await expect(jsm.streams.getMessage(STREAMS.ingress.name, { seq: 1 })).rejects.toThrow();
    // ...and the router's consumer still has its messages, none delivered to anyone.
    expect((await (await operator.jetstreamManager()).consumers.info(STREAMS.ingress.name, 'router'))).toMatchObject({ num_pending: 2, num_ack_pending: 0 });
  });
});
