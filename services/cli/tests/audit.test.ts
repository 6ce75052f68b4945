// `ilr audit verify` and `ilr audit query` against a real nats-server holding a chain.
import { GENESIS_HASH, encodeEntry, sealEntry, type AuditEntryBody } from '@ilr/audit';
import { auditSubject, connectNats, provision, type IlrNats } from '@ilr/nats';
import { startNats, type NatsServerHandle } from '@ilr/testing';
import { RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseTime } from '../src/commands/audit.js';
import { Operations } from '@ilr/ops';
import { CliError } from '../src/index.js';
import { runIlr } from './ilr.js';

const ilr = (...args: string[]) => runIlr(args);

const HOMES = ['mt-bozeman', 'or-multnomah', 'mt-bozeman'] as const;
const body = (i: number): AuditEntryBody => ({
  messageId: `m-${i}`,
  reviewed: false,
  kind: i % 4 === 0 ? 'LEGAL_PROCESS' : 'PATRON_INQUIRY',
  sender: 'wi-madison',
  recipient: HOMES[i % 3]!,
  home: HOMES[i % 3]!,
  decidedAt: new Date(Date.UTC(2026, 5, i)).toISOString(), // June i, 2026
  outcome: i % 4 === 0 ? 'REVIEW' : i % 2 === 0 ? 'RELAY' : 'REFUSE',
  basis: i % 4 === 0 ? 'SUBPOENA' : 'MATERIAL_RECOVERY',
  reasonCode: i % 4 === 0 ? 'HELD_FOR_REVIEW' : i % 2 === 0 ? 'RELAYED' : 'NO_LEGAL_BASIS',
  disclosed: [],
  citations: [],
  rules: [],
  pack: { id: 'US-MT', version: '2026.1.0' },
  screened: true,
  tokenDigests: [],
});

