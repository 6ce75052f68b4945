// Invariants 3 (unlinkable pseudonyms) and 9 (retention) of DOMAIN.md, through the connector
// against a real nats-server: tokens are read as they left the home library (the ingress
// stream) and presented back on ilr.facts.<home> exactly as the policy service does.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliverySubject, factsSubject } from '@ilr/nats';
import { encodeMessage, isoToWire, type BodyInit } from '@ilr/wire';
import { parseMetrics } from '@ilr/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Connector, SampleIls, TokenVault, sampleRetentionDays, tokenKeyId, type Delivery } from '../src/index.js';
import { deferred, directoryFile, ilsFile, silent, startBroker, type Broker } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;
const scratch = mkdtempSync(join(tmpdir(), 'ilr-home-'));
let n = 0;
/** A keys directory under this file's scratch directory (removed at the end). */
const keysDir = () => join(scratch, `keys-${n++}`);

/** A clock the test moves: the vault's `now`. */
function clock() {
  let t = Date.parse('2026-03-02T10:00:00.000Z');
  return { now: () => new Date(t), advanceDays: (d: number) => void (t += d * DAY) };
}

interface Home {
  connector: Connector;
  vault: TokenVault;
  clock: ReturnType<typeof clock>;
  /** Resolves once the home's handler has taken the delivery with this message id. */
  delivered(messageId: string): Promise<Delivery>;
}

/** A home library's connector with tokens on, answering facts from its sample ILS and taking deliveries. */
async function startHome(broker: Broker, library: string): Promise<Home> {
  const c = clock();
  const retentionDays = sampleRetentionDays(directoryFile, library); // the library's policy: pack, profile, settings
  const vault = await TokenVault.open({ dir: keysDir(), library, retentionDays, now: c.now });
  const ils = await SampleIls.load(ilsFile(library));
  const connector = await Connector.connect({ library, servers: broker.server.url, logger: silent, tokens: { vault, maintainEveryMs: 0, knownToken: ils.hasToken }, metrics: { port: 0 } });
  await connector.serveFacts(ils.lookup);
  const taken = new Map<string, ReturnType<typeof deferred<Delivery>>>();
  const slot = (id: string) => taken.get(id) ?? taken.set(id, deferred<Delivery>()).get(id)!;
  await connector.deliveries((d) => {
    d.ack();
    slot(d.envelope.messageId).resolve(d);
  });
  return { connector, vault, clock: c, delivered: (id) => slot(id).promise };
}

