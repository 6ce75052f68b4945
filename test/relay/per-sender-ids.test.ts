// Message ids are unique per sender, not across senders: a library may send an id another
// library used a moment ago (by chance, or having seen it). Each message must still be
// decided on its own: its own delivery (or none), its own reply, its own decision record and
// its own audit entry, within one duplicate window of every stream. Keyed by the id alone, the
// second message's publishes would be dropped as duplicates of the first's: a relayed message
// delivered with no decision record, a disclosure with no audit entry.
//
// Real nats-server, real router, policy and audit services, the connector SDK sending;
// `ilr audit verify` run as the command an operator runs.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { decodeEntry, readAudit, type AuditEntry } from '@ilr/audit';
import { startAuditService, type AuditService } from '@ilr/audit-service';
import { Connector } from '@ilr/connector';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { HEADERS, STREAMS, connectNats, provision, type IlrNats } from '@ilr/nats';
import { startPolicyService, type PolicyService } from '@ilr/policy-service';
import { startRouter, type Router } from '@ilr/router';
import { REPO_ROOT, SEEDS_FILE, sourceCommand, startNats, waitUntil, type NatsServerHandle } from '@ilr/testing';
import { decodeDecisionRecord, decodeRequesterReply, enumFromWire, enumToWire as w } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const silent = createLogger('test', { level: 'silent' });

interface Stored {
  subject: string;
  data: Uint8Array;
  headers: Record<string, string>;
}

/** Every message of a stream, with its headers, in order (the streams here hold a few dozen). */
async function stored(nats: IlrNats, stream: string): Promise<Stored[]> {
  const jsm = await nats.jetstreamManager();
  const { state } = await jsm.streams.info(stream);
  const out: Stored[] = [];
  for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq });
    if (!m) continue;
    const headers: Record<string, string> = {};
    for (const k of m.header?.keys() ?? []) headers[k] = m.header.get(k);
    out.push({ subject: m.subject, data: m.data, headers });
  }
  return out;
}

describe('message ids are per sender: one library cannot make another\'s message vanish', { timeout: 120_000 }, () => {
  let server: NatsServerHandle;
  let admin: IlrNats;
  let policy: PolicyService;
  let router: Router;
  let audit: AuditService;
  const libs = new Map<string, Connector>();

  beforeAll(async () => {
    server = await startNats();
    admin = await connectNats({ servers: server.url, name: 'test-admin' });
    await provision(admin, { libraries: ['wi-madison', 'mt-bozeman'] });
    const dir = await Directory.open(admin);
    for (const l of await loadDirectoryFile(SEEDS_FILE)) await dir.put(l);
    policy = await startPolicyService({ nats: await connectNats({ servers: server.url, name: 'policy' }), factsTimeoutMs: 1000, logger: silent });
    router = await startRouter({ nats: await connectNats({ servers: server.url, name: 'router' }), logger: silent, policyTimeoutMs: 3000 });
    audit = await startAuditService({ nats: await connectNats({ servers: server.url, name: 'audit' }), logger: silent });
    for (const library of ['wi-madison', 'mt-bozeman']) libs.set(library, await Connector.connect({ library, servers: server.url, logger: silent }));
  });
  afterAll(async () => {
    for (const c of libs.values()) await c.close();
    await audit?.stop();
    await router?.stop();
    await policy?.stop();
    await admin?.close();
    await server?.stop();
  });

  // Refused before any lookup (MCA 22-1-1103): Madison asks Bozeman for a patron's address.
  const refused = (id: string) =>
    libs.get('wi-madison')!.request(
      'PATRON_INQUIRY',
      'mt-bozeman',
      {
        lookup: { name: 'Olsen' },
        requester: { library: 'wi-madison' },
        purpose: w('Purpose', 'MATERIAL_RECOVERY'),
        basis: w('LegalBasis', 'MATERIAL_RECOVERY'),
        wants: [w('Want', 'EXISTENCE'), w('Want', 'CONTACT')],
      },
      { messageId: id, timeoutMs: 20_000 },
    );
  // Relayed: Bozeman tells Madison it holds Madison's book.
  const relayed = (id: string) =>
    libs.get('mt-bozeman')!.request('ITEM_FOUND', 'wi-madison', { itemId: '31234000456789', owningLibrary: 'wi-madison' }, { messageId: id, timeoutMs: 20_000 });

  it.each([
    ['refused first, then relayed', ['refused', 'relayed'] as const],
    ['relayed first, then refused', ['relayed', 'refused'] as const],
  ])('%s, one id from two senders: each is decided, delivered, answered, recorded and audited on its own', async (_name, order) => {
    const id = randomUUID();
    const send = { refused, relayed };
    const outcomes: Record<string, string> = {};
    // One after the other, seconds apart: well inside every stream's 2-minute duplicate window.
    for (const which of order) outcomes[which] = enumFromWire('Outcome', (await send[which](id)).outcome);
    expect(outcomes).toEqual({ refused: 'REFUSE', relayed: 'RELAY' });

    // Deliveries: Bozeman's ITEM_FOUND reached Madison, once; nothing reached Bozeman.
    const delivery = (await stored(admin, STREAMS.delivery.name)).filter((m) => m.headers[HEADERS.msgId]?.includes(id));
    expect(delivery.filter((m) => m.subject === 'ilr.out.wi-madison.item_found')).toHaveLength(1);
    expect(delivery.filter((m) => m.subject.startsWith('ilr.out.mt-bozeman.') && !m.subject.endsWith('.reply'))).toHaveLength(0);
    // Replies: each sender its own FINAL reply, once.
    const replies = delivery.filter((m) => m.headers[HEADERS.reply] === 'FINAL' && m.headers[HEADERS.correlationId] === id);
    expect(replies.map((m) => [m.subject, enumFromWire('Outcome', decodeRequesterReply(m.data).outcome)]).sort()).toEqual([
      ['ilr.out.mt-bozeman.reply', 'RELAY'],
      ['ilr.out.wi-madison.reply', 'REFUSE'],
    ]);
    // Decision records: one per sender.
    const records = (await stored(admin, STREAMS.decisions.name)).map((m) => decodeDecisionRecord(m.data)).filter((r) => r.messageId === id);
    expect(records.map((r) => r.sender).sort()).toEqual(['mt-bozeman', 'wi-madison']);

    // Audit entries: one per sender, with its own outcome.
    // The audit service appends after the reply is out: nothing to await but the stream.
    const entries = await waitUntil(
      `two audit entries for ${id}`,
      async () => {
        const found: AuditEntry[] = [];
        for await (const m of readAudit(admin)) found.push(decodeEntry(m.data));
        const mine = found.filter((e) => e.messageId === id);
        return mine.length >= 2 ? mine : undefined;
      },
      { timeoutMs: 20_000 },
    );
    expect(entries.map((e) => [e.sender, e.outcome]).sort()).toEqual([
      ['mt-bozeman', 'RELAY'],
      ['wi-madison', 'REFUSE'],
    ]);

    // The operator's check of the chain.
    const { command, args } = sourceCommand(join(REPO_ROOT, 'services', 'cli', 'src', 'main.ts'));
    const verify = spawnSync(command, [...args, 'audit', 'verify'], { env: { ...process.env, NATS_URL: server.url }, encoding: 'utf8', timeout: 60_000 });
    expect(verify.status, `${verify.stdout}\n${verify.stderr}`).toBe(0);
    expect(verify.stdout).toMatch(/^audit chain intact: /m);
  });
});
