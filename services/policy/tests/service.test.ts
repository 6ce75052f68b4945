import { Directory, loadDirectoryFile } from '@ilr/directory';
import { createLogger } from '@ilr/log';
import { POLICY_SERVICE, connectNats, factsSubject, provision, type IlrNats } from '@ilr/nats';
import { loadPolicyData, type PolicyRequest } from '@ilr/policy';
import { SEEDS_FILE, startNats, type NatsServerHandle } from '@ilr/testing';
import type { Msg } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPolicyService, type DecideResponse, type FactsRequest, type PolicyService } from '../src/index.js';

const SEEDS = SEEDS_FILE;
const silent = createLogger('test', { level: 'silent' });

const addressRequest: PolicyRequest = {
  kind: 'PATRON_INQUIRY',
  to: 'mt-bozeman',
  from: { type: 'LIBRARY', library: 'wi-madison' },
  purpose: 'MATERIAL_RECOVERY',
  basis: 'MATERIAL_RECOVERY',
  wants: ['EXISTENCE', 'IDENTITY', 'CONTACT'],
};
const consentRequest: PolicyRequest = { ...addressRequest, basis: 'PATRON_WRITTEN_CONSENT', wants: ['CONTACT'] };

describe('policy service', { timeout: 60_000 }, () => {
  let server: NatsServerHandle;
  let svcConn: IlrNats;
  let client: IlrNats;
  let service: PolicyService;

  beforeAll(async () => {
    server = await startNats();
    svcConn = await connectNats({ servers: server.url, name: 'policy-svc' });
    client = await connectNats({ servers: server.url, name: 'policy-client' });
    const libraries = await loadDirectoryFile(SEEDS);
    await provision(client, { libraries: libraries.map((l) => l.id) });
    const dir = await Directory.open(client);
    for (const l of libraries) await dir.put(l);
    service = await startPolicyService({ nats: svcConn, data: loadPolicyData(), factsTimeoutMs: 300, logger: silent });
  });
  afterAll(async () => {
    await service?.stop();
    await svcConn?.close();
    await client?.close();
    await server?.stop();
  });

  const decide = async (body: unknown): Promise<Msg> =>
    client.nc.request(POLICY_SERVICE.subject, typeof body === 'string' ? body : JSON.stringify(body), { timeout: 5000 });

  /** A fake home connector: records lookups and answers with `answer` (none: stays silent). */
  const connector = (home: string, answer?: (req: FactsRequest) => unknown) => {
    const seen: FactsRequest[] = [];
    const sub = client.nc.subscribe(factsSubject(home), {
      callback: (_e, m) => {
        seen.push(m.json<FactsRequest>());
        if (answer) m.respond(JSON.stringify(answer(m.json<FactsRequest>())));
      },
    });
    return { seen, stop: () => sub.unsubscribe() };
  };

  it('refuses before any lookup when there is no legal path (facts never asked)', async () => {
    const home = connector('mt-bozeman');
    const res = (await decide({ messageId: 'm-final-1', request: addressRequest, patron: { lookupKey: 'Olsen' } })).json<DecideResponse>();
    home.stop();
    expect(res.status).toBe('DECIDED');
    if (res.status !== 'DECIDED') return;
    expect(res.decision.outcome).toBe('REFUSE');
    expect(res.decision.screened).toBe(true);
    expect(res.reply.reasonCode).toBe('NO_LEGAL_BASIS');
    expect(res.reply.citations.join(' ')).toContain('22-1-1103');
    expect(home.seen).toHaveLength(0);
  });

  it('asks the home connector for exactly the facts needed, then decides', async () => {
    const home = connector('mt-bozeman', () => ({
      found: true,
      facts: { registeredAt: 'mt-bozeman', consents: [{ to: 'wi-madison', classes: ['CONTACT'] }], age: 41, lastName: 'Olsen' },
    }));
    const res = (await decide({ messageId: 'm-facts-1', request: consentRequest, patron: { token: 'tok-1' } })).json<DecideResponse>();
    home.stop();
    expect(home.seen).toHaveLength(1);
    expect(home.seen[0]).toMatchObject({ messageId: 'm-facts-1', patron: { token: 'tok-1' } });
    expect([...home.seen[0]!.factsNeeded].sort()).toEqual(['consents', 'registeredAt']);
    expect(res).toMatchObject({ status: 'DECIDED', decision: { outcome: 'RELAY', disclosed: ['CONTACT'], screened: false } });
  });

  it('refuses with the same reply when the patron does not exist', async () => {
    const home = connector('mt-bozeman', () => ({ found: false }));
    const res = (await decide({ messageId: 'm-facts-2', request: consentRequest, patron: { token: 'tok-2' } })).json<DecideResponse>();
    home.stop();
    expect(res).toMatchObject({ status: 'DECIDED', decision: { outcome: 'REFUSE' }, reply: { reasonCode: 'NOT_PERMITTED' } });
  });

  it('answers PENDING when no connector answers, and when it times out', async () => {
    const none = (await decide({ messageId: 'm-pend-1', request: consentRequest, patron: { token: 't' } })).json<DecideResponse>();
    expect(none).toMatchObject({ status: 'PENDING', home: 'mt-bozeman' });
    if (none.status === 'PENDING') expect(none.reason).toContain('no responders');

    const mute = connector('mt-bozeman');
    const slow = (await decide({ messageId: 'm-pend-2', request: consentRequest, patron: { token: 't' } })).json<DecideResponse>();
    mute.stop();
    expect(slow).toMatchObject({ status: 'PENDING', home: 'mt-bozeman' });
    expect(mute.seen).toHaveLength(1);
  });

  it('answers PENDING on a connector answer that is invalid or lacks a needed fact', async () => {
    const bad = connector('mt-bozeman', () => ({ found: true, facts: { registeredAt: 'mt-bozeman' } }));
    const res = (await decide({ messageId: 'm-bad-1', request: consentRequest, patron: { token: 't' } })).json<DecideResponse>();
    bad.stop();
    expect(res).toMatchObject({ status: 'PENDING' });
    if (res.status === 'PENDING') expect(res.reason).toContain('consents');
  });

  it('answers PENDING, never a decision, when the home library system is unavailable (the third facts answer)', async () => {
    const down = connector('mt-bozeman', () => ({ unavailable: true, reason: 'SIP2: no answer within 1500 ms\u0007' }));
    const res = (await decide({ messageId: 'm-unavail-1', request: consentRequest, patron: { token: 't' } })).json<DecideResponse>();
    down.stop();
    // An unavailable answer carrying facts too is still unavailable: it decides nothing.
    const mixed = connector('mt-bozeman', () => ({ unavailable: true, reason: 'NCIP: x', found: false }));
    const res2 = (await decide({ messageId: 'm-unavail-2', request: consentRequest, patron: { token: 't' } })).json<DecideResponse>();
    mixed.stop();
    expect(res).toEqual({ status: 'PENDING', home: 'mt-bozeman', reason: 'home library mt-bozeman could not read its library system: SIP2: no answer within 1500 ms' });
    expect(res2.status).toBe('PENDING');
  });

  it('answers 400 naming the field on bad input', async () => {
    const badFrom = await decide({ messageId: 'm-400', request: { ...addressRequest, from: { type: 'ROBOT' } } });
    expect(badFrom.headers?.get('Nats-Service-Error-Code')).toBe('400');
    expect(badFrom.headers?.get('Nats-Service-Error')).toContain('request.from.type');

    const unknownTo = await decide({ messageId: 'm-400b', request: { ...addressRequest, to: 'no-such-lib' } });
    expect(unknownTo.headers?.get('Nats-Service-Error-Code')).toBe('400');
    expect(unknownTo.headers?.get('Nats-Service-Error')).toContain('unknown library "no-such-lib"');

    const notJson = await decide('{nope');
    expect(notJson.headers?.get('Nats-Service-Error-Code')).toBe('400');
  });

  it('recompiles when the directory changes', async () => {
    const before = service.bookVersion();
    const dir = await Directory.open(client);
    await dir.put({ id: 'or-newport', name: 'Newport', jurisdiction: 'US-OR', groups: [], publiclyFunded: true, nondisclosurePolicy: true, settings: {} });
    await service.compiled(before + 1);
    const res = (await decide({ messageId: 'm-dir-1', request: { ...addressRequest, to: 'or-newport' } })).json<DecideResponse>();
    expect(res.status).toBe('DECIDED');
  });
});