describe('patron tokens and retention through the connector, against a real nats-server', { timeout: 60_000 }, () => {
  let broker: Broker;
  let bozeman: Home;

  beforeAll(async () => {
    broker = await startBroker();
    bozeman = await startHome(broker, 'mt-bozeman');
  });
  afterAll(async () => {
    await bozeman?.connector.close();
    await broker?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** A series of Bozeman's connector's /metrics (0 when it has none yet). */
  const metric = async (name: string, labels: Record<string, string>): Promise<number> =>
    parseMetrics(await (await fetch(bozeman.connector.metricsUrl!)).text()).find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value ?? 0;

  /** Send a LOAN_REQUEST naming a Bozeman patron by id; return the token as it left Bozeman. */
  const lend = async (to: string, patron: string, requestId: string, item = '31500000901234'): Promise<string> => {
    const body: BodyInit<'LOAN_REQUEST'> = { header: { requestingAgencyRequestId: requestId }, bibliographicInfo: { title: 'Moby-Dick' } };
    const sent = await bozeman.connector.send('LOAN_REQUEST', to, body, { patron: { id: patron, item } });
    const left = await broker.ingress(sent.messageId);
    if (left.kind !== 'LOAN_REQUEST') throw new Error(`expected a LOAN_REQUEST, got ${left.kind}`);
    expect(left.body.patron?.homeLibrary).toBe('mt-bozeman');
    return left.body.patron?.token ?? '';
  };

  /** Present a token to Bozeman's connector as the policy service does for a message between these parties. */
  const present = async (token: string, sender: string, recipient = 'mt-bozeman') => {
    const m = await broker.nats.nc.request(
      factsSubject('mt-bozeman'),
      JSON.stringify({ messageId: randomUUID(), factsNeeded: ['registeredAt', 'owes'], patron: { token }, parties: { sender, recipient } }),
      { timeout: 5_000 },
    );
    return m.json<{ found: boolean; facts?: Record<string, unknown> }>();
  };

  /** A supplier's ISO 18626 status for a Bozeman request, delivered to Bozeman as the router would. */
  const supplierStatus = async (home: Home, from: string, requestId: string, status: string) => {
    const messageId = randomUUID();
    const bytes = encodeMessage(
      { messageId, sender: from, recipient: home.connector.library, kind: 'SUPPLIER_STATUS', createdAt: Date.now() },
      { header: { requestingAgencyRequestId: requestId }, statusInfo: { status: isoToWire('Status', status) } },
    );
    await broker.deliver(deliverySubject(home.connector.library, 'supplier_status'), bytes, {});
    await home.delivered(messageId); // completion happens before the handler sees it
  };

  describe('invariant 3: unlinkable pseudonyms', () => {
    it('two partners receiving tokens for the same patron cannot match them, nor can two transactions', async () => {
      const madison = [await lend('wi-madison', 'bzn-p1', 'ill-m1'), await lend('wi-madison', 'bzn-p1', 'ill-m2')];
      const hillsboro = [await lend('or-hillsboro', 'bzn-p1', 'ill-h1')];
      const otherPatron = await lend('wi-madison', 'bzn-p2', 'ill-m3');
      const all = [...madison, ...hillsboro, otherPatron];
      expect(new Set(all).size).toBe(4);
      for (const t of all) {
        expect(t).toMatch(/^ilr1\.k[0-9a-f]{8}\.[A-Za-z0-9_-]{22}$/);
        // No patron data in the clear: not the id, the card number, the name.
        for (const data of ['bzn-p1', 'bzn-p2', '21500000123456', 'Olsen', 'Ingeborg']) expect(t).not.toContain(data);
      }
      // What the partners hold has nothing in common beyond the home's current key id, which
      // every token of the period shares (another patron's token included): nothing to join on.
      const randomPart = (t: string) => t.split('.')[2]!;
      expect(new Set(all.map(tokenKeyId)).size).toBe(1);
      expect(new Set(all.map((t) => t.length)).size).toBe(1);
      for (const a of madison) for (const b of hillsboro) expect(sharedRun(randomPart(a), randomPart(b))).toBeLessThan(6);

      // Each resolves at the home for the partner it was minted for, and for no other.
      expect(await present(madison[0]!, 'wi-madison')).toEqual({ found: true, facts: { registeredAt: 'mt-bozeman', owes: { materials: true, fines: 0 } } });
      expect(await present(hillsboro[0]!, 'or-hillsboro')).toMatchObject({ found: true });
      expect(await present(madison[0]!, 'or-hillsboro')).toEqual({ found: false });
      expect(await present(hillsboro[0]!, 'wi-madison')).toEqual({ found: false });
      // The home's own message about the loan (Bozeman -> Madison) presents it for Madison too.
      expect(await present(madison[1]!, 'mt-bozeman', 'wi-madison')).toMatchObject({ found: true });
    });

    it('a forged token, or a card number in its place, resolves to nobody', async () => {
      const real = await lend('wi-madison', 'bzn-p1', 'ill-f1');
      const forged = `${real.slice(0, -6)}AAAAAA`;
      expect(await present(forged, 'wi-madison')).toEqual({ found: false });
      expect(await present('ilr1.k00000000.AAAAAAAAAAAAAAAAAAAAAA', 'wi-madison')).toEqual({ found: false });
      expect(await present('21500000123456', 'wi-madison')).toEqual({ found: false });
    });

    it('the connector refuses to send a card number, or another partner\'s token, as a patron reference', async () => {
      const hold = (token: string): BodyInit<'HOLD_PICKUP'> => ({ patron: { token, homeLibrary: 'mt-bozeman' }, itemId: '31500000901234', pickupLibrary: 'or-hillsboro' });
      const card = bozeman.connector.send('HOLD_PICKUP', 'or-hillsboro', hold('21500000123456'));
      await expect(card).rejects.toMatchObject({ code: 'INVALID_MESSAGE', message: expect.stringContaining('was not minted by mt-bozeman') });
      await expect(card).rejects.not.toThrow(/21500000123456/); // the error does not repeat it either
      const madisons = await lend('wi-madison', 'bzn-p1', 'ill-x1');
      await expect(bozeman.connector.send('HOLD_PICKUP', 'or-hillsboro', hold(madisons))).rejects.toThrow(/not a live token mt-bozeman minted for or-hillsboro \(WRONG_PARTNER\)/);
      // A token minted for this recipient goes out as it is; so does a fixed token the library's own system issued.
      const hillsboros = await lend('or-hillsboro', 'bzn-p1', 'ill-x2');
      await expect(bozeman.connector.send('HOLD_PICKUP', 'or-hillsboro', hold(hillsboros))).resolves.toMatchObject({ duplicate: false });
      await expect(bozeman.connector.send('HOLD_PICKUP', 'or-hillsboro', hold('tok-bzn-7f3a91c2'))).resolves.toMatchObject({ duplicate: false });
    });

    it('the patron option is refused where it makes no sense, and tokens need a vault with a retention period', async () => {
      await expect(bozeman.connector.send('ITEM_FOUND', 'wi-madison', { itemId: 'x' }, { patron: { id: 'bzn-p1' } })).rejects.toMatchObject({ code: 'INVALID_MESSAGE' });
      const both = bozeman.connector.send('HOLD_PICKUP', 'or-hillsboro', { patron: { token: 'tok-bzn-7f3a91c2', homeLibrary: 'mt-bozeman' }, itemId: 'x' }, { patron: { id: 'bzn-p1' } });
      await expect(both).rejects.toThrow(/either in the body or as the patron option, not both/);
      const dir = keysDir();
      const noPeriod = await TokenVault.open({ dir, library: 'mt-bozeman' });
      await expect(Connector.connect({ library: 'mt-bozeman', servers: broker.server.url, tokens: { vault: noPeriod } })).rejects.toMatchObject({ code: 'TOKENS' });
      const othersVault = await TokenVault.open({ dir, library: 'wi-madison', retentionDays: 30 });
      await expect(Connector.connect({ library: 'mt-bozeman', servers: broker.server.url, tokens: { vault: othersVault } })).rejects.toThrow(/the vault is wi-madison's/);
      const plain = await Connector.connect({ library: 'wi-madison', servers: broker.server.url, logger: silent });
      try {
        await expect(plain.send('HOLD_PICKUP', 'or-hillsboro', { itemId: 'x' }, { patron: { id: 'mad-p1' } })).rejects.toMatchObject({ code: 'TOKENS' });
      } finally {
        await plain.close();
      }
    });

    it('after the key is shredded, a token a partner stored no longer resolves (crypto-shredding)', async () => {
      const stored = await lend('wi-madison', 'bzn-p2', 'ill-s1');
      expect(await present(stored, 'wi-madison')).toMatchObject({ found: true });
      const oldKey = tokenKeyId(stored)!;
      await bozeman.vault.rotate();
      const fresh = await lend('wi-madison', 'bzn-p2', 'ill-s2');
      expect(tokenKeyId(fresh)).not.toBe(oldKey);
      await expect(bozeman.vault.shred(oldKey)).rejects.toMatchObject({ code: 'KEY_IN_USE' }); // links still kept under it
      const shredded = await bozeman.vault.shred(oldKey, { force: true });
      expect(shredded.purged).toBeGreaterThan(0);
      expect(await present(stored, 'wi-madison')).toEqual({ found: false });
      expect(bozeman.vault.resolve(stored)).toEqual({ status: 'UNRESOLVED', reason: 'SHREDDED' });
      expect(await present(fresh, 'wi-madison')).toMatchObject({ found: true });
      expect(readFileSync(bozeman.vault.files.keystore, 'utf8')).toContain(`"state": "shredded"`);
    });
  });

  describe('invariant 9: retention', () => {
    it("expunges a patron-item link when its period (the library's policy) runs out after completion, unless materials or fines are outstanding", async () => {
      expect(bozeman.vault.retentionDays).toBe(30); // US-MT's maximum; Bozeman does not shorten it
      const paidUp = await lend('wi-madison', 'bzn-p2', 'ret-1', '39078000000001'); // owes nothing
      const owesFines = await lend('wi-madison', 'bzn-p3', 'ret-2', '39078000000002'); // owes 1.50
      const owesItem = await lend('wi-madison', 'bzn-p1', 'ret-3', '39078000000003'); // owes materials
      const stillOut = await lend('wi-madison', 'bzn-p2', 'ret-4', '39078000000004'); // never completed
      // Another partner's status does not complete Madison's transaction.
      await supplierStatus(bozeman, 'or-hillsboro', 'ret-1', 'LoanCompleted');
      expect(bozeman.vault.resolve(paidUp).status === 'RESOLVED' && bozeman.vault.resolve(paidUp)).toMatchObject({ state: 'OPEN' });
      const handledBefore = await metric('ilr_connector_deliveries_total', { library: 'mt-bozeman', type: 'delivery', result: 'handled' });
      for (const id of ['ret-1', 'ret-2', 'ret-3']) await supplierStatus(bozeman, 'wi-madison', id, 'LoanCompleted');
      expect(await metric('ilr_connector_deliveries_total', { library: 'mt-bozeman', type: 'delivery', result: 'handled' })).toBe(handledBefore + 3);
      expect(bozeman.vault.resolve(paidUp)).toMatchObject({ status: 'RESOLVED', state: 'COMPLETED', item: '39078000000001' });

      bozeman.clock.advanceDays(29);
      expect((await bozeman.connector.maintainTokens()).retention).toMatchObject({ purged: 0 });
      expect(await present(paidUp, 'wi-madison')).toMatchObject({ found: true });

      bozeman.clock.advanceDays(1);
      const purgedBefore = await metric('ilr_connector_retention_purges_total', { library: 'mt-bozeman' });
      const report = await bozeman.connector.maintainTokens();
      expect(report.retention).toMatchObject({ retentionDays: 30, purged: 1, keptOutstanding: 2, deferred: 0 });
      expect(await metric('ilr_connector_retention_purges_total', { library: 'mt-bozeman' })).toBe(purgedBefore + 1);
      expect(await present(paidUp, 'wi-madison')).toEqual({ found: false });
      expect(bozeman.vault.resolve(paidUp)).toEqual({ status: 'UNRESOLVED', reason: 'NO_LINK' });
      for (const kept of [owesFines, owesItem, stillOut]) expect(await present(kept, 'wi-madison')).toMatchObject({ found: true });

      // What was purged is on record, as counts and dates only.
      const journalText = readFileSync(bozeman.vault.files.journal, 'utf8');
      const last = bozeman.vault.journal(1)[0];
      expect(last).toMatchObject({ event: 'RETENTION', purged: 1, keptOutstanding: 2 });
      for (const data of ['bzn-p', '3907800000000', 'ilr1.', 'Olsen', paidUp.split('.')[2]!]) expect(journalText).not.toContain(data);
      expect(readFileSync(bozeman.vault.files.ledger, 'utf8')).not.toContain('39078000000001');
    });

    it('expunges at completion where the library keeps nothing after it (ImagineIF, retention 0)', async () => {
      const imagineif = await startHome(broker, 'mt-imagineif');
      try {
        expect(imagineif.vault.retentionDays).toBe(0);
        const sent = await imagineif.connector.send(
          'LOAN_REQUEST',
          'wi-madison',
          { header: { requestingAgencyRequestId: 'iif-1' }, bibliographicInfo: { title: 'Moby-Dick' } },
          { patron: { id: 'iif-p3', item: '31600000222000' } }, // owes nothing
        );
        const token = ((await broker.ingress(sent.messageId)).body as { patron: { token: string } }).patron.token;
        const owing = await imagineif.connector.send(
          'LOAN_REQUEST',
          'wi-madison',
          { header: { requestingAgencyRequestId: 'iif-2' }, bibliographicInfo: { title: 'Moby-Dick' } },
          { patron: { id: 'iif-p2' } }, // owes materials and 35.00
        );
        const owingToken = ((await broker.ingress(owing.messageId)).body as { patron: { token: string } }).patron.token;
        expect(imagineif.vault.resolve(token).status).toBe('RESOLVED');
        await supplierStatus(imagineif, 'wi-madison', 'iif-1', 'LoanCompleted');
        await supplierStatus(imagineif, 'wi-madison', 'iif-2', 'Cancelled');
        // No clock moved: completion itself expunged the link, but not the one with outstanding fines.
        expect(imagineif.vault.resolve(token)).toEqual({ status: 'UNRESOLVED', reason: 'NO_LINK' });
        expect(imagineif.vault.resolve(owingToken)).toMatchObject({ status: 'RESOLVED', state: 'COMPLETED' });
        expect(imagineif.vault.journal(5).filter((r) => r.event === 'RETENTION').map((r) => r.event === 'RETENTION' && [r.purged, r.keptOutstanding])).toEqual([
          [1, 0],
          [0, 1],
        ]);
      } finally {
        await imagineif.connector.close();
      }
    });
  });
});

/** The longest run of characters two strings share (a crude "can these be joined" probe). */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      best = Math.max(best, k);
    }
  }
  return best;
}
