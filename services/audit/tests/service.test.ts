// The audit service against a real nats-server: every decision record on ILR_DECISIONS
// becomes one entry of a chain that verifies; restarts, redeliveries and bad records;
// invariant 8 (tamper evidence) on entries the service wrote.
import { entryKey, queryAudit, readAudit, verifyAuditStream, verifyChain, type StoredMessage } from '@ilr/audit';
import { AUDIT_CONSUMER, STREAMS, decisionSubject, type IlrNats } from '@ilr/nats';
import { Publisher, decisionRecordBytes, tokenDigest, type DecisionContext } from '@ilr/outbound';
import type { Decision } from '@ilr/policy';
import { RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuditService, type AuditService } from '../src/index.js';
import { entriesOf, eventually, provisionedServer, silent, type TestServer } from './helpers.js';

const refuse = (home: string): Decision => ({
  outcome: 'REFUSE',
  disclosed: [],
  basis: 'MATERIAL_RECOVERY',
  rules: ['no-library-recovery'],
  citations: [{ cite: 'MCA 22-1-1103', text: 'text', status: 'VERIFIED' }],
  pack: { id: 'US-MT', version: '2026.1.0' },
  decidedBy: home,
  reasonCode: 'NO_LEGAL_BASIS',
  screened: true,
});
const relay = (home: string): Decision => ({ ...refuse(home), outcome: 'RELAY', disclosed: ['CONTACT'], basis: 'PATRON_WRITTEN_CONSENT', reasonCode: 'RELAYED', screened: false });
const review = (home: string): Decision => ({
  ...refuse(home),
  outcome: 'REVIEW',
  basis: 'SEARCH_WARRANT',
  reasonCode: 'HELD_FOR_REVIEW',
  review: { route: 'DIRECTOR', urgent: true, gag: false, notifyConsortium: true, ceiling: ['IDENTITY'] },
});
const ctx = (home: string, token?: string): DecisionContext => ({ kind: 'PATRON_INQUIRY', sender: 'wi-madison', recipient: home, patronTokens: [token] });

