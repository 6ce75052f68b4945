// `ilr status`, `ilr deadletters`, `ilr trace` against a real local consortium (generated
// credentials, the real router, policy, review and audit services, the libraries'
// connectors): traffic sent with `ilr send`, read back as the operators read it. And the
// gag rule end to end: a FISA order through the real relay changes no number of
// `ilr status`, the review counts, the flow, the libraries view or `ilr audit query`.
import { CONSOLE_PRINCIPAL } from '@ilr/access';
import { startConsortium, type Consortium } from '@ilr/consortium';
import { ingressSubject } from '@ilr/nats';
import { Operations, type Tile } from '@ilr/ops';
import { waitUntil } from '@ilr/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAge } from '../src/commands/operations.js';
import { runIlr } from './ilr.js';

const saved = { url: process.env['NATS_URL'], dir: process.env['ILR_ACCESS_DIR'] };
const exit = (r: { exitCode: unknown; error: Error | undefined }) => (r.error && 'exitCode' in r.error ? r.error.exitCode : (r.exitCode ?? 0));
const ITEM = JSON.stringify({ itemId: '39078091234567', owningLibrary: 'wi-madison' });
const process_ = (type: 'FISA_ORDER' | 'SUBPOENA') =>
  JSON.stringify({
    process: { type: `PROCESS_TYPE_${type}`, issuer: type === 'FISA_ORDER' ? 'ISSUER_FEDERAL' : 'ISSUER_STATE', gag: type === 'FISA_ORDER', criminal: true },
    requester: { agency: type === 'FISA_ORDER' ? 'AGENCY_FEDERAL_AGENCY' : 'AGENCY_POLICE' },
    purpose: 'PURPOSE_INVESTIGATION',
    basis: `LEGAL_BASIS_${type}`,
    wants: ['WANT_IDENTITY'],
    lookup: { name: 'Olsen' },
    documentRef: `${type} 2026-1`,
  });

