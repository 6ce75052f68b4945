// The flows the samples come from, end to end: two ILL systems (the simulator), two
// gateways, a real nats-server, the router and the policy service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessage, SAMPLES_DIR, type IsoMessage, type Request } from '@ilr/iso18626';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_LINES, startWorld, type World } from './harness.js';

let world: World;
beforeAll(async () => {
  world = await startWorld(['ma-plymouth', 'ma-duxbury', 'mt-bozeman'], { settings: { 'mt-bozeman': { disableRules: ['resource-sharing-token'] } } });
});

/** Every byte ILR holds: the streams' messages, and the gateways' state files. */
async function everythingStored(): Promise<string> {
  const jsm = await world.client.jetstreamManager();
  const out: string[] = [];
  for await (const si of jsm.streams.list()) {
    for (let seq = si.state.first_seq; seq <= si.state.last_seq && si.state.messages > 0; seq++) {
      const m = await jsm.streams.getMessage(si.config.name, { seq }).catch(() => undefined);
      if (m) out.push(Buffer.from(m.data).toString('latin1'), JSON.stringify(m.header ?? {}));
    }
  }
  for (const s of Object.values(world.sites)) {
    for (const f of readdirSync(s.stateDir)) out.push(readFileSync(join(s.stateDir, f), 'latin1'));
  }
  return out.join('\n');
}
afterAll(async () => world?.stop());

function sampleRequest(name: string, id: string): Request {
  const r = checkMessage(readFileSync(`${SAMPLES_DIR}${name}`));
  if (!r.ok || r.document.kind !== 'request') throw new Error(`${name} is not a valid request`);
  const req = r.document.request;
  return { ...req, header: { ...req.header, requestingAgencyRequestId: id, requestingAgencyId: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'REQ' }, supplyingAgencyId: { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'BROKER' } } };
}

const statusOf = (id: string, status: string) => (m: IsoMessage) =>
  m.kind === 'supplyingAgencyMessage' && m.supplyingAgencyMessage.header.requestingAgencyRequestId === id && m.supplyingAgencyMessage.statusInfo.status === status;

