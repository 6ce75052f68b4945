// Invariant 7, end to end: messages naming patrons (a lookup name, a card number typed by
// a requester, a token; patron facts with a last name and a card, making a hold-shelf
// label) go through the real router and policy service; the decision records and the
// audit log hold the decisions and token digests, and none of that identity.
import { randomUUID } from 'node:crypto';
import { SEEDS_FILE } from '@ilr/testing';
import { decodeEntry, readAudit, verifyAuditStream, type AuditEntry } from '@ilr/audit';
import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { STREAMS, factsSubject, ingressSubject, messageKey, type IlrNats } from '@ilr/nats';
import { tokenDigest } from '@ilr/outbound';
import type { PatronFacts } from '@ilr/policy';
import { startPolicyService, type PolicyService } from '@ilr/policy-service';
import { startRouter, type Router } from '@ilr/router';
import { encodeMessage, enumToWire as w, type BodyInit, type Kind } from '@ilr/wire';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuditService, type AuditService } from '../src/index.js';
import { eventually, provisionedServer, silent, type TestServer } from './helpers.js';

const SEEDS = SEEDS_FILE;

/** Everything identifying a patron that these messages carry or make. */
const IDENTITY = ['Garcia-Lopez', 'GARC 4567', '21234001234567', 'Olsen', 'Whitfield', 'Ruiz', '21600000222333', 'tok-garcia', 'tok-ruiz'];