describe('audit service', { timeout: 90_000 }, () => {
  let t: TestServer;
  let client: IlrNats;
  let publisher: Publisher;
  let service: AuditService;
  const start = async () => (service = await startAuditService({ nats: await t.connect('audit'), logger: silent, window: 64 }));
  const auditedSeq = async (n: number) => eventually(async () => service.position().seq >= n);

  beforeAll(async () => {
    t = await provisionedServer();
    client = await t.connect('client');
    publisher = new Publisher(client.jetstream());
    await start();
  });
  afterAll(async () => {
    await service?.stop();
    await t?.stop();
  });

  it('appends every decision, the reviewers\' too, as one chain that verifies', async () => {
    const homes = ['mt-bozeman', 'or-multnomah', 'ma-duxbury'];
    const sent: Promise<void>[] = [];
    for (let i = 0; i < 30; i++) {
      const home = homes[i % 3]!;
      const d = [refuse, relay, review][i % 3]!(home);
      sent.push(publisher.decision(`m-${i}`, d, ctx(home, `tok-${i}`)));
    }
    // the director's outcome for the warrant held in m-2
    sent.push(publisher.decision('m-2', { ...relay('ma-duxbury'), basis: 'SEARCH_WARRANT' }, { ...ctx('ma-duxbury', 'tok-2'), review: { reviewer: 'director' } }));
    await Promise.all(sent);
    await auditedSeq(31);
    const entries = await entriesOf(client);
    expect(entries).toHaveLength(31);
    expect(new Set(entries.map(entryKey)).size).toBe(31);
    expect(entries.find((e) => e.messageId === 'm-4')).toMatchObject({ home: 'or-multnomah', outcome: 'RELAY', disclosed: ['CONTACT'], tokenDigests: [tokenDigest('tok-4')] });
    expect(entries.find((e) => e.messageId === 'm-2' && e.reviewed)).toMatchObject({ reviewer: 'director', outcome: 'RELAY', basis: 'SEARCH_WARRANT' });
    expect(await verifyAuditStream(client)).toMatchObject({ ok: true, checked: 31, lastSeq: 31 });

    const q = await queryAudit(client, { home: 'ma-duxbury' });
    expect(q.counts).toEqual({ total: 11, byOutcome: { REVIEW: 10, RELAY: 1 }, byBasis: { SEARCH_WARRANT: 11 }, byLibrary: { 'ma-duxbury': 11 } });
  });

  it('appends a decision recorded twice only once', async () => {
    const before = service.position().seq;
    // The same record stored twice in ILR_DECISIONS (a republish after the duplicate window).
    const bytes = decisionRecordBytes('m-twice', refuse('mt-bozeman'), ctx('mt-bozeman'));
    await client.jetstream().publish(decisionSubject('mt-bozeman'), bytes, { msgID: 'm-twice:decision' });
    await client.jetstream().publish(decisionSubject('mt-bozeman'), bytes, { msgID: 'm-twice:decision-again' });
    await publisher.decision('m-after', refuse('mt-bozeman'), ctx('mt-bozeman'));
    await auditedSeq(before + 2);
    const jsm = await client.jetstreamManager();
    await eventually(async () => (await jsm.consumers.info(AUDIT_CONSUMER.stream, AUDIT_CONSUMER.durable)).num_ack_pending === 0);
    const keys = (await entriesOf(client)).map(entryKey);
    expect(keys.filter((k) => k === 'wi-madison.m-twice:decision')).toHaveLength(1);
    expect(keys.at(-1)).toBe('wi-madison.m-after:decision');
    expect(service.stats().already).toBeGreaterThanOrEqual(1);
  });

  it('terminates a record that cannot be audited, and goes on', async () => {
    const before = service.stats();
    await client.jetstream().publish(decisionSubject('mt-bozeman'), 'not a record', { msgID: 'junk-1' });
    // recorded under one home, decided by another
    await client.jetstream().publish(decisionSubject('mt-bozeman'), decisionRecordBytes('m-wrong-home', refuse('or-multnomah'), ctx('or-multnomah')), { msgID: 'junk-2' });
    await publisher.decision('m-next', refuse('mt-bozeman'), ctx('mt-bozeman'));
    await eventually(async () => service.stats().unreadable === before.unreadable + 2 && (await entriesOf(client)).some((e) => e.messageId === 'm-next'));
    const entries = await entriesOf(client);
    expect(entries.some((e) => e.messageId === 'm-wrong-home')).toBe(false);
    expect((await verifyAuditStream(client)).ok).toBe(true);
  });

  it('is restart-safe: a new instance continues the chain, nothing lost or doubled', async () => {
    await service.stop();
    const head = (await entriesOf(client)).length;
    await Promise.all(Array.from({ length: 20 }, (_, i) => publisher.decision(`r-${i}`, relay('mt-bozeman'), ctx('mt-bozeman'))));
    await start();
    await auditedSeq(head + 20);
    const entries = await entriesOf(client);
    expect(entries.slice(head).map((e) => e.messageId).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `r-${i}`).sort());
    expect(entries[head]!.prev).toBe(entries[head - 1]!.hash);
    expect((await verifyAuditStream(client)).ok).toBe(true);
  });

  it('two instances at once keep one unbroken chain', async () => {
    const second = await startAuditService({ nats: await t.connect('audit-2'), logger: silent, window: 64 });
    const head = (await entriesOf(client)).length;
    await Promise.all(Array.from({ length: 300 }, (_, i) => publisher.decision(`p-${i}`, refuse('or-multnomah'), ctx('or-multnomah'))));
    await eventually(async () => (await entriesOf(client)).length >= head + 300);
    await second.stop();
    const entries = await entriesOf(client);
    expect(entries).toHaveLength(head + 300);
    expect(new Set(entries.map(entryKey)).size).toBe(entries.length);
    expect((await verifyAuditStream(client)).ok).toBe(true);
  });

  describe('invariant 8: tampering with entries the service wrote is detected at the entry', () => {
    let stored: StoredMessage[];
    const K = 7;
    beforeAll(async () => {
      stored = [];
      for await (const m of readAudit(client)) stored.push({ seq: m.seq, subject: m.subject, data: m.data });
      expect(stored.length).toBeGreaterThan(K + 2);
    });
    const edit = (m: StoredMessage, change: Record<string, unknown>) => ({
      ...m,
      data: new TextEncoder().encode(JSON.stringify({ ...JSON.parse(new TextDecoder().decode(m.data)), ...change })),
    });

    it('the audit stream itself refuses to delete or purge', async () => {
      const jsm = await client.jetstreamManager();
      await expect(jsm.streams.deleteMessage(STREAMS.audit.name, K)).rejects.toThrow(/not permitted/);
      await expect(jsm.streams.purge(STREAMS.audit.name)).rejects.toThrow(/not permitted/);
    });

    it('change, remove, reorder: in memory', () => {
      expect(verifyChain(stored).ok).toBe(true);
      const changed = stored.map((m) => (m.seq === K ? edit(m, { outcome: 'RELAY', disclosed: ['IDENTITY', 'CONTACT'] }) : m));
      expect(verifyChain(changed).breaks[0]).toMatchObject({ seq: K, code: 'ALTERED' });
      expect(verifyChain(stored.filter((m) => m.seq !== K)).breaks[0]).toMatchObject({ seq: K, code: 'MISSING' });
      const swapped = stored.map((m) => (m.seq === K ? { ...m, data: stored[K]!.data } : m.seq === K + 1 ? { ...m, data: stored[K - 1]!.data } : m));
      expect(verifyChain(swapped).breaks[0]).toMatchObject({ seq: K, code: 'MISPLACED' });
    });

    /** Writes the messages into a fresh, unprotected stream, as someone with the files could. */
    const copy = async (name: string, messages: StoredMessage[]) => {
      const jsm = await client.jetstreamManager();
      await jsm.streams.add({ name, subjects: [`${name.toLowerCase()}.>`], retention: RetentionPolicy.Limits, storage: StorageType.Memory });
      for (const m of messages) await client.jetstream().publish(`${name.toLowerCase()}.${m.subject!}`, m.data);
      return name;
    };

    it('change, remove, reorder: in a copy of the stream, verify names the sequence', async () => {
      const intact = await verifyAuditStream(client, { stream: await copy('COPY_INTACT', stored) });
      expect(intact).toMatchObject({ ok: true, checked: stored.length });
      const changed = await copy('COPY_CHANGED', stored.map((m) => (m.seq === K ? edit(m, { basis: 'COURT_ORDER' }) : m)));
      expect((await verifyAuditStream(client, { stream: changed })).breaks[0]).toMatchObject({ seq: K, code: 'ALTERED' });
      const removed = await copy('COPY_REMOVED', stored.filter((m) => m.seq !== K));
      expect((await verifyAuditStream(client, { stream: removed })).breaks[0]).toMatchObject({ seq: K, code: 'MISPLACED' });
      const reordered = await copy('COPY_REORDERED', [...stored.slice(0, K - 1), stored[K]!, stored[K - 1]!, ...stored.slice(K + 1)]);
      expect((await verifyAuditStream(client, { stream: reordered })).breaks[0]).toMatchObject({ seq: K, code: 'MISPLACED' });
    });
  });
});