describe('ilr audit', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let nats: IlrNats;
  const N = 12;

  beforeAll(async () => {
    server = await startNats();
    nats = await connectNats({ servers: server.url });
    await provision(nats);
    const jsm = await nats.jetstreamManager();
    await jsm.streams.add({ name: 'TAMPERED', subjects: ['tampered.>'], retention: RetentionPolicy.Limits, storage: StorageType.Memory });
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= N; seq++) {
      const e = sealEntry(body(seq), { seq, prev });
      await nats.jetstream().publish(auditSubject(e.home), encodeEntry(e), { msgID: e.hash, expect: { lastSequence: seq - 1 } });
      // The copy: entry 6 with its outcome changed afterwards.
      const copy = seq === 6 ? new TextEncoder().encode(JSON.stringify({ ...e, outcome: 'REFUSE' })) : encodeEntry(e);
      await nats.jetstream().publish(`tampered.${auditSubject(e.home)}`, copy);
      prev = e.hash;
    }
  });
  afterAll(async () => {
    await nats?.close();
    await server?.stop();
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  describe('verify', () => {
    it('reports an intact chain and its head, exit 0', async () => {
      const r = await ilr('audit', 'verify', '--server', server.url);
      expect(r.error).toBeUndefined();
      expect(r.out).toContain(`audit chain intact: ${N} entries, seq 1..${N} (ILR_AUDIT)`);
      expect(r.out).toMatch(new RegExp(`^head: ${N}:[0-9a-f]{64}`, 'm'));
      expect(r.exitCode ?? 0).toBe(0);
      // Recorded for ilr status and the console (a copy of the log, --stream, is not).
      expect((await new Operations({ nc: nats.nc }).audit()).lastVerification).toMatchObject({ ok: true, checked: N, lastSeq: N, by: expect.stringMatching(/^ilr audit verify \(/) });
    });

    it('shows progress on a long chain', async () => {
      const r = await ilr('audit', 'verify', '--server', server.url, '--progress-every', '5');
      expect(r.err).toContain(`verified 5 of ${N} entries`);
      expect(r.err).toContain(`verified 10 of ${N} entries`);
    });

    it('exits 1 naming the first broken sequence and why', async () => {
      const r = await ilr('audit', 'verify', '--server', server.url, '--stream', 'TAMPERED');
      expect(r.error).toBeInstanceOf(CliError);
      expect((r.error as CliError).exitCode).toBe(1);
      expect(r.error!.message).toMatch(/^audit chain broken at seq 6: ALTERED: the entry at seq 6 does not match its own hash/);
      expect(r.out).toContain('audit chain BROKEN: 1 break in 12 entries, seq 1..12 (TAMPERED)');
      expect((await new Operations({ nc: nats.nc }).audit()).lastVerification?.ok).toBe(true);
      expect(r.out).toMatch(/^ {2}seq 6 {2}ALTERED/m);
    });

    it('checks anchors from an earlier verify, and prints JSON', async () => {
      const head = /^head: (\S+)/m.exec((await ilr('audit', 'verify', '--server', server.url)).out)![1]!;
      const good = await ilr('audit', 'verify', '--server', server.url, '--anchor', head, '--json');
      expect(JSON.parse(good.out)).toMatchObject({ stream: 'ILR_AUDIT', ok: true, checked: N, head: { seq: N } });
      const later = await ilr('audit', 'verify', '--server', server.url, '--anchor', `${N + 3}:${'a'.repeat(64)}`);
      expect(later.error!.message).toMatch(/broken at seq 15: MISSING: the anchored seq 15 is past the end/);
      const bad = await ilr('audit', 'verify', '--server', server.url, '--anchor', 'head');
      expect(bad.error!.message).toMatch(/^--anchor: anchor "head" is not <seq>:<64 hex digits/);
    });

    it('says what to do when NATS cannot be reached, or the stream does not exist', async () => {
      const down = await ilr('audit', 'verify', '--server', 'nats://127.0.0.1:1');
      expect(down.error).toBeInstanceOf(CliError);
      expect(down.error!.message).toMatch(/cannot reach NATS at nats:\/\/127\.0\.0\.1:1/);
      const none = await ilr('audit', 'verify', '--server', server.url, '--stream', 'NO_SUCH');
      expect(none.error!.message).toBe('stream NO_SUCH does not exist (run provision)');
    });

    it('--help tells what is checked and what the exit codes mean', async () => {
      const r = await ilr('audit', 'verify', '--help');
      expect(r.out).toContain('Exits 0 when the chain is intact, 1 when it is broken');
      expect(r.out).toContain('--anchor <seq:hash>');
    });
  });

  describe('query', () => {
    it('lists matching entries with counts by outcome, basis and library', async () => {
      const r = await ilr('audit', 'query', '--server', server.url, '--home', 'mt-bozeman');
      expect(r.error).toBeUndefined();
      // homes: seq % 3 != 1 -> mt-bozeman: 2,3,5,6,8,9,11,12
      expect(r.out).toContain('8 entries match (of 8 read)');
      expect(r.out).toContain('by outcome: REFUSE 4, RELAY 2, REVIEW 2');
      expect(r.out).toContain('by basis:   MATERIAL_RECOVERY 6, SUBPOENA 2');
      expect(r.out).toMatch(/^by library: mt-bozeman 8 /m);
      expect(r.out).toMatch(/^seq\s+decided at\s+home/m);
      expect(r.out).toMatch(/^8\s+2026-06-08T00:00:00Z\s+mt-bozeman\s+LEGAL_PROCESS\s+wi-madison -> mt-bozeman\s+REVIEW\s+SUBPOENA\s+HELD_FOR_REVIEW$/m);
    });

    it('filters by outcome, basis, library and time, case-insensitively', async () => {
      const r = await ilr('audit', 'query', '--server', server.url, '--outcome', 'review,refer', '--basis', 'subpoena', '--json');
      const j = JSON.parse(r.out) as { counts: { total: number; byLibrary: Record<string, number> }; entries: { messageId: string }[] };
      expect(j.counts.total).toBe(3); // 4, 8, 12
      expect(j.entries.map((e) => e.messageId)).toEqual(['m-4', 'm-8', 'm-12']);
      expect(j.counts.byLibrary).toEqual({ 'or-multnomah': 1, 'mt-bozeman': 2 });
      const window = await ilr('audit', 'query', '--server', server.url, '--library', 'or-multnomah', '--since', '2026-06-04', '--until', '2026-06-11', '--limit', '1');
      // or-multnomah is the home of 1, 4, 7, 10; decided June 4 (inclusive) to June 11 (exclusive): 4, 7, 10
      expect(window.out).toContain('3 entries match');
      expect(window.out).toContain('... and 2 more (--limit)');
    });

    it('names the flag of a wrong value', async () => {
      expect((await ilr('audit', 'query', '--outcome', 'MAYBE')).error!.message).toBe('--outcome: "MAYBE" is not one of RELAY, REFER, REFUSE, REVIEW');
      expect((await ilr('audit', 'query', '--since', 'yesterday')).error!.message).toMatch(/^--since: "yesterday" is not a time/);
      expect((await ilr('audit', 'query', '--home', 'Bozeman')).error!.message).toMatch(/^--home: "Bozeman" is not a library id/);
      expect((await ilr('audit', 'query', '--since', '2026-07-01', '--until', '2026-06-01')).error!.message).toBe('--since must be before --until');
      expect((await ilr('audit', 'query', '--limit', 'x')).error!.message).toMatch(/^--limit must be a whole number/);
    });

    it('reads times as ISO 8601 or a time ago', () => {
      const now = Date.UTC(2026, 5, 10, 12);
      expect(parseTime('24h', '--since', now).toISOString()).toBe('2026-06-09T12:00:00.000Z');
      expect(parseTime('7d', '--since', now).toISOString()).toBe('2026-06-03T12:00:00.000Z');
      expect(parseTime('2026-06-01', '--since').toISOString()).toBe('2026-06-01T00:00:00.000Z');
      expect(parseTime('2026-06-01T08:30:00+02:00', '--since').toISOString()).toBe('2026-06-01T06:30:00.000Z');
    });
  });
});