describe('invariant 7: no patron identity in the audit log', { timeout: 120_000 }, () => {
  let t: TestServer;
  let client: IlrNats;
  let policy: PolicyService;
  let router: Router;
  let audit: AuditService;
  const logLines: string[] = [];

  beforeAll(async () => {
    t = await provisionedServer();
    client = await t.connect('client');
    const libraries = await loadDirectoryFile(SEEDS);
    const dir = await Directory.open(client);
    for (const l of libraries) await dir.put(l);
    // Home connectors answering patron facts, with identity in them.
    const facts: Record<string, Partial<PatronFacts>> = {
      'or-multnomah': { registeredAt: 'or-multnomah', lastName: 'Garcia-Lopez', card: '21234001234567', shelfOptOut: false },
      'mt-imagineif': { registeredAt: 'mt-imagineif', age: 9, lastName: 'Ruiz', card: '21600000222333', consents: [], owes: { materials: false, fines: 0 } },
      'mt-bozeman': { registeredAt: 'mt-bozeman', lastName: 'Whitfield', card: '20000000000001' },
    };
    for (const [home, f] of Object.entries(facts)) {
      client.nc.subscribe(factsSubject(home), { callback: (_e, m) => void m.respond(JSON.stringify({ found: true, facts: f })) });
    }
    await client.nc.flush();
    policy = await startPolicyService({ nats: await t.connect('policy'), factsTimeoutMs: 1000, logger: silent });
    router = await startRouter({ nats: await t.connect('router'), logger: silent, policyTimeoutMs: 3000 });
    // The audit service's own log, captured line by line.
    const logger = createLogger('ilr-audit', { level: 'debug', destination: { write: (line: string) => void logLines.push(line) } });
    audit = await startAuditService({ nats: await t.connect('audit'), logger });
  });
  afterAll(async () => {
    await audit?.stop();
    await router?.stop();
    await policy?.stop();
    await t?.stop();
  });

  const send = async <K extends Kind>(sender: string, recipient: string, kind: K, body: BodyInit<K>) => {
    const id = randomUUID();
    const bytes = encodeMessage({ messageId: id, sender, recipient, kind, createdAt: Date.now() }, body);
    await client.jetstream().publish(ingressSubject(sender, kind), bytes, { msgID: messageKey(sender, id) });
    return id;
  };

  it('records every decision with token digests, and not a trace of who the patron is', async () => {
    const ids = await Promise.all([
      send('or-multnomah', 'or-hillsboro', 'HOLD_PICKUP', { patron: { token: 'tok-garcia', homeLibrary: 'or-multnomah' }, itemId: 'i-1', pickupLibrary: 'or-hillsboro' }),
      send('wi-madison', 'mt-bozeman', 'PATRON_INQUIRY', {
        lookup: { name: 'Olsen' },
        requester: { library: 'wi-madison' },
        purpose: w('Purpose', 'MATERIAL_RECOVERY'),
        basis: w('LegalBasis', 'MATERIAL_RECOVERY'),
        wants: [w('Want', 'EXISTENCE'), w('Want', 'CONTACT')],
      }),
      send('mt-bozeman', 'mt-imagineif', 'ACCOUNT_INQUIRY', {
        requester: { relation: w('Relation', 'CAREGIVER'), credential: w('Credential', 'CARD'), listedCaregiver: true },
        credentialValue: '21600000222333',
        purpose: w('Purpose', 'ACCOUNT_SERVICE'),
        basis: w('LegalBasis', 'PARENT_OF_MINOR'),
        wants: [w('Want', 'CIRCULATION'), w('Want', 'FEES')],
      }),
      send('wi-madison', 'mt-bozeman', 'LEGAL_PROCESS', {
        process: { type: w('ProcessType', 'SEARCH_WARRANT'), issuer: w('Issuer', 'STATE'), criminal: true },
        requester: { agency: w('Agency', 'POLICE') },
        lookup: { name: 'Whitfield' },
        wants: [w('Want', 'CIRCULATION')],
      }),
      send('mt-bozeman', 'mt-imagineif', 'LOAN_REQUEST', { patron: { token: 'tok-ruiz', homeLibrary: 'mt-imagineif' } } as BodyInit<'LOAN_REQUEST'>),
    ]);

    const entries = await eventually(async () => {
      const found: AuditEntry[] = [];
      for await (const m of readAudit(client)) found.push(decodeEntry(m.data));
      return ids.every((id) => found.some((e) => e.messageId === id)) && found;
    }, 60_000);
    const byId = (id: string) => entries.find((e) => e.messageId === id)!;
    expect(byId(ids[0]!)).toMatchObject({ kind: 'HOLD_PICKUP', outcome: 'RELAY', home: 'or-multnomah', tokenDigests: [tokenDigest('tok-garcia')] });
    expect(byId(ids[1]!)).toMatchObject({ kind: 'PATRON_INQUIRY', home: 'mt-bozeman', tokenDigests: [] });
    expect(byId(ids[2]!)).toMatchObject({ kind: 'ACCOUNT_INQUIRY', home: 'mt-imagineif', tokenDigests: [] });
    expect(byId(ids[3]!)).toMatchObject({ kind: 'LEGAL_PROCESS', outcome: 'REVIEW', basis: 'SEARCH_WARRANT' });
    expect(byId(ids[4]!)).toMatchObject({ kind: 'LOAN_REQUEST', tokenDigests: [tokenDigest('tok-ruiz')] });
    expect((await verifyAuditStream(client)).ok).toBe(true);

    // Byte by byte: the audit stream, the decision records it was made from, and the audit service's log.
    const stored: string[] = [];
    for (const stream of [STREAMS.audit.name, STREAMS.decisions.name]) {
      for await (const m of readAudit(client, { stream })) stored.push(Buffer.from(m.data).toString('latin1'));
    }
    expect(stored.length).toBeGreaterThanOrEqual(10);
    // The identity was there to leak: the pickup library got the label it needs.
    const deliveries: string[] = [];
    for await (const m of readAudit(client, { stream: STREAMS.delivery.name })) deliveries.push(Buffer.from(m.data).toString('latin1'));
    expect(deliveries.join('\n')).toContain('GARC 4567');
    const everything = [...stored, ...logLines].join('\n');
    expect(logLines.length).toBeGreaterThan(0);
    for (const identity of IDENTITY) expect(everything, identity).not.toContain(identity);
  });
});
