// Reading the audit stream on a real nats-server: ranges, a home's subject, the head, queries.
import { auditSubject, connectNats, provision, type IlrNats } from '@ilr/nats';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditError,
  GENESIS_HASH,
  auditStreamState,
  encodeEntry,
  queryAudit,
  readAudit,
  readHead,
  sealEntry,
  verifyAuditStream,
  type AuditMessage,
} from '../src/index.js';
import { body } from './fixtures.js';

const all = async (it: AsyncIterable<AuditMessage>) => {
  const out: number[] = [];
  for await (const m of it) out.push(m.seq);
  return out;
};

describe('the audit stream', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let nats: IlrNats;
  const N = 30;
  let middle: Date;

  beforeAll(async () => {
    server = await startNats();
    nats = await connectNats({ servers: server.url });
    await provision(nats);
  });
  afterAll(async () => {
    await nats?.close();
    await server?.stop();
  });

  it('reads nothing, and has no head, while empty', async () => {
    expect(await all(readAudit(nats))).toEqual([]);
    expect(await readHead(nats)).toBeUndefined();
    expect(await verifyAuditStream(nats)).toMatchObject({ ok: true, checked: 0 });
    expect((await queryAudit(nats, {})).counts.total).toBe(0);
  });

  it('reads in order, from a sequence, a time, or for one home, up to the last entry', async () => {
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= N; seq++) {
      if (seq === 21) {
        await new Promise((r) => setTimeout(r, 20)); // two stored times to tell apart
        middle = new Date();
      }
      const e = sealEntry(body(seq), { seq, prev });
      await nats.jetstream().publish(auditSubject(e.home), encodeEntry(e), { expect: { lastSequence: seq - 1 } });
      prev = e.hash;
    }
    expect(await all(readAudit(nats))).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    expect(await all(readAudit(nats, { fromSeq: 25, batch: 2 }))).toEqual([25, 26, 27, 28, 29, 30]);
    expect(await all(readAudit(nats, { fromSeq: N + 1 }))).toEqual([]);
    expect(await all(readAudit(nats, { since: middle }))).toEqual(Array.from({ length: 10 }, (_, i) => 21 + i));
    expect(await all(readAudit(nats, { since: new Date(Date.now() + 60_000) }))).toEqual([]);
    // body(i) has home HOMES[i % 3]: ma-duxbury for 2, 5, 8, ...
    expect(await all(readAudit(nats, { home: 'ma-duxbury' }))).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
    expect(await all(readAudit(nats, { home: 'zz-nowhere' }))).toEqual([]);
    expect(await auditStreamState(nats)).toMatchObject({ messages: N, firstSeq: 1, lastSeq: N });
  });

  it('knows its head: the last entry and the link the next one needs', async () => {
    const head = await readHead(nats);
    expect(head).toMatchObject({ seq: N, entry: { seq: N, messageId: body(N).messageId } });
    expect(head!.link).toBe(head!.entry!.hash);
    expect(await verifyAuditStream(nats)).toMatchObject({ ok: true, checked: N, head: { seq: N, hash: head!.link } });
  });

  it('answers queries with counts, reading from near `since`', async () => {
    const r = await queryAudit(nats, { home: 'mt-bozeman', outcome: ['RELAY'] }, { limit: 2 });
    // mt-bozeman: seq % 3 == 0; RELAY: odd seq -> 3, 9, 15, 21, 27
    expect(r.counts).toEqual({ total: 5, byOutcome: { RELAY: 5 }, byBasis: { PATRON_WRITTEN_CONSENT: 5 }, byLibrary: { 'mt-bozeman': 5 } });
    expect(r.entries.map((e) => e.streamSeq)).toEqual([3, 9]);
    expect(r.scanned).toBe(10); // only mt-bozeman's subject was read
    // decidedAt of body(i) is 2026-01-01T00:00:i; entries were stored now, so `since` reads them all
    const recent = await queryAudit(nats, { since: new Date(Date.UTC(2026, 0, 1, 0, 0, 25)) });
    expect(recent.counts.total).toBe(6);
    await expect(queryAudit(nats, { outcome: ['MAYBE'] } as never)).rejects.toThrow(/outcome\[0\]: unknown value/);
    await expect(queryAudit(nats, {}, { stream: 'NO_SUCH' })).rejects.toThrow(AuditError);
  });
});
