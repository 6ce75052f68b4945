import { entryKey, verifyAuditStream } from '@ilr/audit';
import { auditSubject, type IlrNats } from '@ilr/nats';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChainWriter } from '../src/index.js';
import { body, entriesOf, provisionedServer, silent, type TestServer } from './helpers.js';

// One server per test: the audit stream denies delete and purge, so each test needs a fresh one.
describe('ChainWriter', { timeout: 60_000 }, () => {
  let t: TestServer;
  let nats: IlrNats;
  beforeEach(async () => {
    await t?.stop();
    t = await provisionedServer();
    nats = await t.connect('writer');
  });
  afterAll(async () => t?.stop());

  it('appends a chain that verifies, seq by seq from 1', async () => {
    const w = await ChainWriter.open({ nats, logger: silent, window: 16 });
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => w.append(body(i))));
    expect(outcomes.map((o) => (o.status === 'appended' ? o.seq : 0)).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const entries = await entriesOf(nats);
    expect(entries.map((e) => e.messageId)).toEqual(Array.from({ length: 50 }, (_, i) => `msg-${i}`)); // arrival order
    const report = await verifyAuditStream(nats);
    expect(report).toMatchObject({ ok: true, checked: 50, lastSeq: 50 });
    expect(report.head).toEqual({ seq: 50, hash: w.position().link });
    await w.close();
  });

  it('is restart-safe: a new writer continues from the head in the stream', async () => {
    const a = await ChainWriter.open({ nats, logger: silent });
    for (let i = 0; i < 5; i++) await a.append(body(i));
    await a.close();
    const b = await ChainWriter.open({ nats: await t.connect('writer-2'), logger: silent });
    expect(b.position()).toEqual(a.position());
    await Promise.all([5, 6, 7].map((i) => b.append(body(i))));
    expect((await entriesOf(nats)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await verifyAuditStream(nats)).ok).toBe(true);
    await b.close();
  });

  it('appends a decision once: again, at the same time, and after a restart (tail scan)', async () => {
    const a = await ChainWriter.open({ nats, logger: silent });
    const [first, second] = await Promise.all([a.append(body(1)), a.append(body(1))]);
    expect([first.status, second.status]).toEqual(['appended', 'appended']); // the second copy joined the first
    expect(await a.append(body(1))).toEqual({ status: 'already' });
    // the reviewer's outcome for the same message is another decision
    expect((await a.append(body(1, { reviewed: true, reviewer: 'director', outcome: 'RELAY' }))).status).toBe('appended');
    await a.close();
    const b = await ChainWriter.open({ nats, logger: silent });
    expect(await b.append(body(1))).toEqual({ status: 'already' });
    expect(b.stats.already).toBe(1);
    await b.close();
    expect((await entriesOf(nats)).map(entryKey)).toEqual(['wi-madison.msg-1:decision', 'wi-madison.msg-1:reviewed']);
  });

  it('appends the decisions of two senders that used one message id, each once (ids are unique per sender)', async () => {
    const w = await ChainWriter.open({ nats, logger: silent });
    expect((await w.append(body(1))).status).toBe('appended');
    expect((await w.append(body(1, { sender: 'ma-plymouth', outcome: 'RELAY' }))).status).toBe('appended');
    expect(await w.append(body(1, { sender: 'ma-plymouth', outcome: 'RELAY' }))).toEqual({ status: 'already' });
    await w.close();
    const again = await ChainWriter.open({ nats, logger: silent });
    expect(await again.append(body(1, { sender: 'ma-plymouth', outcome: 'RELAY' }))).toEqual({ status: 'already' });
    await again.close();
    expect((await entriesOf(nats)).map((e) => [e.sender, e.messageId, e.outcome])).toEqual([
      ['wi-madison', 'msg-1', 'REFUSE'],
      ['ma-plymouth', 'msg-1', 'RELAY'],
    ]);
    expect((await verifyAuditStream(nats)).ok).toBe(true);
  });

  it('never breaks the chain with concurrent writers; each decision lands once', async () => {
    const writers = await Promise.all(
      ['w1', 'w2', 'w3'].map(async (n) => ChainWriter.open({ nats: await t.connect(n), logger: silent, window: 32 })),
    );
    // Each writer gets every decision (as if all received a redelivery), in different orders.
    const ids = Array.from({ length: 120 }, (_, i) => i);
    const orders = [ids, [...ids].reverse(), [...ids.slice(60), ...ids.slice(0, 60)]];
    await Promise.all(writers.flatMap((w, k) => orders[k]!.map((i) => w.append(body(i)))));
    const entries = await entriesOf(nats);
    expect(entries).toHaveLength(120);
    expect(new Set(entries.map(entryKey)).size).toBe(120);
    expect((await verifyAuditStream(nats)).ok).toBe(true);
    expect(writers.reduce((n, w) => n + w.stats.conflicts, 0)).toBeGreaterThan(0);
    for (const w of writers) await w.close();
  });

  it('chains past a message in the stream that is not an entry; verify names only that one', async () => {
    const w = await ChainWriter.open({ nats, logger: silent });
    await w.append(body(1));
    await nats.jetstream().publish(auditSubject('mt-bozeman'), 'not an entry'); // a foreign writer
    await w.append(body(2)); // refused once (the stream moved on), then chained after it
    const report = await verifyAuditStream(nats);
    expect(report.breaks).toEqual([expect.objectContaining({ seq: 2, code: 'UNREADABLE' })]);
    expect(report.lastSeq).toBe(3);
    expect(w.stats.conflicts).toBe(1);
    await w.close();
  });

  it('rides out a NATS restart: appends wait, then land once, the chain intact', async () => {
    const w = await ChainWriter.open({ nats, logger: silent, window: 8 });
    await w.append(body(0));
    const restarting = t.server.restart();
    const pending = Array.from({ length: 30 }, (_, i) => w.append(body(i + 1)));
    await restarting;
    expect((await Promise.all(pending)).every((o) => o.status === 'appended' || o.status === 'already')).toBe(true);
    const entries = await entriesOf(nats);
    expect(entries.map(entryKey).sort()).toEqual(Array.from({ length: 31 }, (_, i) => `wi-madison.msg-${i}:decision`).sort());
    expect((await verifyAuditStream(nats)).ok).toBe(true);
    await w.close();
  });

  it('rejects what is still queued when closed, so the record is redelivered', async () => {
    const w = await ChainWriter.open({ nats, logger: silent, window: 1 });
    const all = Array.from({ length: 20 }, (_, i) => w.append(body(i)).then((o) => o.status, (e: Error) => e.message));
    await w.close();
    const results = await Promise.all(all);
    expect(results).toContain('the audit writer closed before this entry was appended');
    const appended = results.filter((r) => r === 'appended').length;
    expect(await entriesOf(nats)).toHaveLength(appended);
    await expect(w.append(body(99))).rejects.toThrow(/closed/);
  });
});

describe('ChainWriter on an existing stream', { timeout: 60_000 }, () => {
  let t: TestServer;
  beforeAll(async () => (t = await provisionedServer()));
  afterAll(async () => t?.stop());

  it('opens on a long chain reading only its tail', async () => {
    const nats = await t.connect('long');
    const w = await ChainWriter.open({ nats, logger: silent, window: 256 });
    await Promise.all(Array.from({ length: 2000 }, (_, i) => w.append(body(i))));
    await w.close();
    const again = await ChainWriter.open({ nats, logger: silent, tailScan: 100 });
    expect(again.position()).toEqual(w.position());
    expect(await again.append(body(1999))).toEqual({ status: 'already' }); // in the tail
    expect((await again.append(body(0))).status).toBe('appended'); // beyond the tail: a redelivery that old is not expected
    await again.close();
    expect((await verifyAuditStream(nats)).ok).toBe(true);
  });
});