describe('ilr status, deadletters and trace through a local consortium', { timeout: 180_000 }, () => {
  let c: Consortium;
  let ops: Operations;

  /** Sends with `ilr send --no-wait` and returns the message id it printed. */
  const send = async (kind: string, as: string, to: string, body: string): Promise<string> => {
    const r = await runIlr(['send', kind, '--as', as, '--to', to, '--body', body, '--no-wait'], { mergeErr: true });
    const id = /stored as message ([^\s;]+)/.exec(r.out)?.[1];
    if (!id) throw new Error(`ilr send printed no message id: ${r.out} ${r.error?.message ?? ''}`);
    return id;
  };
  const traced = (sender: string, id: string, step: string) =>
    waitUntil(`${step} of ${id}`, async () => {
      const events = await ops.trace(sender, id);
      return events.some((e) => e.step === step) ? events : undefined;
    }, { timeoutMs: 30_000 });

  beforeAll(async () => {
    c = await startConsortium({ logLevel: 'silent' });
    process.env['NATS_URL'] = c.url;
    process.env['ILR_ACCESS_DIR'] = c.access!.dir;
    // The console's own user reads what the CLI reads (the gag checks below go through it).
    ops = new Operations({ nc: (await c.connect(CONSOLE_PRINCIPAL)).nc });
  }, 150_000);
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k === 'url' ? 'NATS_URL' : 'ILR_ACCESS_DIR'];
      else process.env[k === 'url' ? 'NATS_URL' : 'ILR_ACCESS_DIR'] = v;
    }
    await c?.stop();
  });

  it('ilr status prints one line per queue, and --json the tiles', async () => {
    const r = await runIlr(['status']);
    expect(r.error).toBeUndefined();
    for (const title of ['Ingress backlog', 'PENDING retries by home library', 'Dead letters (24 h)', 'Review queue', 'Libraries offline with deliveries waiting', 'Audit chain', 'JetStream storage', 'NATS server']) {
      expect(r.out).toContain(title);
    }
    expect(r.out).toMatch(/^status +queue +count +oldest +detail$/m);
    const j = await runIlr(['status', '--json']);
    const tiles = JSON.parse(j.out) as Tile[];
    expect(tiles).toHaveLength(8);
    expect(tiles.find((t) => t.id === 'review')).toMatchObject({ status: 'ok', count: 0 });
    expect(tiles.find((t) => t.id === 'libraries-offline')).toMatchObject({ count: 0, status: 'ok' });
    expect(exit(j)).toBe(tiles.some((t) => t.status === 'alert') ? 1 : 0);
  });

  it('ilr trace follows a relayed message: ingress, claim, decision, delivery, its ack, the reply', async () => {
    const id = await send('ITEM_FOUND', 'mt-bozeman', 'wi-madison', ITEM);
    await traced('mt-bozeman', id, 'ack');
    const r = await runIlr(['trace', 'mt-bozeman', id]);
    expect(r.error).toBeUndefined();
    expect(r.out).toContain(`mt-bozeman's message ${id}:`);
    for (const step of ['ingress', 'claim', 'decision', 'delivery', 'ack', 'reply']) expect(r.out).toMatch(new RegExp(`^  \\S+  ${step} `, 'm'));
    expect(r.out).toMatch(/decision +RELAY by wi-madison's policy: \w+, basis \w+, pack US-WI [\d.]+, cites .+; crosses nothing/);
    expect(r.out).toMatch(/claim +claimed: the only copy of mt-bozeman\.\S+ in ILR_INGRESS \(its Nats-Msg-Id\), ingress seq \d+$/m);
    expect(r.out).toMatch(/ack +acked by wi-madison/);
    const j = JSON.parse((await runIlr(['trace', id, '--sender', 'mt-bozeman', '--json'])).out) as { events: Array<{ step: string }> };
    expect(j.events.map((e) => e.step)).toEqual(expect.arrayContaining(['ingress', 'claim', 'decision', 'delivery', 'ack', 'reply']));
    // Ids are unique per sender: without one the command asks; another sender's id is not this one.
    const bare = await runIlr(['trace', id]);
    expect(bare.error?.message).toMatch(/which library sent it\?/);
    expect(exit(bare)).toBe(2);
    const other = await runIlr(['trace', 'wi-madison', id]);
    expect(other.out).toContain('nothing found');
    expect(exit(other)).toBe(1);
  });

  it('ilr deadletters list / show / handled: a malformed message, found by sender and id, its reason and digest, no replay', async () => {
    const lib = await c.connect('co-bemis');
    await lib.jetstream().publish(ingressSubject('co-bemis', 'ITEM_FOUND'), new Uint8Array([0xff, 0x01, 0x02]), { msgID: 'co-bemis.garbage-1' });
    const row = await waitUntil('the dead letter', async () => (await ops.deadLetters({ sender: 'co-bemis' })).rows[0], { timeoutMs: 30_000 });
    const list = await runIlr(['deadletters', 'list', '--sender', 'co-bemis', '--since', '1h']);
    expect(list.out).toMatch(/^seq +at +sender +message id +code +field +bytes +sha256 +handled$/m);
    expect(list.out).toMatch(new RegExp(`^${row.seq} +\\S+ +co-bemis +\\S+ +${row.code} +\\S+ +3 +${row.sha256.slice(0, 12)} +-$`, 'm'));
    expect((await runIlr(['deadletters', 'list', '--sender', 'co-bemis', '--code', 'NO_SUCH_CODE'])).out).toContain('no dead letters match');
    const byId = JSON.parse((await runIlr(['deadletters', 'list', '--id', row.messageId, '--sender', 'co-bemis', '--json'])).out) as { rows: Array<{ seq: number }> };
    expect(byId.rows.map((r) => r.seq)).toEqual([row.seq]);

    const show = await runIlr(['deadletters', 'show', String(row.seq)]);
    expect(show.out).toMatch(new RegExp(`^reason +${row.reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(show.out).toMatch(/^size +3 bytes$/m);
    expect(show.out).toContain('cannot be replayed');
    expect(show.out).not.toMatch(/\/wE?C/); // the bytes themselves (base64 of ff 01 02) appear nowhere

    const handled = await runIlr(['deadletters', 'handled', String(row.seq), '--by', 'anna', '--note', 'asked Bemis to resend']);
    expect(handled.out).toContain(`dead letter ${row.seq} marked handled by anna`);
    expect((await runIlr(['deadletters', 'show', String(row.seq)])).out).toMatch(/^handled +\S+ by anna: asked Bemis to resend$/m);
    expect((await ops.actions(1))[0]).toMatchObject({ by: 'anna', action: 'dead-letter.handled' });

    for (const [args, message] of [
      [['deadletters', 'show', '999999'], /no dead letter at seq 999999/],
      [['deadletters', 'show', 'x'], /<seq> must be a whole number/],
      [['deadletters', 'list', '--sender', 'Bad Id'], /--sender: "Bad Id" is not a library id/],
      [['deadletters', 'list', '--since', 'yesterday'], /--since: "yesterday" is not a time/],
    ] as const) {
      expect((await runIlr([...args])).error?.message).toMatch(message);
    }
  });

  it('a FISA order (gagged) through the real relay changes no number: status, review counts, flow, libraries, audit query', async () => {
    const numbers = async () => {
      const tiles = (JSON.parse((await runIlr(['status', '--json'])).out) as Tile[])
        .filter((t) => t.id !== 'storage' && t.id !== 'server') // bytes on disk and API calls count every write
        .map(({ oldestAgeMs: _a, ...t }) => ({ ...t, parts: t.parts?.map(({ oldestAgeMs: _p, ...p }) => p) }));
      const libraries = (await ops.libraries()).map(({ lastAckAgeMs: _l, oldestWaitingAgeMs: _w, ...l }) => l);
      const review = await ops.reviewCounts();
      // `ilr audit` takes its credentials from the environment (no --dir).
      process.env['NATS_NKEY_SEED_FILE'] = c.access!.seedFile('ilr-operator');
      const q = await runIlr(['audit', 'query', '--home', 'ma-duxbury', '--json']).finally(() => delete process.env['NATS_NKEY_SEED_FILE']);
      const audit = JSON.parse(q.out) as { counts: { total: number }; scanned: number; entries: unknown[] };
      return { tiles, libraries, review: { total: review.total, rows: review.rows.map(({ oldestAgeMs: _o, ...r }) => r) }, audit };
    };
    await ops.flowSample();
    const quiet = async () => {
      // Settled: the audit writer and the connectors have taken everything.
      await waitUntil('a settled relay', async () => {
        const t = await ops.attention();
        const a = await ops.audit();
        return !a.behind && t.find((x) => x.id === 'libraries-offline')!.count === 0 && t.find((x) => x.id === 'ingress-backlog')!.count === 0 ? true : undefined;
      }, { timeoutMs: 30_000 });
    };
    await quiet();
    const before = await numbers();
    const flowBefore = await ops.flowSample();

    const fisa = await send('LEGAL_PROCESS', 'ma-duxbury', 'ma-duxbury', process_('FISA_ORDER'));
    const jsm = await c.nats.jetstreamManager();
    await waitUntil('the FISA order queued for review', async () => ((await jsm.streams.info('ILR_REVIEW')).state.messages > 0 ? true : undefined), { timeoutMs: 30_000 });
    await quiet();
    expect(await numbers()).toEqual(before);
    const flowAfter = await ops.flowSample();
    expect(flowAfter.decisions).toEqual(flowBefore.decisions);
    expect((await ops.trace('ma-duxbury', fisa)).map((e) => e.step)).not.toContain('decision');

    // Not vacuous: a subpoena (no gag) is counted everywhere.
    await send('LEGAL_PROCESS', 'ma-duxbury', 'ma-duxbury', process_('SUBPOENA'));
    const review = await waitUntil('the subpoena in the review counts', async () => {
      const r = await ops.reviewCounts();
      return r.total === before.review.total + 1 ? r : undefined;
    }, { timeoutMs: 30_000 });
    expect(review.rows.find((r) => r.home === 'ma-duxbury')?.count).toBe(1);
    const flowNext = await ops.flowSample();
    expect(flowNext.decisions['REVIEW']).toBe((flowAfter.decisions['REVIEW'] ?? 0) + 1);
    const tile = (JSON.parse((await runIlr(['status', '--json'])).out) as Tile[]).find((t) => t.id === 'review')!;
    expect(tile.count).toBe(before.review.total + 1);
    await quiet();
    expect((await numbers()).audit.counts.total).toBe(before.audit.counts.total + 1);
  });

  it('lists the services ($SRV INFO, STATS, PING) as the console shows them', async () => {
    const services = await ops.services();
    const names = services.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['ilr-policy', 'ilr-review']));
    const policy = services.find((s) => s.name === 'ilr-policy')!;
    expect(policy.rttMs).toBeGreaterThanOrEqual(0);
    expect(policy.endpoints.find((e) => e.name === 'decide')).toMatchObject({ subject: 'ilr.svc.policy' });
    expect(policy.endpoints.find((e) => e.name === 'decide')!.requests).toBeGreaterThan(0);
  });

  it('--help tells what each command shows, its exit codes and credentials', async () => {
    const help = async (...args: string[]) => (await runIlr([...args, '--help'])).out;
    expect(await help('status')).toMatch(/Exits 0 when nothing is ALERT, 1 when something is/);
    expect(await help('deadletters', 'list')).toMatch(/--since <time>[\s\S]*bounded/);
    expect(await help('trace')).toMatch(/never its payload[\s\S]*gag/);
    expect(formatAge(3_723_000)).toBe('1h02m');
    expect(formatAge(null)).toBe('-');
  });
});