describe('flows through ILR between two ISO 18626 ILL systems', () => {
  it('loaned: request to LoanCompleted; the supplier sees a token, never the patron', async () => {
    const req = sampleRequest('request-loaned.xml', 'flow-loaned');
    req.patronInfo = { patronId: 'P-CANARY-4471', surname: 'Canaryfield', givenName: 'Wilhelmina' };
    const ply = world.sites['ma-plymouth']!;
    const dux = world.sites['ma-duxbury']!;
    expect(await ply.sim.sendRequest(req)).toEqual({ status: 'OK' });
    await ply.sim.waitFor(statusOf('flow-loaned', 'LoanCompleted'));
    expect(ply.sim.history('flow-loaned')).toEqual(['Loaned', 'LoanCompleted']);
    expect(dux.sim.history('flow-loaned')).toEqual(['request:New', 'Received', 'ShippedReturn']);
    const got = dux.sim.received.find((r) => r.message.kind === 'request')!;
    expect(got.xml).not.toMatch(/Canaryfield|Wilhelmina|P-CANARY-4471/);
    expect(got.message.kind === 'request' && got.message.request.patronInfo?.patronId).toMatch(/^ilr1\./);
    expect(ply.sim.invalid).toEqual([]);
    expect(dux.sim.invalid).toEqual([]);
    // The planted patron is nowhere in ILR: not in a stream (ingress, deliveries, decisions,
    // dead letters), not in either gateway's state, not in any log line of the router, the
    // policy service or the gateways (at debug level), not in the gateways' counters.
    expect(await everythingStored()).not.toMatch(/Canaryfield|Wilhelmina|P-CANARY-4471/);
    expect(LOG_LINES.length).toBeGreaterThan(10);
    expect(LOG_LINES.join('')).not.toMatch(/Canaryfield|Wilhelmina|P-CANARY-4471/);
    expect(JSON.stringify([ply.gw.gateway.stats, dux.gw.gateway.stats])).not.toMatch(/Canaryfield|Wilhelmina|P-CANARY-4471/);
  });

  it('policy refuses: the requester ILL system gets Unfilled with the reason, the supplier nothing', async () => {
    const bzn = world.sites['mt-bozeman']!;
    const req = sampleRequest('request-loaned.xml', 'flow-refused');
    req.header.requestingAgencyId = { agencyIdType: { value: 'ISIL' }, agencyIdValue: 'US-MT-BZN' };
    req.patronInfo = { patronId: 'P-77' };
    expect(await bzn.sim.sendRequest(req)).toEqual({ status: 'OK' });
    const got = await bzn.sim.waitFor(statusOf('flow-refused', 'Unfilled'));
    expect(got.message.kind === 'supplyingAgencyMessage' && got.message.supplyingAgencyMessage.messageInfo).toMatchObject({
      reasonForMessage: 'RequestResponse',
      reasonUnfilled: { value: 'ILR:REFUSE:NO_LEGAL_BASIS' },
    });
    expect(bzn.sim.invalid).toEqual([]);
    expect(world.sites['ma-duxbury']!.sim.history('flow-refused')).toEqual([]);
    expect(bzn.gw.gateway.stats.notices).toBe(1);
  });

  const run = async (sample: string, id: string, last: string, change?: (r: Request) => void) => {
    const req = sampleRequest(sample, id);
    change?.(req);
    const ply = world.sites['ma-plymouth']!;
    expect(await ply.sim.sendRequest(req)).toEqual({ status: 'OK' });
    await ply.sim.waitFor(statusOf(id, last));
    return { ply: ply.sim.history(id), dux: world.sites['ma-duxbury']!.sim.history(id) };
  };

  it('unfilled', async () => {
    expect(await run('request-unfilled.xml', 'flow-unfilled', 'Unfilled')).toEqual({ ply: ['Unfilled'], dux: ['request:New'] });
  });

  it('unfilled, then a retry the supplier refuses: its ERROR reaches the requester as Unfilled', async () => {
    await run('request-unfilled.xml', 'flow-unf-1', 'Unfilled');
    const retry = sampleRequest('request-retry-after-unfilled.xml', 'flow-unf-2');
    retry.serviceInfo!.requestingAgencyPreviousRequestId = 'flow-unf-1';
    const ply = world.sites['ma-plymouth']!;
    expect(await ply.sim.sendRequest(retry)).toEqual({ status: 'OK' });
    const answer = await ply.sim.waitFor(statusOf('flow-unf-2', 'Unfilled'));
    expect(answer.message.kind === 'supplyingAgencyMessage' && answer.message.supplyingAgencyMessage.messageInfo.note).toMatch(
      /^ILL system of ma-duxbury answered ERROR: UnrecognisedDataValue: request\/serviceInfo\/requestingAgencyPreviousRequestId/,
    );
    expect(world.sites['ma-duxbury']!.gw.gateway.stats.deliveryErrors).toBeGreaterThanOrEqual(1);
    const tx = world.sites['ma-duxbury']!.gw.gateway['o'].store.transaction('ISIL:REQ/flow-unf-2');
    expect(tx?.events.find((e) => e.result === 'ERROR')).toMatchObject({ dir: 'out', kind: 'request', errorType: 'UnrecognisedDataValue' });
  });

  it('will supply, then loaned', async () => {
    expect(await run('request-willsupply-loaned.xml', 'flow-wsl', 'LoanCompleted')).toEqual({
      ply: ['WillSupply', 'Loaned', 'LoanCompleted'],
      dux: ['request:New', 'Received', 'ShippedReturn'],
    });
  });

  it('cancel after will supply', async () => {
    expect(await run('request-willsupply-loaned-cancel.xml', 'flow-cancel', 'Cancelled')).toEqual({ ply: ['WillSupply', 'Cancelled'], dux: ['request:New', 'Cancel'] });
  });

  it('overdue, then returned', async () => {
    expect(await run('request-loaned-overdue.xml', 'flow-overdue', 'LoanCompleted')).toEqual({
      ply: ['Loaned', 'Overdue', 'LoanCompleted'],
      dux: ['request:New', 'Received', 'ShippedReturn'],
    });
  });

  it('overdue and renew', async () => {
    expect(await run('request-loaned-overdue-renew.xml', 'flow-renew', 'LoanCompleted')).toEqual({
      ply: ['Loaned', 'Overdue', 'Loaned', 'LoanCompleted'],
      dux: ['request:New', 'Received', 'Renew', 'ShippedReturn'],
    });
  });

  it('retry after cost with the same request id', async () => {
    expect(await run('request-retry-cost-loaned.xml', 'flow-retry-keep', 'LoanCompleted')).toEqual({
      ply: ['RetryPossible', 'Loaned', 'LoanCompleted'],
      dux: ['request:New', 'request:Retry', 'Received', 'ShippedReturn'],
    });
  });

  it('retry after cost with a new id and the previous one', async () => {
    await run('request-retry-cost-loaned.xml', 'flow-retry-prev', 'RetryPossible', (r) => {
      r.serviceInfo!.note = '';
    });
    const ply = world.sites['ma-plymouth']!.sim;
    await ply.waitFor(statusOf('flow-retry-prev-retry1', 'LoanCompleted'));
    expect(ply.history('flow-retry-prev-retry1')).toEqual(['Loaned', 'LoanCompleted']);
    const retry = world.sites['ma-duxbury']!.sim.received.find((r) => r.message.kind === 'request' && r.message.request.header.requestingAgencyRequestId === 'flow-retry-prev-retry1')!;
    expect(retry.message.kind === 'request' && retry.message.request.serviceInfo).toMatchObject({ requestType: 'Retry', requestingAgencyPreviousRequestId: 'flow-retry-prev' });
  });

  it('retry with changed bibliographic data', async () => {
    await run('request-retry-changed-bibinfo.xml', 'flow-bib', 'LoanCompleted');
    const reqs = world.sites['ma-duxbury']!.sim.received.filter((r) => r.message.kind === 'request' && r.message.request.header.requestingAgencyRequestId === 'flow-bib');
    expect(reqs.map((r) => r.message.kind === 'request' && r.message.request.bibliographicInfo.supplierUniqueRecordId)).toEqual(['RETRY:COST', 'LOANED']);
  });

  it('locally available (a holdings scenario): will supply, loaned', async () => {
    expect((await run('request-locally-available.xml', 'flow-local', 'LoanCompleted')).ply).toEqual(['WillSupply', 'Loaned', 'LoanCompleted']);
  });

  it('a resent message gets its original confirmation and makes no second ILR message; Reminder goes through', async () => {
    const ply = world.sites['ma-plymouth']!;
    const before = ply.gw.gateway.stats.accepted;
    const req = sampleRequest('request-willsupply-unfilled-willsupply-loaned.xml', 'flow-resend');
    const xml = (await import('@ilr/iso18626')).serialize({ kind: 'request', request: req });
    const post = () => fetch(ply.gw.url, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: xml }).then((r) => r.text());
    const first = await post();
    const again = await post();
    expect(again).toBe(first);
    expect(ply.gw.gateway.stats.accepted).toBe(before + 1);
    expect(ply.gw.gateway.stats.resent).toBeGreaterThanOrEqual(1);
    await ply.sim.waitFor(statusOf('flow-resend', 'Unfilled'));
    const reminder = { ...req, serviceInfo: { ...req.serviceInfo!, requestType: 'Reminder' } };
    expect(await ply.sim.post({ kind: 'request', request: reminder })).toEqual({ status: 'OK' });
    await world.sites['ma-duxbury']!.sim.waitFor((m) => m.kind === 'request' && m.request.serviceInfo?.requestType === 'Reminder');
  });
});
